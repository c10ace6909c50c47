/**
 * The parts of a mock round loaded when the reader first starts the clock: the interviewer (its
 * lines from src/practice/interviewer-script.ts, spoken with the browser's own speechSynthesis
 * and always written into the transcript), the optional recordings (./mock-recorder.ts) and,
 * once the round is over, the key-point checklist with suggested scores. Nothing leaves the
 * browser: speech is synthesized locally and recordings stay in memory.
 */
import type { RoundPhase } from '../../data/round-phases.ts';
import {
	advanceScript,
	initialScript,
	nextQuestion,
	type InterviewPrompt,
	type ScriptLine,
	type ScriptState,
} from '../../practice/interviewer-script.ts';
import {
	compareRounds,
	keyPointListLabels,
	splitCovered,
	suggestScores,
	type KeyPointList,
} from '../../practice/key-point-feedback.ts';
import { rubricScoreLabels } from '../../practice/rubric-scores.ts';
import { createRecorder } from './mock-recorder.ts';
import { readPromptData, type MockPromptData } from './mock-prompt-data.ts';
import type { ProgressSession } from './progress-session.ts';
import { createVoice } from './mock-voice.ts';

/** What the page entry calls on the loaded round. */
export interface MockRound {
	/** Follows the timer: the phase it reads, and whether the round has started. */
	update: (phaseIndex: number, started: boolean) => void;
	/** The round was restarted: silence, a fresh script, the recordings kept. */
	reset: () => void;
	/** A mock was saved: redraw the comparison with past rounds. */
	afterSave: () => void;
}

/** Starts the interviewer, recordings and feedback for the page's chosen prompt. */
export function startMockRound(
	root: HTMLElement,
	session: ProgressSession,
	phases: readonly RoundPhase[],
): MockRound {
	const data = readPromptData(root);
	const select = root.querySelector<HTMLSelectElement>('[data-prompt-select]');
	const panel = root.querySelector<HTMLElement>('[data-interviewer]');
	const transcript = root.querySelector<HTMLElement>('[data-transcript]');
	const nextButton = root.querySelector<HTMLButtonElement>('[data-next-question]');
	const feedback = root.querySelector<HTMLElement>('[data-feedback]');
	if (panel) panel.hidden = false;
	if (nextButton) nextButton.hidden = false;

	const voice = createVoice(root);
	const recorder = createRecorder(root);
	let promptId = '';
	let prompt: MockPromptData | null = null;
	let script: ScriptState = initialScript();

	const say = (lines: readonly ScriptLine[], followUp = false): void => {
		for (const line of lines) {
			const item = document.createElement('li');
			item.textContent = line.text;
			if (followUp) item.dataset['followUp'] = '';
			transcript?.append(item);
			voice.speak(line.text);
		}
		if (transcript) transcript.scrollTop = transcript.scrollHeight;
	};
	const interviewPrompt = (): InterviewPrompt => ({
		question: prompt?.question ?? select?.selectedOptions[0]?.textContent.trim() ?? '',
		followUps: prompt?.followUps ?? [],
		relatedFollowUps: prompt?.relatedFollowUps ?? [],
	});

	const askNext = (): void => {
		if (script.phaseIndex < 0) return;
		const step = nextQuestion(interviewPrompt(), phases, script);
		const asked = step.state.followUpsAsked > script.followUpsAsked;
		script = step.state;
		say(step.lines, asked);
	};
	nextButton?.addEventListener('click', askNext);
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'n' && event.key !== 'N') return;
		if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
		event.preventDefault();
		askNext();
	});

	const feedbackView = createFeedback(root, session, feedback);

	return {
		update(phaseIndex, started) {
			if (!started) return;
			if (script.phaseIndex < 0 || phaseIndex < script.phaseIndex) {
				// A new round: take the prompt chosen now.
				script = initialScript();
				promptId = select?.value ?? '';
				prompt = data[promptId] ?? null;
				feedbackView.hide();
			}
			const before = script.phaseIndex;
			const step = advanceScript(interviewPrompt(), phases, script, phaseIndex);
			script = step.state;
			if (step.lines.length === 0) return;
			const dive = step.lines.findIndex((line) => line.phaseId === 'deep-dives');
			// The follow-up the deep dives open with is the last line of that phase.
			say(step.lines.slice(0, -1));
			say(step.lines.slice(-1), dive >= 0 && script.followUpsAsked > 0);
			if (phaseIndex !== before) recorder.phaseChanged(phases[phaseIndex]?.label ?? null);
			if (phaseIndex >= phases.length && prompt) feedbackView.show(promptId, prompt);
		},
		reset() {
			voice.cancel();
			recorder.phaseChanged(null);
			script = initialScript();
			transcript?.replaceChildren();
			feedbackView.hide();
		},
		afterSave() {
			feedbackView.redrawPast();
		},
	};
}

