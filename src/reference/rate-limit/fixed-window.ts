/**
 * Fixed window counter rate limiter.
 *
 * Time is cut into windows aligned to multiples of `windowMs` (12:00:00-12:00:59, ...), and
 * each window allows `limit` requests. It is the cheapest limiter (one counter per key, the
 * Redis `INCR` + `EXPIRE` pattern) but it lets a client send up to 2x `limit` in a short
 * span straddling a boundary: `limit` at the end of one window, `limit` at the start of the
 * next. The tests document that burst on purpose.
 */

import type { Clock } from './token-bucket.ts';

/** Configuration for {@link FixedWindowLimiter}. */
export interface FixedWindowOptions {
	/** Requests allowed per window. */
	readonly limit: number;
	/** Window length in milliseconds. */
	readonly windowMs: number;
	/** Clock in milliseconds. */
	readonly now: Clock;
}

/** The outcome of one {@link FixedWindowLimiter.tryAcquire} call. */
export interface FixedWindowResult {
	/** Whether the request may proceed. */
	readonly allowed: boolean;
	/** Requests left in the current window. */
	readonly remaining: number;
	/** Milliseconds until the current window ends and the counter resets. */
	readonly resetMs: number;
	/** 0 when allowed; otherwise the wait before a retry can succeed (the reset time). */
	readonly retryAfterMs: number;
}

/** A single client's fixed window counter. Keep one instance per key. */
export class FixedWindowLimiter {
	private readonly limit: number;
	private readonly windowMs: number;
	private readonly now: Clock;
	private windowStartMs = Number.NEGATIVE_INFINITY;
	private count = 0;

	/** Creates a limiter; throws RangeError on a non-positive limit or window. */
	constructor(options: FixedWindowOptions) {
		if (!(options.limit > 0) || !(options.windowMs > 0)) {
			throw new RangeError('limit and windowMs must be positive');
		}
		this.limit = options.limit;
		this.windowMs = options.windowMs;
		this.now = options.now;
	}

	/** Counts one request against the current window. */
	tryAcquire(): FixedWindowResult {
		const nowMs = this.now();
		const start = Math.floor(nowMs / this.windowMs) * this.windowMs;
		// Only move forward: a clock stepping back into an old window must not reset the count.
		if (start > this.windowStartMs) {
			this.windowStartMs = start;
			this.count = 0;
		}
		const resetMs = Math.max(0, this.windowStartMs + this.windowMs - nowMs);
		if (this.count < this.limit) {
			this.count += 1;
			return { allowed: true, remaining: this.limit - this.count, resetMs, retryAfterMs: 0 };
		}
		return { allowed: false, remaining: 0, resetMs, retryAfterMs: resetMs };
	}
}
