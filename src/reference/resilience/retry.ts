/**
 * Retries with capped exponential backoff, full jitter and a retry budget.
 *
 * Backoff: before the n-th retry (n counts from 0) the client sleeps for a delay drawn uniformly
 * from [0, min(cap, base * 2^n)], the "full jitter" of the AWS Architecture Blog post
 * "Exponential Backoff And Jitter" (2015), so clients that failed together do not retry together.
 *
 * Budget: every call deposits `ratio` tokens and every retry spends one, so retries stay near
 * `ratio` of calls however many fail (the per-client 10% budget of the Google SRE book,
 * "Handling Overload"). The balance starts at, and never exceeds, `reserve`: a quiet client can
 * still retry a few times, and a long healthy spell cannot bank a flood of retries.
 *
 * Deadline: the caller's absolute deadline is passed to every attempt (to send downstream, as
 * gRPC does) and no retry starts if its backoff would end past it.
 */

/** Uniform source in [0, 1), injected so tests replay the same delays. */
export type Random = () => number;

/** Milliseconds since an arbitrary epoch. */
export type Clock = () => number;

/** Waits `ms` milliseconds; tests pass one that advances a manual clock instead. */
export type Sleep = (ms: number) => Promise<void>;

/**
 * The most a retry may wait before the n-th retry: min(cap, base * 2^n). Written so a large n
 * cannot overflow to Infinity.
 */
export function backoffCeilingMs(retry: number, baseMs: number, capMs: number): number {
	if (!Number.isInteger(retry) || retry < 0) {
		throw new RangeError(`retry must be a non-negative integer, got ${retry}`);
	}
	if (!(baseMs > 0) || !(capMs >= baseMs)) {
		throw new RangeError(`need 0 < baseMs <= capMs, got baseMs ${baseMs}, capMs ${capMs}`);
	}
	// Past this exponent base * 2^n is above the cap anyway.
	if (retry >= Math.ceil(Math.log2(capMs / baseMs))) return capMs;
	return Math.min(capMs, baseMs * 2 ** retry);
}

/** Full jitter: a delay drawn uniformly from [0, min(cap, base * 2^n)). */
export function fullJitterDelayMs(
	retry: number,
	baseMs: number,
	capMs: number,
	random: Random,
): number {
	return random() * backoffCeilingMs(retry, baseMs, capMs);
}

/** Configuration for {@link RetryBudget}. */
export interface RetryBudgetOptions {
	/** Retries earned per call: 0.1 lets retries reach about 10% of calls. */
	readonly ratio: number;
	/** Starting balance and the most that can be saved, in retries (for example 10). */
	readonly reserve: number;
}

// Whole thousandths of a token, so 0.1 deposits add up exactly (as gRPC's milli-tokens do).
const MILLI = 1000;

/**
 * A token bucket that retries draw from and calls refill. Share one per client process and
 * downstream service: a budget per request would not see the storm.
 */
export class RetryBudget {
	private readonly depositMilli: number;
	private readonly capacityMilli: number;
	private balanceMilli: number;

	/** Throws RangeError unless 0 <= ratio <= 1 and reserve >= 1. */
	constructor(options: RetryBudgetOptions) {
		if (!(options.ratio >= 0 && options.ratio <= 1)) {
			throw new RangeError(`ratio must be between 0 and 1, got ${options.ratio}`);
		}
		if (!(options.reserve >= 1)) {
			throw new RangeError(`reserve must be at least 1 retry, got ${options.reserve}`);
		}
		this.depositMilli = Math.round(options.ratio * MILLI);
		this.capacityMilli = Math.round(options.reserve * MILLI);
		this.balanceMilli = this.capacityMilli;
	}

	/** Records a new call (not a retry): earns `ratio` of a retry, up to the reserve. */
	recordCall(): void {
		this.balanceMilli = Math.min(this.capacityMilli, this.balanceMilli + this.depositMilli);
	}

	/** Spends one retry if the balance holds one; false means fail instead of retrying. */
	tryWithdraw(): boolean {
		if (this.balanceMilli < MILLI) return false;
		this.balanceMilli -= MILLI;
		return true;
	}

	/** Retries currently available, for metrics. */
	get available(): number {
		return this.balanceMilli / MILLI;
	}
}

/** What each attempt is told. */
export interface Attempt {
	/** 1 for the first attempt, 2 for the first retry, and so on. */
	readonly number: number;
	/** Absolute deadline (clock milliseconds) to propagate to the next hop. */
	readonly deadlineMs: number;
}

/** Configuration for {@link retry}. */
export interface RetryOptions {
	/** Attempts in total, the first included; the SRE book caps this at 3. */
	readonly maxAttempts: number;
	readonly baseDelayMs: number;
	readonly maxDelayMs: number;
	/** True for errors worth retrying: timeouts, 503, connection resets. Never a 400. */
	readonly isRetryable: (error: unknown) => boolean;
	readonly now: Clock;
	readonly sleep: Sleep;
	readonly random: Random;
	/** Absolute deadline; defaults to none. */
	readonly deadlineMs?: number;
	/** Shared budget; without one, every failing call may make maxAttempts attempts. */
	readonly budget?: RetryBudget;
}

/**
 * Runs `operation` until it succeeds, fails with a non-retryable error, runs out of attempts,
 * of time before the deadline, or of budget. Rethrows the last error unchanged.
 */
export async function retry<T>(
	operation: (attempt: Attempt) => Promise<T>,
	options: RetryOptions,
): Promise<T> {
	if (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1) {
		throw new RangeError(`maxAttempts must be a positive integer, got ${options.maxAttempts}`);
	}
	const deadlineMs = options.deadlineMs ?? Number.POSITIVE_INFINITY;
	options.budget?.recordCall();
	for (let number = 1; ; number++) {
		try {
			return await operation({ number, deadlineMs });
		} catch (error) {
			if (!options.isRetryable(error) || number >= options.maxAttempts) throw error;
			const delayMs = fullJitterDelayMs(
				number - 1,
				options.baseDelayMs,
				options.maxDelayMs,
				options.random,
			);
			// Check time before spending budget, so a retry that cannot run costs nothing.
			if (options.now() + delayMs >= deadlineMs) throw error;
			if (options.budget && !options.budget.tryWithdraw()) throw error;
			await options.sleep(delayMs);
		}
	}
}
