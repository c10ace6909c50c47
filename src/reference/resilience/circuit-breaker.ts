/**
 * A circuit breaker: stop calling a dependency that keeps failing, so callers fail in
 * microseconds instead of waiting on timeouts, and the dependency gets room to recover.
 *
 * closed:    calls pass; the outcomes of the last `windowSize` calls are kept. Once at least
 *            `minimumCalls` are recorded and the failure rate reaches `failureRateThreshold`,
 *            the breaker opens.
 * open:      every call is rejected at once, until `openMs` has passed on the injected clock.
 * half-open: at most `maxProbes` calls run at a time as probes; the rest are rejected. One failed
 *            probe reopens the breaker for another `openMs`; `probesToClose` successes close it.
 *
 * Each permit carries the generation it was issued in, so a slow call that started before a
 * state change cannot move the new state when it finally finishes.
 */

/** The breaker's state. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** Configuration for {@link CircuitBreaker}. */
export interface CircuitBreakerOptions {
	/** Clock in milliseconds. */
	readonly now: () => number;
	/** Calls remembered in the closed state (a count-based sliding window). */
	readonly windowSize: number;
	/** No decision below this many recorded calls: 1 failure in 2 calls is not a 50% outage. */
	readonly minimumCalls: number;
	/** Failure rate in (0, 1] at or above which the breaker opens. */
	readonly failureRateThreshold: number;
	/** Cool-down in the open state before probing. */
	readonly openMs: number;
	/** Concurrent probes allowed in the half-open state. */
	readonly maxProbes: number;
	/** Successful probes needed to close. */
	readonly probesToClose: number;
}

/** Proof that a call was admitted; hand it back with the outcome. */
export interface Permit {
	readonly generation: number;
	readonly probe: boolean;
}

/** Thrown by {@link CircuitBreaker.execute} when the breaker rejects the call. */
export class CircuitOpenError extends Error {
	constructor(readonly retryAfterMs: number) {
		super(`circuit open; retry after ${retryAfterMs} ms`);
		this.name = 'CircuitOpenError';
	}
}

/** A count-based circuit breaker on an injected clock. */
export class CircuitBreaker {
	private readonly options: CircuitBreakerOptions;
	private current: CircuitState = 'closed';
	private generation = 0;
	// Ring buffer of recent outcomes in the closed state: true means failure.
	private readonly outcomes: boolean[] = [];
	private next = 0;
	private failures = 0;
	private openedAtMs = 0;
	private probesInFlight = 0;
	private probeSuccesses = 0;

	/** Throws RangeError on an option that cannot work, naming it. */
	constructor(options: CircuitBreakerOptions) {
		const { windowSize, minimumCalls, failureRateThreshold, maxProbes, probesToClose } = options;
		if (!(minimumCalls >= 1 && minimumCalls <= windowSize)) {
			throw new RangeError(`need 1 <= minimumCalls <= windowSize, got ${minimumCalls}`);
		}
		if (!(failureRateThreshold > 0 && failureRateThreshold <= 1)) {
			throw new RangeError(`failureRateThreshold must be in (0, 1], got ${failureRateThreshold}`);
		}
		if (!(maxProbes >= 1 && probesToClose >= 1) || !(options.openMs > 0)) {
			throw new RangeError('maxProbes, probesToClose and openMs must be positive');
		}
		this.options = options;
	}

	/** The state now; an open breaker whose cool-down has passed reads as half-open. */
	get state(): CircuitState {
		if (this.current === 'open' && this.options.now() - this.openedAtMs >= this.options.openMs) {
			this.transition('half-open');
		}
		return this.current;
	}

	/** Admits a call and returns its permit, or undefined to reject it without calling. */
	tryAcquire(): Permit | undefined {
		const state = this.state;
		if (state === 'open') return undefined;
		if (state === 'half-open') {
			if (this.probesInFlight >= this.options.maxProbes) return undefined;
			this.probesInFlight++;
			return { generation: this.generation, probe: true };
		}
		return { generation: this.generation, probe: false };
	}

	/** Records how an admitted call ended. Outcomes from an earlier generation are ignored. */
	record(permit: Permit, succeeded: boolean): void {
		if (permit.generation !== this.generation) return;
		if (permit.probe) {
			this.probesInFlight--;
			if (!succeeded) this.transition('open');
			else if (++this.probeSuccesses >= this.options.probesToClose) this.transition('closed');
			return;
		}
		this.remember(!succeeded);
		const calls = this.outcomes.length;
		if (calls >= this.options.minimumCalls) {
			if (this.failures / calls >= this.options.failureRateThreshold) this.transition('open');
		}
	}

	/** Runs `call` through the breaker; rejects with CircuitOpenError without calling it. */
	async execute<T>(call: () => Promise<T>): Promise<T> {
		const permit = this.tryAcquire();
		if (!permit) {
			const waited = this.options.now() - this.openedAtMs;
			throw new CircuitOpenError(Math.max(0, this.options.openMs - waited));
		}
		try {
			const result = await call();
			this.record(permit, true);
			return result;
		} catch (error) {
			this.record(permit, false);
			throw error;
		}
	}

	private remember(failed: boolean): void {
		if (this.outcomes.length < this.options.windowSize) {
			this.outcomes.push(failed);
		} else {
			if (this.outcomes[this.next]) this.failures--;
			this.outcomes[this.next] = failed;
			this.next = (this.next + 1) % this.options.windowSize;
		}
		if (failed) this.failures++;
	}

	private transition(to: CircuitState): void {
		this.current = to;
		this.generation++;
		this.probesInFlight = 0;
		this.probeSuccesses = 0;
		if (to === 'open') this.openedAtMs = this.options.now();
		if (to === 'closed') {
			// A fresh window: failures from before the outage must not reopen it.
			this.outcomes.length = 0;
			this.next = 0;
			this.failures = 0;
		}
	}
}
