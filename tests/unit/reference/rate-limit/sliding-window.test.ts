import { describe, it, expect } from 'vitest';
import {
	SlidingWindowCounter,
	SlidingWindowLog,
} from '../../../../src/reference/rate-limit/sliding-window.ts';
import { manualClock } from '../../support/manual-clock.ts';
import { MINUTE, burstAcrossBoundary } from './window-support.ts';

describe('SlidingWindowLog', () => {
	it('holds the boundary burst to the limit', () => {
		const clock = manualClock();
		const limiter = new SlidingWindowLog({ limit: 10, windowMs: MINUTE, now: clock.now });
		expect(burstAcrossBoundary(() => limiter.tryAcquire(), clock)).toBe(10);
	});

	it('frees a slot exactly when the oldest request leaves the window', () => {
		const clock = manualClock(1_000);
		const limiter = new SlidingWindowLog({ limit: 2, windowMs: 10_000, now: clock.now });
		limiter.tryAcquire();
		clock.set(4_000);
		limiter.tryAcquire();
		const denied = limiter.tryAcquire();
		expect(denied.allowed).toBe(false);
		expect(denied.retryAfterMs).toBe(7_000);
		clock.set(10_999);
		expect(limiter.tryAcquire().allowed).toBe(false);
		clock.set(11_000);
		expect(limiter.tryAcquire().allowed).toBe(true);
	});
});

describe('SlidingWindowCounter', () => {
	it('smooths the boundary burst that a fixed window lets through', () => {
		const clock = manualClock();
		const limiter = new SlidingWindowCounter({ limit: 10, windowMs: MINUTE, now: clock.now });
		expect(burstAcrossBoundary(() => limiter.tryAcquire(), clock)).toBe(10);
	});

	it('weights the previous window by how much of it still overlaps', () => {
		const clock = manualClock(0);
		const limiter = new SlidingWindowCounter({ limit: 10, windowMs: MINUTE, now: clock.now });
		for (let i = 0; i < 10; i++) limiter.tryAcquire();
		// 45 s into the next window, 25% of the previous window overlaps: estimate 2.5.
		clock.set(MINUTE + 45_000);
		let allowed = 0;
		for (let i = 0; i < 10; i++) if (limiter.tryAcquire().allowed) allowed++;
		expect(allowed).toBe(7);
	});

	it('returns a retryAfterMs at which the retry succeeds, and not earlier', () => {
		const clock = manualClock(0);
		const limiter = new SlidingWindowCounter({ limit: 4, windowMs: 1_000, now: clock.now });
		for (let i = 0; i < 4; i++) limiter.tryAcquire();
		clock.set(1_100);
		for (let i = 0; i < 5; i++) limiter.tryAcquire();
		const denied = limiter.tryAcquire();
		expect(denied.allowed).toBe(false);
		clock.set(1_100 + denied.retryAfterMs - 1);
		expect(limiter.tryAcquire().allowed).toBe(false);
		clock.set(1_100 + denied.retryAfterMs);
		expect(limiter.tryAcquire().allowed).toBe(true);
	});

	it('forgets windows older than the previous one', () => {
		const clock = manualClock(0);
		const limiter = new SlidingWindowCounter({ limit: 3, windowMs: 1_000, now: clock.now });
		for (let i = 0; i < 3; i++) limiter.tryAcquire();
		clock.set(2_000);
		const results = Array.from({ length: 4 }, () => limiter.tryAcquire().allowed);
		expect(results).toEqual([true, true, true, false]);
	});
});
