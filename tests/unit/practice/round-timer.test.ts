import { describe, expect, it } from 'vitest';
import {
	formatClock,
	initialTimer,
	pauseTimer,
	readTimer,
	skipToNextPhase,
	startTimer,
} from '../../../src/practice/round-timer.ts';
import { systemDesignPhases, type RoundPhase } from '../../../src/data/round-phases.ts';

const minute = 60_000;
const phases: readonly RoundPhase[] = [
	{ id: 'a', label: 'A', minutes: 5 },
	{ id: 'b', label: 'B', minutes: 10 },
	{ id: 'c', label: 'C', minutes: 5 },
];
const t0 = 1_000_000;

describe('round timer', () => {
	it('splits the 45-minute system design round into the seven phases', () => {
		expect(systemDesignPhases.map((p) => [p.id, p.minutes])).toEqual([
			['requirements', 5],
			['estimates', 5],
			['api', 5],
			['data-model', 5],
			['high-level', 10],
			['deep-dives', 10],
			['wrap-up', 5],
		]);
		expect(readTimer(systemDesignPhases, initialTimer(), t0).roundRemaining).toBe(45 * minute);
	});

	it('does not count time before it is started', () => {
		const reading = readTimer(phases, initialTimer(), t0 + 10 * minute);
		expect(reading).toMatchObject({
			phaseIndex: 0,
			phaseRemaining: 5 * minute,
			roundRemaining: 20 * minute,
			running: false,
		});
	});

	it('counts down while running and holds still while paused', () => {
		let state = startTimer(phases, initialTimer(), t0);
		expect(readTimer(phases, state, t0 + 2 * minute).phaseRemaining).toBe(3 * minute);
		state = pauseTimer(phases, state, t0 + 2 * minute);
		expect(readTimer(phases, state, t0 + 30 * minute).phaseRemaining).toBe(3 * minute);
		state = startTimer(phases, state, t0 + 30 * minute);
		expect(readTimer(phases, state, t0 + 31 * minute)).toMatchObject({
			phaseRemaining: 2 * minute,
			roundRemaining: 17 * minute,
			running: true,
		});
	});

	it('moves to the next phase when a phase runs out, carrying the overrun', () => {
		const state = startTimer(phases, initialTimer(), t0);
		const reading = readTimer(phases, state, t0 + 6 * minute);
		expect(reading.phase?.id).toBe('b');
		expect(reading.phaseRemaining).toBe(9 * minute);
		// Pausing after the automatic change must not count the overrun twice.
		const paused = pauseTimer(phases, state, t0 + 6 * minute);
		expect(readTimer(phases, paused, t0 + 60 * minute)).toMatchObject({
			phaseIndex: 1,
			phaseRemaining: 9 * minute,
		});
	});

	it('skips to the next phase with its full budget and keeps running', () => {
		let state = startTimer(phases, initialTimer(), t0);
		state = skipToNextPhase(phases, state, t0 + minute);
		expect(readTimer(phases, state, t0 + minute)).toMatchObject({
			phaseIndex: 1,
			phaseRemaining: 10 * minute,
			running: true,
		});
		expect(readTimer(phases, state, t0 + 4 * minute).phaseRemaining).toBe(7 * minute);
	});

	it('keeps the minutes of a phase ended early for the deep dives, so the round clock does not drop', () => {
		const second = 1000;
		let state = startTimer(systemDesignPhases, initialTimer(), t0);
		state = skipToNextPhase(systemDesignPhases, state, t0 + 2 * second);
		expect(readTimer(systemDesignPhases, state, t0 + 2 * second)).toMatchObject({
			phaseIndex: 1,
			phaseRemaining: 5 * minute,
			roundRemaining: 45 * minute - 2 * second,
		});
		// End estimates after one minute too: 4:58 + 4:00 banked.
		state = skipToNextPhase(systemDesignPhases, state, t0 + 2 * second + minute);
		const banked = 4 * minute + 58 * second + 4 * minute;
		expect(readTimer(systemDesignPhases, state, t0 + 2 * second + minute).roundRemaining).toBe(
			45 * minute - minute - 2 * second,
		);
		// API, data model and high-level design run out on their own: nothing more is banked.
		const deepDivesStart = t0 + 2 * second + minute + 20 * minute;
		expect(readTimer(systemDesignPhases, state, deepDivesStart)).toMatchObject({
			phase: { id: 'deep-dives' },
			phaseRemaining: 10 * minute + banked,
		});
		// Ending the deep dives early gives their time up: no later phase collects it.
		state = skipToNextPhase(systemDesignPhases, state, deepDivesStart + minute);
		expect(readTimer(systemDesignPhases, state, deepDivesStart + minute)).toMatchObject({
			phase: { id: 'wrap-up' },
			phaseRemaining: 5 * minute,
			roundRemaining: 5 * minute,
		});
	});

	it('banks nothing when a phase runs out by itself', () => {
		const state = startTimer(systemDesignPhases, initialTimer(), t0);
		expect(readTimer(systemDesignPhases, state, t0 + 30 * minute)).toMatchObject({
			phase: { id: 'deep-dives' },
			phaseRemaining: 10 * minute,
			roundRemaining: 15 * minute,
		});
	});

	it('finishes after the last phase and stops', () => {
		const state = startTimer(phases, initialTimer(), t0);
		const reading = readTimer(phases, state, t0 + 25 * minute);
		expect(reading).toMatchObject({
			finished: true,
			phase: null,
			roundRemaining: 0,
			running: false,
		});
		let skipped = initialTimer();
		for (let i = 0; i < 5; i += 1) skipped = skipToNextPhase(phases, skipped, t0);
		expect(readTimer(phases, skipped, t0)).toMatchObject({ finished: true, phaseIndex: 3 });
		expect(startTimer(phases, skipped, t0).runningSince).toBeNull();
	});

	it('formats the clock as m:ss, rounding partial seconds up', () => {
		expect(formatClock(5 * minute)).toBe('5:00');
		expect(formatClock(61_001)).toBe('1:02');
		expect(formatClock(999)).toBe('0:01');
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(-5)).toBe('0:00');
	});
});
