/**
 * What the mock interviewer says, phase by phase. The script is a plain value moved on by the
 * phase the round timer (src/practice/round-timer.ts) reads at a moment, so a test drives it with
 * a manual clock and the page drives it with the real one. It reads the prompt at the start,
 * gives clarifying-question cues while requirements are settled, names the estimates to do, and
 * in the deep dives asks follow-up questions one at a time: the prompt's own first, then those of
 * related questions in the bank. The page speaks each line and writes it into a transcript.
 */
import type { RoundPhase } from '../data/round-phases.ts';

/** The prompt the interviewer works from. */
export interface InterviewPrompt {
	/** The prompt as the interviewer reads it. */
	question: string;
	/** The prompt's own follow-ups from the bank. */
	followUps: readonly string[];
	/** Follow-ups of related questions (same page or same design), asked after the prompt's own. */
	relatedFollowUps: readonly string[];
}

/** One line the interviewer says. */
export interface ScriptLine {
	/** Phase it belongs to; `end` once the round is over. */
	phaseId: string;
	text: string;
}

/** Where the interviewer stands. */
export interface ScriptState {
	/** The phase whose lines have been said; -1 before the round starts. */
	phaseIndex: number;
	/** How many follow-up questions have been asked. */
	followUpsAsked: number;
}

/** The result of moving the script on: its new state and the lines to say now, in order. */
export interface ScriptStep {
	state: ScriptState;
	lines: ScriptLine[];
}

/** The phase in which follow-up questions are asked. */
export const followUpPhaseId = 'deep-dives';

/** What the interviewer says on entering each phase, after naming it. */
const phaseCues: Readonly<Record<string, readonly string[]>> = {
	requirements: [
		'Before you design anything, ask me what you need to know.',
		'Who uses it, and which features are in scope for today?',
		'How much traffic, how much data, and how fast must it answer?',
		'What must never fail or never be lost, and what can be a little stale?',
	],
	estimates: [
		'Now estimate the load: requests per second on average and at peak, with the peak factor you assume.',
		'Then the storage over the years you keep the data, and whether the hot set fits in memory.',
		'Say which number drives the design.',
	],
	api: ['Sketch the API: the main calls, what they take and return, and the errors a client sees.'],
	'data-model': [
		'What do you store, keyed by what, and which database fits the access pattern? Tell me why.',
	],
	'high-level': [
		'Draw the high-level design and walk one request through it, write path and read path.',
	],
	'wrap-up': [
		'We are nearly out of time. Summarize the design, the main trade-off you made, and what you would build or measure next.',
	],
};

/** Every follow-up question, the prompt's own first, with repeats removed. */
export function followUpQueue(prompt: InterviewPrompt): string[] {
	return [...new Set([...prompt.followUps, ...prompt.relatedFollowUps])];
}

/** The script before the round starts: nothing said yet. */
export function initialScript(): ScriptState {
	return { phaseIndex: -1, followUpsAsked: 0 };
}

/**
 * Moves the script to the phase the timer reads (`phaseIndex` equal to the number of phases once
 * the round is over) and returns the lines for it. Entering the first phase reads the prompt.
 * When the timer skipped several phases at once (the page was in the background), only the
 * phase the round is in now is spoken; reading out phases already over would only confuse.
 */
export function advanceScript(
	prompt: InterviewPrompt,
	phases: readonly RoundPhase[],
	state: ScriptState,
	phaseIndex: number,
): ScriptStep {
	if (phaseIndex <= state.phaseIndex) return { state, lines: [] };
	let next: ScriptState = { ...state, phaseIndex };
	const lines: ScriptLine[] = [];
	if (state.phaseIndex < 0) {
		lines.push({
			phaseId: phases[0]?.id ?? 'end',
			text: `Here is your prompt. ${prompt.question}`,
		});
	}
	const phase = phases[phaseIndex];
	if (!phase) {
		lines.push({
			phaseId: 'end',
			text: 'Time is up. Thank you. Tick the key points you covered, then score yourself.',
		});
		return { state: next, lines };
	}
	lines.push({ phaseId: phase.id, text: `${phase.label}: ${phase.minutes} minutes.` });
	for (const text of phaseCues[phase.id] ?? []) lines.push({ phaseId: phase.id, text });
	if (phase.id === followUpPhaseId) {
		const asked = askFollowUp(prompt, next, phase.id);
		next = asked.state;
		lines.push(...asked.lines);
	}
	return { state: next, lines };
}

/**
 * The candidate is ready for the next question: asks the next follow-up, one at a time. Before
 * the deep dives it says when the questions come; with none left it says so.
 */
export function nextQuestion(
	prompt: InterviewPrompt,
	phases: readonly RoundPhase[],
	state: ScriptState,
): ScriptStep {
	const diveIndex = phases.findIndex((phase) => phase.id === followUpPhaseId);
	const phaseId = phases[state.phaseIndex]?.id ?? 'end';
	if (state.phaseIndex < diveIndex) {
		const current = phases[state.phaseIndex]?.label.toLowerCase() ?? 'the round';
		return {
			state,
			lines: [
				{
					phaseId,
					text: `Follow-up questions come in the deep dives. Carry on with ${current}, or move to the next phase.`,
				},
			],
		};
	}
	return askFollowUp(prompt, state, phaseId);
}

function askFollowUp(prompt: InterviewPrompt, state: ScriptState, phaseId: string): ScriptStep {
	const queue = followUpQueue(prompt);
	const question = queue[state.followUpsAsked];
	if (question === undefined) {
		return {
			state,
			lines: [
				{
					phaseId,
					text:
						queue.length === 0
							? 'I have no follow-up questions for this prompt. Pick the part of your design you would defend and go deeper.'
							: 'That was my last follow-up. Use the time left to go deeper where your design is weakest.',
				},
			],
		};
	}
	return {
		state: { ...state, followUpsAsked: state.followUpsAsked + 1 },
		lines: [{ phaseId, text: question }],
	};
}
