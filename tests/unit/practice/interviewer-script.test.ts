// The mock interviewer's script driven by the round timer on a manual clock: what it says as
// each phase starts, and the follow-up questions it asks one at a time in the deep dives.
import { describe, expect, it } from 'vitest';
import { systemDesignPhases as phases } from '../../../src/data/round-phases.ts';
import {
	advanceScript,
	followUpQueue,
	initialScript,
	nextQuestion,
	type InterviewPrompt,
	type ScriptLine,
	type ScriptState,
} from '../../../src/practice/interviewer-script.ts';
import {
	initialTimer,
	readTimer,
	skipToNextPhase,
	startTimer,
} from '../../../src/practice/round-timer.ts';
import { manualClock } from '../support/manual-clock.ts';

const minute = 60_000;
const prompt: InterviewPrompt = {
	question: 'Design a URL shortener.',
	followUps: ['Which database would you choose?', 'Should expired codes be reused?'],
	relatedFollowUps: ['What about 307 and 308?', 'Should expired codes be reused?'],
};

/** A round on a manual clock: the timer runs, and `tick` moves the script to its phase. */
function round() {
	const clock = manualClock(1_000_000);
	let timer = startTimer(phases, initialTimer(), clock.now());
	let script: ScriptState = initialScript();
	const said: ScriptLine[] = [];
	const tick = (): ScriptLine[] => {
		const step = advanceScript(
			prompt,
			phases,
			script,
			readTimer(phases, timer, clock.now()).phaseIndex,
		);
		script = step.state;
		said.push(...step.lines);
		return step.lines;
	};
	return {
		clock,
		tick,
		said,
		skip: () => {
			timer = skipToNextPhase(phases, timer, clock.now());
		},
		next: (): ScriptLine[] => {
			const step = nextQuestion(prompt, phases, script);
			script = step.state;
			said.push(...step.lines);
			return step.lines;
		},
	};
}

describe('interviewer script', () => {
	it('reads the prompt, then gives clarifying-question cues, at the start', () => {
		const lines = round().tick();
		expect(lines[0]).toEqual({
			phaseId: 'requirements',
			text: 'Here is your prompt. Design a URL shortener.',
		});
		expect(lines[1]?.text).toBe('Requirements: 5 minutes.');
		expect(lines.slice(2).every((line) => line.phaseId === 'requirements')).toBe(true);
		expect(lines.slice(2).map((line) => line.text)).toContain(
			'How much traffic, how much data, and how fast must it answer?',
		);
	});

	it('says nothing new until the clock reaches the next phase, then names the estimates', () => {
		const r = round();
		r.tick();
		r.clock.advance(4 * minute + 59_000);
		expect(r.tick()).toEqual([]);
		r.clock.advance(1_000);
		const lines = r.tick();
		expect(lines[0]?.text).toBe('Estimates: 5 minutes.');
		expect(lines.map((line) => line.text).join(' ')).toMatch(
			/requests per second on average and at peak/,
		);
	});

	it('asks the first follow-up as the deep dives start, the rest one at a time, then stops', () => {
		const r = round();
		r.tick();
		r.clock.advance(29 * minute);
		expect(r.tick().map((line) => line.phaseId)).not.toContain('deep-dives');
		r.clock.advance(minute);
		const dive = r.tick();
		expect(dive[0]?.text).toBe('Deep dives: 10 minutes.');
		expect(dive.at(-1)?.text).toBe('Which database would you choose?');
		expect(r.next()).toEqual([{ phaseId: 'deep-dives', text: 'Should expired codes be reused?' }]);
		// The related question's follow-ups come after the prompt's own, without the repeat.
		expect(r.next()).toEqual([{ phaseId: 'deep-dives', text: 'What about 307 and 308?' }]);
		expect(r.next()[0]?.text).toMatch(/^That was my last follow-up/);
	});

	it('holds follow-ups back before the deep dives', () => {
		const r = round();
		r.tick();
		expect(r.next()[0]?.text).toBe(
			'Follow-up questions come in the deep dives. Carry on with requirements, or move to the next phase.',
		);
		r.clock.advance(30 * minute);
		expect(r.tick().at(-1)?.text).toBe('Which database would you choose?');
	});

	it('follows phases ended early, and speaks only the current phase after a jump', () => {
		const r = round();
		r.tick();
		r.skip();
		expect(r.tick()[0]?.text).toBe('Estimates: 5 minutes.');
		// The page was in the background for 16 minutes: estimates, API and data model ran out.
		r.clock.advance(16 * minute);
		const lines = r.tick();
		expect(lines[0]?.text).toBe('High-level design: 10 minutes.');
		expect(lines.some((line) => line.phaseId === 'api')).toBe(false);
	});

	it('says the round is over when the clock runs out', () => {
		const r = round();
		r.tick();
		r.clock.advance(45 * minute);
		expect(r.tick()).toEqual([
			{
				phaseId: 'end',
				text: 'Time is up. Thank you. Tick the key points you covered, then score yourself.',
			},
		]);
		expect(r.tick()).toEqual([]);
	});

	it('says so when a prompt has no follow-ups at all', () => {
		const bare = { ...prompt, followUps: [], relatedFollowUps: [] };
		expect(followUpQueue(bare)).toEqual([]);
		const step = advanceScript(bare, phases, { phaseIndex: 4, followUpsAsked: 0 }, 5);
		expect(step.lines.at(-1)?.text).toMatch(/^I have no follow-up questions/);
	});
});
