/**
 * A timer for an interview round split into phases (requirements, estimates, API ...). The state
 * is a plain value and every function takes the current time, so the timer can be tested with
 * an injected clock and redrawn from any moment. When a phase's time runs out the timer moves to
 * the next one by itself and carries the extra seconds over, as a real round does. When the
 * candidate ends a phase early, its unused time is banked for the phase that collects spare time
 * (the deep dives), so the round clock does not drop.
 */
import type { RoundPhase } from '../data/round-phases.ts';

/** Where a round stands. */
export interface TimerState {
	/** Index of the current phase; equal to the number of phases once the round is over. */
	phaseIndex: number;
	/** Time spent in the current phase before the current run started, in milliseconds. */
	elapsedBeforeRun: number;
	/** When the timer was last started, or null while paused. */
	runningSince: number | null;
	/** Milliseconds saved by ending phases early, added to the phase that collects spare time. */
	banked: number;
}

/** What the reader sees at one moment. */
export interface TimerReading {
	phaseIndex: number;
	/** The current phase, or null once the round is over. */
	phase: RoundPhase | null;
	/** Milliseconds left in the current phase. */
	phaseRemaining: number;
	/** Milliseconds left in the whole round, counting the phases still to come. */
	roundRemaining: number;
	running: boolean;
	finished: boolean;
}

const minuteInMs = 60_000;

/** A round that has not started: first phase, nothing spent, paused. */
export function initialTimer(): TimerState {
	return { phaseIndex: 0, elapsedBeforeRun: 0, runningSince: null, banked: 0 };
}

/** Starts or resumes the clock. Starting a finished or running round changes nothing. */
export function startTimer(
	phases: readonly RoundPhase[],
	state: TimerState,
	now: number,
): TimerState {
	const settled = settle(phases, state, now);
	if (settled.runningSince !== null || settled.phaseIndex >= phases.length) return settled;
	return { ...settled, runningSince: now };
}

/** Stops the clock, keeping the time spent so far. */
export function pauseTimer(
	phases: readonly RoundPhase[],
	state: TimerState,
	now: number,
): TimerState {
	const settled = settle(phases, state, now);
	if (settled.runningSince === null) return settled;
	return {
		...settled,
		elapsedBeforeRun: settled.elapsedBeforeRun + now - settled.runningSince,
		runningSince: null,
	};
}

/**
 * Ends the current phase early and starts the next one with its full budget. The time the phase
 * had left is banked for a later phase that collects spare time; with none left, it is given up.
 */
export function skipToNextPhase(
	phases: readonly RoundPhase[],
	state: TimerState,
	now: number,
): TimerState {
	const settled = settle(phases, state, now);
	const current = phases[settled.phaseIndex];
	if (!current) return settled;
	const unused = Math.max(0, budget(current, settled.banked) - spentInPhase(settled, now));
	const phaseIndex = settled.phaseIndex + 1;
	const finished = phaseIndex >= phases.length;
	const collectorLater = phases.slice(phaseIndex).some((phase) => phase.collectsSpareTime);
	return {
		phaseIndex,
		elapsedBeforeRun: 0,
		runningSince: settled.runningSince === null || finished ? null : now,
		// Once the collecting phase is behind us, nothing can receive spare time any more.
		banked: collectorLater ? settled.banked + unused : 0,
	};
}

/** Reads the timer at `now`. */
export function readTimer(
	phases: readonly RoundPhase[],
	state: TimerState,
	now: number,
): TimerReading {
	const settled = settle(phases, state, now);
	const phase = phases[settled.phaseIndex] ?? null;
	const spent = spentInPhase(settled, now);
	const phaseRemaining = phase ? Math.max(0, budget(phase, settled.banked) - spent) : 0;
	const later = phases
		.slice(settled.phaseIndex + 1)
		.reduce((sum, next) => sum + budget(next, settled.banked), 0);
	return {
		phaseIndex: settled.phaseIndex,
		phase,
		phaseRemaining,
		roundRemaining: phaseRemaining + later,
		running: settled.runningSince !== null,
		finished: phase === null,
	};
}

/** Formats milliseconds as m:ss, rounding up so 0:00 shows only when time is really up. */
export function formatClock(ms: number): string {
	const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
	return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/** A phase's time: its minutes, plus the banked time if it collects spare time. */
function budget(phase: RoundPhase, banked: number): number {
	return phase.minutes * minuteInMs + (phase.collectsSpareTime ? banked : 0);
}

function spentInPhase(state: TimerState, now: number): number {
	return state.elapsedBeforeRun + (state.runningSince === null ? 0 : now - state.runningSince);
}

/** Moves past every phase whose budget ran out by `now`, carrying the overrun into the next. */
function settle(phases: readonly RoundPhase[], state: TimerState, now: number): TimerState {
	let { phaseIndex, banked } = state;
	let spent = spentInPhase(state, now);
	while (phaseIndex < phases.length && spent >= budget(phases[phaseIndex]!, banked)) {
		spent -= budget(phases[phaseIndex]!, banked);
		// The collector used its banked time by running out; nothing stays banked after it.
		if (phases[phaseIndex]!.collectsSpareTime) banked = 0;
		phaseIndex += 1;
	}
	if (phaseIndex >= phases.length) {
		return { phaseIndex, elapsedBeforeRun: 0, runningSince: null, banked: 0 };
	}
	if (phaseIndex === state.phaseIndex) return state;
	// Rebase the run on `now` so the carried-over time counts once.
	return state.runningSince === null
		? { phaseIndex, elapsedBeforeRun: spent, runningSince: null, banked }
		: { phaseIndex, elapsedBeforeRun: spent, runningSince: now, banked };
}