/** The checklist shown after the round, the suggested scores and the comparison with past rounds. */
function createFeedback(
	root: HTMLElement,
	session: ProgressSession,
	container: HTMLElement | null,
): {
	show: (promptId: string, prompt: MockPromptData) => void;
	hide: () => void;
	redrawPast: () => void;
} {
	const list = container?.querySelector<HTMLElement>('[data-key-points]');
	const past = container?.querySelector<HTMLElement>('[data-past-rounds]');
	const levelLink = container?.querySelector<HTMLElement>('[data-level-link]');
	const levels = container?.querySelector<HTMLElement>('[data-levels-expected]');
	const form = root.querySelector<HTMLFormElement>('[data-rubric-form]');
	const fieldsets = [...root.querySelectorAll<HTMLElement>('[data-dimension]')];
	// Dimensions whose score the reader chose by hand: suggestions no longer change them.
	const overridden = new Set<string>();
	let current: { id: string; prompt: MockPromptData } | null = null;

	form?.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (input.type === 'radio') {
			overridden.add(input.name.replace(/^score-/, ''));
			return;
		}
		if (input.dataset['keyPoint'] !== undefined) suggest();
	});
	form?.addEventListener('reset', () => {
		overridden.clear();
		for (const fieldset of fieldsets) {
			const hint = fieldset.querySelector<HTMLElement>('[data-suggestion]');
			if (hint) hint.hidden = true;
		}
	});

	const ticked = (): Set<string> =>
		new Set(
			[...(list?.querySelectorAll<HTMLInputElement>('input[data-key-point]') ?? [])]
				.filter((input) => input.checked)
				.map((input) => input.value),
		);

	function suggest(): void {
		if (!current) return;
		const suggestions = suggestScores(current.prompt.keyPoints, ticked());
		for (const fieldset of fieldsets) {
			const id = fieldset.dataset['dimension'] ?? '';
			const score = suggestions[id];
			const hint = fieldset.querySelector<HTMLElement>('[data-suggestion]');
			if (score === undefined) {
				if (hint) hint.hidden = true;
				continue;
			}
			if (hint) {
				hint.hidden = false;
				hint.textContent = `Suggested from your checklist: ${score} ${rubricScoreLabels[score - 1]}.${overridden.has(id) ? ' You chose your own score.' : ''}`;
			}
			if (!overridden.has(id)) {
				const radio = fieldset.querySelector<HTMLInputElement>(
					`input[type="radio"][value="${score}"]`,
				);
				if (radio) radio.checked = true;
			}
		}
		redrawPast();
	}

	function redrawPast(): void {
		if (!past || !current) return;
		const { id, prompt } = current;
		const previous = [...session.document.mocks]
			.reverse()
			.find(
				(mock) =>
					mock.promptId === id && (mock.covered?.length ?? 0) + (mock.missed?.length ?? 0) > 0,
			);
		if (!previous) {
			past.replaceChildren(
				paragraph('This is your first round on this prompt with the checklist.'),
			);
			return;
		}
		const covered = previous.covered ?? [];
		const missed = previous.missed ?? [];
		const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
			previous.savedAt,
		);
		const heading = document.createElement('h4');
		heading.textContent = `Your last round on this prompt (${date}): ${covered.length} of ${covered.length + missed.length} covered`;
		const nodes: Node[] = [heading];
		nodes.push(pointList('Covered last time', covered), pointList('Missed last time', missed));
		const now = splitCovered(prompt.keyPoints, ticked());
		const change = compareRounds({ covered, missed }, now);
		if (change.improved.length > 0)
			nodes.push(pointList('Covered this time after missing it', change.improved));
		past.replaceChildren(...nodes.filter((node) => node.textContent));
		past.setAttribute('data-previous-round', '');
	}

	return {
		show(promptId, prompt) {
			if (!container || !list) return;
			current = { id: promptId, prompt };
			list.replaceChildren(
				...(Object.keys(keyPointListLabels) as KeyPointList[]).map((name) => {
					const fieldset = document.createElement('fieldset');
					const legend = document.createElement('legend');
					legend.textContent = keyPointListLabels[name];
					fieldset.append(legend);
					for (const point of prompt.keyPoints[name]) {
						const label = document.createElement('label');
						const box = document.createElement('input');
						box.type = 'checkbox';
						box.name = 'covered';
						box.value = point;
						box.dataset['keyPoint'] = name;
						label.append(box, point);
						fieldset.append(label);
					}
					return fieldset;
				}),
			);
			if (levels) levels.replaceChildren(...levelList(prompt));
			if (levelLink) {
				const link = document.createElement('a');
				link.href = `${prompt.page}#in-the-interview`;
				link.textContent = 'the design page\u2019s \u201cIn the interview\u201d section';
				levelLink.replaceChildren('From ', link, ', with the follow-ups to expect.');
			}
			container.hidden = false;
			suggest();
		},
		hide() {
			current = null;
			if (container) container.hidden = true;
			list?.replaceChildren();
		},
		redrawPast,
	};
}

/** The page's bar per level, the round's calibrated levels marked. */
function levelList(prompt: MockPromptData): Node[] {
	if (prompt.levels.length === 0) return [];
	const heading = document.createElement('h4');
	heading.textContent = 'What a strong answer covers at each level';
	const list = document.createElement('dl');
	list.className = 'mock-level-bar';
	for (const { level, text } of prompt.levels) {
		const term = document.createElement('dt');
		term.textContent = level;
		const description = document.createElement('dd');
		description.textContent = text;
		list.append(term, description);
	}
	return [heading, list];
}

function paragraph(text: string): HTMLElement {
	const p = document.createElement('p');
	p.textContent = text;
	return p;
}

function pointList(title: string, points: readonly string[]): HTMLElement {
	const wrapper = document.createElement('div');
	if (points.length === 0) return wrapper;
	const heading = document.createElement('p');
	heading.textContent = `${title}:`;
	const ul = document.createElement('ul');
	ul.append(
		...points.map((point) => {
			const li = document.createElement('li');
			li.textContent = point;
			return li;
		}),
	);
	wrapper.append(heading, ul);
	return wrapper;
}
