import { describe, expect, it } from 'vitest';
import { manualClock } from '../../support/manual-clock.ts';
import {
	CircuitBreaker,
	CircuitOpenError,
	type CircuitBreakerOptions,
	type Permit,
} from '../../../../src/reference/resilience/circuit-breaker.ts';

function breaker(overrides: Partial<CircuitBreakerOptions> = {}) {
	const clock = manualClock();
	const cb = new CircuitBreaker({
		now: clock.now,
		windowSize: 20,
		minimumCalls: 10,
		failureRateThreshold: 0.5,
		openMs: 30_000,
		maxProbes: 2,
		probesToClose: 3,
		...overrides,
	});
	return { clock, cb };
}

function admit(cb: CircuitBreaker): Permit {
	const permit = cb.tryAcquire();
	if (!permit) throw new Error(`expected a permit, state ${cb.state}`);
	return permit;
}

/** Records `failures` failures and `successes` successes, interleaved failures first. */
function outcomes(cb: CircuitBreaker, failures: number, successes: number): void {
	for (let i = 0; i < failures; i++) cb.record(admit(cb), false);
	for (let i = 0; i < successes; i++) cb.record(admit(cb), true);
}

/** Drives a breaker into the open state. */
function trip(cb: CircuitBreaker): void {
	outcomes(cb, 10, 0);
	expect(cb.state).toBe('open');
}

describe('CircuitBreaker', () => {
	it('stays closed until the window holds minimumCalls calls', () => {
		const { cb } = breaker();
		outcomes(cb, 9, 0); // 100% failures, but only 9 calls
		expect(cb.state).toBe('closed');
		cb.record(admit(cb), false);
		expect(cb.state).toBe('open');
	});

	it('opens when the failure rate over the window reaches the threshold', () => {
		const { cb } = breaker();
		outcomes(cb, 4, 6); // 40%
		expect(cb.state).toBe('closed');
		cb.record(admit(cb), false); // 5 of 11 = 45%
		expect(cb.state).toBe('closed');
		cb.record(admit(cb), false); // 6 of 12 = 50%
		expect(cb.state).toBe('open');
	});

	it('forgets outcomes older than the window', () => {
		const { cb } = breaker({ windowSize: 10, minimumCalls: 10 });
		outcomes(cb, 4, 6); // 40%
		// Each new failure pushes an old failure out: still 4 of the last 10, although 8 of all
		// 14 calls (57%) failed.
		outcomes(cb, 4, 0);
		expect(cb.state).toBe('closed');
		cb.record(admit(cb), false); // pushes out a success: 5 of the last 10
		expect(cb.state).toBe('open');
	});

	it('rejects fast while open, without running the call', async () => {
		const { clock, cb } = breaker();
		trip(cb);
		clock.advance(10_000);
		let called = false;
		const call = () => {
			called = true;
			return Promise.resolve('hit');
		};
		const rejection = cb.execute(call);
		await expect(rejection).rejects.toBeInstanceOf(CircuitOpenError);
		await expect(rejection).rejects.toMatchObject({ retryAfterMs: 20_000 });
		expect(called).toBe(false);
	});

	it('half-opens after the cool-down on the injected clock, and not before', () => {
		const { clock, cb } = breaker();
		trip(cb);
		clock.advance(29_999);
		expect(cb.state).toBe('open');
		clock.advance(1);
		expect(cb.state).toBe('half-open');
	});

	it('lets at most maxProbes probes run at once in half-open', () => {
		const { clock, cb } = breaker({ maxProbes: 2 });
		trip(cb);
		clock.advance(30_000);
		const first = admit(cb);
		admit(cb);
		expect(first.probe).toBe(true);
		expect(cb.tryAcquire()).toBeUndefined();
		cb.record(first, true); // a probe slot frees up
		expect(cb.tryAcquire()).toBeDefined();
	});

	it('reopens on a failed probe and restarts the cool-down', () => {
		const { clock, cb } = breaker();
		trip(cb);
		clock.advance(30_000);
		cb.record(admit(cb), false);
		expect(cb.state).toBe('open');
		clock.advance(29_999);
		expect(cb.state).toBe('open');
		clock.advance(1);
		expect(cb.state).toBe('half-open');
	});

	it('closes after probesToClose successful probes, with a fresh window', () => {
		const { clock, cb } = breaker({ probesToClose: 3 });
		trip(cb);
		clock.advance(30_000);
		for (let i = 0; i < 2; i++) cb.record(admit(cb), true);
		expect(cb.state).toBe('half-open');
		cb.record(admit(cb), true);
		expect(cb.state).toBe('closed');
		outcomes(cb, 4, 6); // 40% of the calls since closing; the 10 old failures are not counted
		expect(cb.state).toBe('closed');
		outcomes(cb, 2, 0); // 6 of 12 since closing: opens, so the old calls do not dilute the rate
		expect(cb.state).toBe('open');
	});

	it('ignores a late result from a call admitted before the state changed', () => {
		const { clock, cb } = breaker();
		const slow = admit(cb); // started while closed
		trip(cb);
		clock.advance(30_000);
		const probe = admit(cb);
		cb.record(slow, false); // finishes late: must not reopen the half-open breaker
		expect(cb.state).toBe('half-open');
		cb.record(probe, true);
		expect(cb.state).toBe('half-open');
	});

	it('names the option that cannot work', () => {
		expect(() => breaker({ minimumCalls: 30, windowSize: 20 })).toThrow(/minimumCalls/);
		expect(() => breaker({ failureRateThreshold: 0 })).toThrow(/failureRateThreshold/);
	});
});
