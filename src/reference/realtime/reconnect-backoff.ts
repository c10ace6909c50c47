/**
 * Reconnect delays for a long-lived connection (WebSocket, server-sent events, a gRPC stream):
 * capped exponential backoff with full jitter, as described in the AWS Architecture Blog post
 * "Exponential Backoff And Jitter" (2015).
 *
 * After the n-th consecutive failure (n counts from 0) the ceiling is min(cap, base * 2^n) and
 * the delay is drawn uniformly from [0, ceiling). The failure count resets only after a
 * connection has stayed up for `stableAfterMs`, so a server that accepts and immediately drops
 * clients keeps them backing off instead of pulling them into a tight reconnect loop.
 */

/** Milliseconds since an arbitrary epoch; injected so tests and simulations control time. */
export type Clock = () => number;

/** `full` draws from [0, ceiling); `none` waits exactly the ceiling, for comparison only. */
export type Jitter = 'full' | 'none';

/** Configuration for {@link ReconnectBackoff}. */
export interface ReconnectBackoffOptions {
	/** Ceiling of the first delay, in milliseconds. */
	readonly baseMs: number;
	/** Largest ceiling, in milliseconds, however many failures there have been. */
	readonly capMs: number;
	/** How long a connection must stay up before the failure count starts again from zero. */
	readonly stableAfterMs: number;
	/** Uniform source in [0, 1), for example a seeded PRNG in tests. */
	readonly random: () => number;
	/** Clock in milliseconds. */
	readonly now: Clock;
	/** Defaults to `full`; `none` exists to show what synchronized clients do. */
	readonly jitter?: Jitter;
}

/**
 * The upper bound of the delay after `failures` consecutive failures: min(cap, base * 2^failures).
 * Written so a large failure count cannot overflow to Infinity or NaN.
 */
export function backoffCeilingMs(failures: number, baseMs: number, capMs: number): number {
	if (!Number.isInteger(failures) || failures < 0) {
		throw new RangeError(`failures must be a non-negative integer, got ${failures}`);
	}
	// Past this exponent base * 2^n is above the cap anyway; stopping early keeps the value finite.
	const doublingsToCap = Math.ceil(Math.log2(capMs / baseMs));
	if (failures >= doublingsToCap) return capMs;
	return Math.min(capMs, baseMs * 2 ** failures);
}

/** One client's reconnect schedule. Keep one instance per connection the client maintains. */
export class ReconnectBackoff {
	readonly baseMs: number;
	readonly capMs: number;
	readonly stableAfterMs: number;
	readonly jitter: Jitter;
	private readonly random: () => number;
	private readonly now: Clock;
	private failures = 0;
	private connectedAtMs: number | undefined;

	/** Creates a schedule; throws RangeError on a non-positive base, a cap below base, or a negative stability window. */
	constructor(options: ReconnectBackoffOptions) {
		if (!(options.baseMs > 0)) throw new RangeError('baseMs must be positive');
		if (!(options.capMs >= options.baseMs)) throw new RangeError('capMs must be at least baseMs');
		if (!(options.stableAfterMs >= 0)) throw new RangeError('stableAfterMs must be >= 0');
		this.baseMs = options.baseMs;
		this.capMs = options.capMs;
		this.stableAfterMs = options.stableAfterMs;
		this.jitter = options.jitter ?? 'full';
		this.random = options.random;
		this.now = options.now;
	}

	/** Consecutive failures since the last stable connection. */
	get consecutiveFailures(): number {
		return this.failures;
	}

	/**
	 * Call when a connection attempt fails or an open connection drops. Returns how long to wait,
	 * in milliseconds, before the next attempt.
	 */
	nextDelayMs(): number {
		if (this.connectedAtMs !== undefined) {
			// The connection that just dropped earned a reset only if it stayed up long enough.
			if (this.now() - this.connectedAtMs >= this.stableAfterMs) this.failures = 0;
			this.connectedAtMs = undefined;
		}
		const ceiling = backoffCeilingMs(this.failures, this.baseMs, this.capMs);
		this.failures += 1;
		if (this.jitter === 'none') return ceiling;
		// Full jitter: uniform over the whole window, so synchronized clients spread out.
		return Math.floor(this.random() * ceiling);
	}

	/** Call when a connection opens; the failure count resets once it has been up `stableAfterMs`. */
	connected(): void {
		this.connectedAtMs = this.now();
	}
}
