/**
 * Token bucket rate limiter.
 *
 * The bucket holds up to `capacity` tokens and gains `refillPerSecond` tokens per second.
 * A request spends `cost` tokens; if the bucket holds fewer, the request is rejected and
 * the bucket is left untouched. Refill is computed lazily from elapsed time on each call,
 * so an idle bucket costs nothing: no timers, one number and one timestamp per client.
 */

/** Milliseconds since an arbitrary epoch; injected so tests and simulations control time. */
export type Clock = () => number;

/** Configuration for {@link TokenBucket}. */
export interface TokenBucketOptions {
	/** Maximum tokens the bucket can hold: the largest burst a client may send at once. */
	readonly capacity: number;
	/** Tokens added per second: the sustained rate a client may keep up forever. */
	readonly refillPerSecond: number;
	/** Clock in milliseconds. */
	readonly now: Clock;
	/** Tokens at creation; defaults to a full bucket so a new client can burst immediately. */
	readonly initialTokens?: number;
}

/** The outcome of one {@link TokenBucket.tryRemove} call. */
export interface TokenBucketResult {
	/** Whether the request may proceed. */
	readonly allowed: boolean;
	/** Whole tokens left after this call, suitable for a `RateLimit-Remaining` header. */
	readonly remaining: number;
	/** 0 when allowed; otherwise milliseconds until `cost` tokens will be available. */
	readonly retryAfterMs: number;
}

// Repeated small refills accumulate floating-point error (0.1 * 3 is not exactly 0.3);
// this tolerance keeps a bucket that is "full to within a rounding error" counted as full.
const EPSILON = 1e-9;

/** A single client's token bucket. Keep one instance per key (user, API key, IP). */
export class TokenBucket {
	readonly capacity: number;
	readonly refillPerSecond: number;
	private readonly now: Clock;
	private tokens: number;
	private lastRefillMs: number;

	/** Creates a bucket; throws RangeError on a non-positive capacity or rate. */
	constructor(options: TokenBucketOptions) {
		if (!(options.capacity > 0) || !(options.refillPerSecond > 0)) {
			throw new RangeError('capacity and refillPerSecond must be positive');
		}
		this.capacity = options.capacity;
		this.refillPerSecond = options.refillPerSecond;
		this.now = options.now;
		this.tokens = Math.min(options.initialTokens ?? options.capacity, options.capacity);
		this.lastRefillMs = options.now();
	}

	/** Tries to spend `cost` tokens. Rejected requests do not consume anything. */
	tryRemove(cost = 1): TokenBucketResult {
		if (!(cost > 0) || cost > this.capacity) {
			// A cost above capacity could never succeed; that is a configuration bug, not a 429.
			throw new RangeError(`cost must be in (0, ${this.capacity}]`);
		}
		this.refill();
		if (this.tokens + EPSILON >= cost) {
			this.tokens = Math.max(0, this.tokens - cost);
			return { allowed: true, remaining: this.wholeTokens(), retryAfterMs: 0 };
		}
		const missing = cost - this.tokens;
		const retryAfterMs = Math.ceil((missing / this.refillPerSecond) * 1000 - EPSILON);
		return { allowed: false, remaining: this.wholeTokens(), retryAfterMs };
	}

	/** Current token count after a lazy refill; fractional, for inspection and simulators. */
	peek(): number {
		this.refill();
		return this.tokens;
	}

	private refill(): void {
		const nowMs = this.now();
		// A clock that stands still or steps backwards (NTP correction, VM migration) adds
		// nothing; keeping the old timestamp means no interval is ever credited twice.
		if (nowMs <= this.lastRefillMs) return;
		const earned = ((nowMs - this.lastRefillMs) / 1000) * this.refillPerSecond;
		// Clamp to capacity: a client idle for a day gets one full burst, not a day's worth.
		this.tokens = Math.min(this.capacity, this.tokens + earned);
		this.lastRefillMs = nowMs;
	}

	private wholeTokens(): number {
		return Math.floor(this.tokens + EPSILON);
	}
}
