/**
 * Leaky bucket rate limiter, queue form.
 *
 * Requests pour into a queue of at most `queueSize` waiting requests, and the queue leaks
 * (releases) one request every `1000 / leakPerSecond` milliseconds. Output is perfectly
 * smooth; a burst is absorbed as delay, and only overflow is rejected. This is how NGINX
 * `limit_req` with `burst=` behaves without `nodelay`.
 *
 * Instead of an array and a timer, the bucket remembers one number: when the next request
 * may leave. That is the "meter" arithmetic (the same as GCRA), so it costs O(1) per key.
 */

import type { Clock } from './token-bucket.ts';

/** Configuration for {@link LeakyBucket}. */
export interface LeakyBucketOptions {
	/** Requests that may wait in the queue behind the one being released. */
	readonly queueSize: number;
	/** Requests released per second: the constant output rate. */
	readonly leakPerSecond: number;
	/** Clock in milliseconds. */
	readonly now: Clock;
}

/** The outcome of one {@link LeakyBucket.offer} call. */
export interface LeakyBucketResult {
	/** Whether the request was admitted to the queue. */
	readonly accepted: boolean;
	/** For an accepted request: how long the caller must hold it before processing. */
	readonly delayMs: number;
	/** For a rejected request: milliseconds until a queue slot frees up; 0 when accepted. */
	readonly retryAfterMs: number;
}

// Intervals such as 1000 / 3 ms are not exact in floating point; absorb the rounding.
const EPSILON = 1e-9;

/** A single client's leaky bucket. Keep one instance per key. */
export class LeakyBucket {
	private readonly intervalMs: number;
	private readonly queueSize: number;
	private readonly now: Clock;
	// Earliest time the next admitted request may leave the bucket.
	private nextReleaseMs: number;
	// Highest clock value seen, so a clock stepping backwards cannot reopen old slots.
	private latestMs: number;

	/** Creates an empty bucket; throws RangeError on a negative queue or non-positive rate. */
	constructor(options: LeakyBucketOptions) {
		if (!(options.leakPerSecond > 0) || !(options.queueSize >= 0)) {
			throw new RangeError('leakPerSecond must be positive and queueSize non-negative');
		}
		this.intervalMs = 1000 / options.leakPerSecond;
		this.queueSize = options.queueSize;
		this.now = options.now;
		this.latestMs = options.now();
		this.nextReleaseMs = this.latestMs;
	}

	/** Offers one request to the bucket. */
	offer(): LeakyBucketResult {
		this.latestMs = Math.max(this.latestMs, this.now());
		const releaseAt = Math.max(this.latestMs, this.nextReleaseMs);
		const delayMs = releaseAt - this.latestMs;
		// Waiting longer than queueSize intervals means more than queueSize requests are ahead.
		const maxDelayMs = this.queueSize * this.intervalMs;
		if (delayMs > maxDelayMs + EPSILON) {
			return {
				accepted: false,
				delayMs: 0,
				retryAfterMs: Math.ceil(delayMs - maxDelayMs - EPSILON),
			};
		}
		this.nextReleaseMs = releaseAt + this.intervalMs;
		return { accepted: true, delayMs, retryAfterMs: 0 };
	}

	/** Requests admitted but not yet released, for metrics and simulators. */
	queued(): number {
		const nowMs = Math.max(this.latestMs, this.now());
		const backlogMs = Math.max(0, this.nextReleaseMs - nowMs);
		return Math.max(0, Math.ceil(backlogMs / this.intervalMs - EPSILON) - 1);
	}
}
