/**
 * An adaptive concurrency limiter with additive increase and multiplicative decrease (AIMD), the
 * rule TCP congestion control uses, applied to requests in flight instead of packets.
 *
 * - A request is admitted only while fewer than `limit` are in flight. Above the limit it is
 *   rejected at once (shed), never queued: a queue in front of an overloaded server only adds
 *   waiting time to requests that will time out anyway.
 * - Completions are judged in windows of `windowSize`. A completion is an overload signal if it
 *   failed, was dropped, or took longer than `targetLatencyMs`. The first signal in a window
 *   multiplies the limit by `decreaseFactor` (never below `minLimit`); later signals in the same
 *   window are ignored, because they come from requests admitted under the old limit.
 * - A window with no overload signal raises the limit by 1, but only if the limit was actually
 *   used (in-flight reached half of it), so an idle service does not drift to a huge limit.
 *
 * Netflix's concurrency-limits library (AIMDLimit) and Envoy's adaptive concurrency filter work
 * the same way in spirit; this one is small enough to read in an interview.
 */

/** How an admitted request ended. */
export type Outcome = 'success' | 'error' | 'dropped';

/** Configuration for {@link AimdLimiter}. */
export interface AimdOptions {
	/** Clock in milliseconds, used to time requests. */
	readonly now: () => number;
	readonly initialLimit: number;
	/** Floor of the limit; 1 keeps at least one request flowing so recovery can be seen. */
	readonly minLimit: number;
	readonly maxLimit: number;
	/** Latency above which a completion counts as overload. */
	readonly targetLatencyMs: number;
	/** Completions per evaluation window. */
	readonly windowSize: number;
	/** Multiplier on overload, in (0, 1); 0.5 halves the limit. */
	readonly decreaseFactor: number;
}

/** A slot held by one admitted request. */
export interface Ticket {
	readonly startedAtMs: number;
}

/** An AIMD concurrency limiter that sheds requests above its limit. */
export class AimdLimiter {
	private readonly options: AimdOptions;
	private currentLimit: number;
	private inFlightCount = 0;
	private completedInWindow = 0;
	private overloadedInWindow = false;
	private peakInFlight = 0;
	private shedCount = 0;

	/** Throws RangeError naming the option that cannot work. */
	constructor(options: AimdOptions) {
		const { minLimit, initialLimit, maxLimit, decreaseFactor, windowSize } = options;
		if (!(minLimit >= 1 && minLimit <= initialLimit && initialLimit <= maxLimit)) {
			throw new RangeError(
				`need 1 <= minLimit <= initialLimit <= maxLimit, got ${minLimit}, ${initialLimit}, ${maxLimit}`,
			);
		}
		if (!(decreaseFactor > 0 && decreaseFactor < 1)) {
			throw new RangeError(`decreaseFactor must be in (0, 1), got ${decreaseFactor}`);
		}
		if (!(windowSize >= 1)) throw new RangeError(`windowSize must be >= 1, got ${windowSize}`);
		this.options = options;
		this.currentLimit = initialLimit;
	}

	/** The current concurrency limit. */
	get limit(): number {
		return this.currentLimit;
	}

	/** Requests admitted and not yet released. */
	get inFlight(): number {
		return this.inFlightCount;
	}

	/** Requests rejected so far, for a metric. */
	get shed(): number {
		return this.shedCount;
	}

	/** Admits a request, or returns undefined to shed it (answer 503 or 429 straight away). */
	tryAcquire(): Ticket | undefined {
		if (this.inFlightCount >= this.currentLimit) {
			this.shedCount++;
			return undefined;
		}
		this.inFlightCount++;
		this.peakInFlight = Math.max(this.peakInFlight, this.inFlightCount);
		return { startedAtMs: this.options.now() };
	}

	/** Releases a ticket with its outcome; latency is measured on the injected clock. */
	release(ticket: Ticket, outcome: Outcome): void {
		this.inFlightCount--;
		const latencyMs = this.options.now() - ticket.startedAtMs;
		const overloaded = outcome !== 'success' || latencyMs > this.options.targetLatencyMs;
		if (overloaded && !this.overloadedInWindow) {
			this.overloadedInWindow = true;
			const reduced = Math.floor(this.currentLimit * this.options.decreaseFactor);
			this.currentLimit = Math.max(this.options.minLimit, reduced);
		}
		if (++this.completedInWindow < this.options.windowSize) return;
		// End of a window: grow by one only after a clean window in which the limit was used.
		if (!this.overloadedInWindow && this.peakInFlight * 2 >= this.currentLimit) {
			this.currentLimit = Math.min(this.options.maxLimit, this.currentLimit + 1);
		}
		this.completedInWindow = 0;
		this.overloadedInWindow = false;
		this.peakInFlight = this.inFlightCount;
	}
}
