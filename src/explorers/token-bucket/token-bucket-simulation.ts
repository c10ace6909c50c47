/**
 * A deterministic run of the handbook's TokenBucket against a scripted traffic pattern: a steady
 * trickle of requests plus periodic bursts, over a fixed number of simulated seconds. Time comes
 * from a clock this module moves by hand, so the same scenario always gives the same result.
 */
import { TokenBucket } from '../../reference/rate-limit/token-bucket.ts';

/** The knobs a reader turns. All times are in seconds, rates per second. */
export interface TokenBucketScenario {
	/** Bucket capacity in tokens (a whole number, at least 1). */
	readonly capacity: number;
	/** Tokens added per second (above 0). */
	readonly refillPerSecond: number;
	/** Requests per second sent evenly, the first one 1/rate seconds in; 0 for none. */
	readonly steadyRate: number;
	/** Requests sent at the same instant in each burst; 0 for no bursts. */
	readonly burstSize: number;
	/** Seconds between bursts; the first burst is at time 0. */
	readonly burstIntervalSeconds: number;
	/** Simulated seconds; defaults to {@link defaultDurationSeconds}. */
	readonly durationSeconds?: number;
}

/** One request and what the bucket said. */
export interface SimulatedRequest {
	readonly timeMs: number;
	readonly allowed: boolean;
}

/** Token level at one instant, for drawing the level over time. */
export interface TokenSample {
	readonly timeMs: number;
	readonly tokens: number;
}

/** Requests accepted and rejected within one second of simulated time. */
export interface SecondTally {
	readonly accepted: number;
	readonly rejected: number;
}

/** Everything the explorer draws and reports. */
export interface TokenBucketSimulation {
	readonly scenario: Required<TokenBucketScenario>;
	readonly requests: readonly SimulatedRequest[];
	/** Token level in time order; a burst appears as two samples at one instant (before, after). */
	readonly samples: readonly TokenSample[];
	/** One tally per simulated second. */
	readonly perSecond: readonly SecondTally[];
	readonly accepted: number;
	readonly rejected: number;
	readonly peakTokens: number;
	readonly lowestTokens: number;
}

/** Simulated seconds when a scenario does not say. */
export const defaultDurationSeconds = 20;

// Sampling the level between requests draws the refill slope; 100 ms is smooth at chart widths.
const sampleEveryMs = 100;

/** Throws a RangeError naming the field when a scenario cannot be simulated. */
export function assertValidScenario(scenario: TokenBucketScenario): void {
	const problems: string[] = [];
	if (!Number.isInteger(scenario.capacity) || scenario.capacity < 1) {
		problems.push('capacity must be a whole number of at least 1');
	}
	if (!(scenario.refillPerSecond > 0)) problems.push('refillPerSecond must be above 0');
	if (!(scenario.steadyRate >= 0)) problems.push('steadyRate must be 0 or more');
	if (!Number.isInteger(scenario.burstSize) || scenario.burstSize < 0) {
		problems.push('burstSize must be a whole number, 0 or more');
	}
	if (!(scenario.burstIntervalSeconds > 0)) problems.push('burstIntervalSeconds must be above 0');
	const duration = scenario.durationSeconds ?? defaultDurationSeconds;
	if (!Number.isInteger(duration) || duration < 1) {
		problems.push('durationSeconds must be a whole number of at least 1');
	}
	if (problems.length > 0) throw new RangeError(`Token bucket scenario: ${problems.join('; ')}.`);
}

/** The instants (ms) at which requests arrive, in order; a burst repeats one instant. */
export function requestTimes(scenario: Required<TokenBucketScenario>): number[] {
	const endMs = scenario.durationSeconds * 1000;
	const times: number[] = [];
	const intervalMs = scenario.burstIntervalSeconds * 1000;
	for (let burst = 0; burst * intervalMs < endMs && scenario.burstSize > 0; burst++) {
		for (let i = 0; i < scenario.burstSize; i++) times.push(burst * intervalMs);
	}
	for (let k = 1; scenario.steadyRate > 0 && (k * 1000) / scenario.steadyRate < endMs; k++) {
		times.push((k * 1000) / scenario.steadyRate);
	}
	return times.sort((a, b) => a - b);
}

/** Runs the scenario through a real TokenBucket driven by a hand-moved clock. */
export function simulateTokenBucket(input: TokenBucketScenario): TokenBucketSimulation {
	assertValidScenario(input);
	const scenario: Required<TokenBucketScenario> = {
		...input,
		durationSeconds: input.durationSeconds ?? defaultDurationSeconds,
	};
	let clockMs = 0;
	const bucket = new TokenBucket({
		capacity: scenario.capacity,
		refillPerSecond: scenario.refillPerSecond,
		now: () => clockMs,
	});
	const endMs = scenario.durationSeconds * 1000;
	const arrivals = requestTimes(scenario);
	const requests: SimulatedRequest[] = [];
	const samples: TokenSample[] = [];
	const perSecond = Array.from({ length: scenario.durationSeconds }, () => ({
		accepted: 0,
		rejected: 0,
	}));
	const record = (timeMs: number): void => {
		samples.push({ timeMs, tokens: bucket.peek() });
	};

	let next = 0;
	for (let tickMs = 0; tickMs <= endMs; tickMs += sampleEveryMs) {
		// Requests up to this tick run first, so each burst shows its level before and after.
		while (next < arrivals.length && (arrivals[next] ?? Infinity) <= tickMs) {
			const timeMs = arrivals[next] ?? 0;
			clockMs = timeMs;
			record(timeMs);
			while (arrivals[next] === timeMs) {
				const allowed = bucket.tryRemove().allowed;
				requests.push({ timeMs, allowed });
				const tally = perSecond[Math.floor(timeMs / 1000)];
				if (tally) tally[allowed ? 'accepted' : 'rejected'] += 1;
				next += 1;
			}
			record(timeMs);
		}
		clockMs = tickMs;
		record(tickMs);
	}

	const accepted = requests.filter((request) => request.allowed).length;
	const levels = samples.map((sample) => sample.tokens);
	return {
		scenario,
		requests,
		samples,
		perSecond,
		accepted,
		rejected: requests.length - accepted,
		peakTokens: Math.max(...levels),
		lowestTokens: Math.min(...levels),
	};
}
