import { MinHeap } from '../graphs/min-heap.ts';
import { ReconnectBackoff, type Jitter } from './reconnect-backoff.ts';

/**
 * A reconnect storm, simulated: a gateway holding `clients` connections restarts, dropping every
 * one of them at t = 0, and stays down for `downtimeMs`. Attempts while it is down fail at once.
 * Once it is back it accepts at most `acceptPerSecond` new connections in each wall-clock second
 * (TLS handshakes and session setup are what limit it) and refuses the rest, which back off again.
 * Every client runs its own {@link ReconnectBackoff}; only the jitter setting differs between runs.
 */

/** Parameters of one storm. */
export interface StormOptions {
	readonly clients: number;
	readonly downtimeMs: number;
	readonly acceptPerSecond: number;
	readonly baseMs: number;
	readonly capMs: number;
	readonly jitter: Jitter;
	/** Uniform source in [0, 1) shared by all clients; a seeded PRNG makes the run repeatable. */
	readonly random: () => number;
	/** Stop simulating after this time even if some clients are still out; a safety bound. */
	readonly horizonMs?: number;
}

/** What the recovering gateway experienced. */
export interface StormResult {
	/** Attempts that reached the gateway while it was up, by second since the restart. */
	readonly attemptsPerSecond: readonly number[];
	/** The largest entry of `attemptsPerSecond`: the spike the gateway must survive. */
	readonly peakAttemptsPerSecond: number;
	/** All attempts, including those that failed while the gateway was down. */
	readonly totalAttempts: number;
	/** Time at which the last client got back in, or undefined if some never did. */
	readonly allConnectedAtMs: number | undefined;
}

/** Runs the storm to completion (or to the horizon) and returns the load the gateway saw. */
export function simulateReconnectStorm(options: StormOptions): StormResult {
	const { clients, downtimeMs, acceptPerSecond } = options;
	if (!Number.isInteger(clients) || clients < 1) throw new RangeError('clients must be >= 1');
	if (!(acceptPerSecond >= 1)) throw new RangeError('acceptPerSecond must be >= 1');
	const horizonMs = options.horizonMs ?? 3_600_000;
	let nowMs = 0;
	const clock = (): number => nowMs;
	// Event queue of (time of next attempt, client index), earliest first.
	const queue = new MinHeap<number>();
	const schedules: ReconnectBackoff[] = [];
	for (let client = 0; client < clients; client++) {
		const schedule = new ReconnectBackoff({
			baseMs: options.baseMs,
			capMs: options.capMs,
			stableAfterMs: 0,
			random: options.random,
			now: clock,
			jitter: options.jitter,
		});
		schedules.push(schedule);
		// Every client saw its connection drop at t = 0 and asks for its first delay.
		queue.push(schedule.nextDelayMs(), client);
	}

	const attemptsPerSecond: number[] = [];
	const acceptedPerSecond: number[] = [];
	let totalAttempts = 0;
	let connected = 0;
	let allConnectedAtMs: number | undefined;
	for (let event = queue.pop(); event !== undefined; event = queue.pop()) {
		nowMs = event.key;
		if (nowMs > horizonMs) break;
		totalAttempts += 1;
		const schedule = schedules[event.value];
		if (schedule === undefined) continue;
		if (nowMs >= downtimeMs) {
			const second = Math.floor(nowMs / 1000);
			attemptsPerSecond[second] = (attemptsPerSecond[second] ?? 0) + 1;
			if ((acceptedPerSecond[second] ?? 0) < acceptPerSecond) {
				acceptedPerSecond[second] = (acceptedPerSecond[second] ?? 0) + 1;
				connected += 1;
				if (connected === clients) {
					allConnectedAtMs = nowMs;
					break;
				}
				continue;
			}
		}
		// Refused (gateway down or over its accept budget): back off and try again later.
		queue.push(nowMs + schedule.nextDelayMs(), event.value);
	}
	const filled = Array.from(attemptsPerSecond, (count) => count ?? 0);
	return {
		attemptsPerSecond: filled,
		peakAttemptsPerSecond: Math.max(0, ...filled),
		totalAttempts,
		allConnectedAtMs,
	};
}
