import { describe, it, expect } from 'vitest';
import { FixedWindowLimiter } from '../../../../src/reference/rate-limit/fixed-window.ts';
import { manualClock } from '../../support/manual-clock.ts';
import { MINUTE, burstAcrossBoundary } from './window-support.ts';

describe('FixedWindowLimiter', () => {
	it('allows limit per window and reports the reset', () => {
		const clock = manualClock(15_000);
		const limiter = new FixedWindowLimiter({ limit: 3, windowMs: MINUTE, now: clock.now });
		const results = Array.from({ length: 4 }, () => limiter.tryAcquire());
		expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
		expect(results[3]?.retryAfterMs).toBe(45_000);
		clock.set(MINUTE);
		expect(limiter.tryAcquire().allowed).toBe(true);
	});

	it('lets 2x the limit through across a window boundary (the known flaw)', () => {
		const clock = manualClock();
		const limiter = new FixedWindowLimiter({ limit: 10, windowMs: MINUTE, now: clock.now });
		expect(burstAcrossBoundary(() => limiter.tryAcquire(), clock)).toBe(20);
	});

	it('does not reset when the clock steps back into an earlier window', () => {
		const clock = manualClock(MINUTE + 10);
		const limiter = new FixedWindowLimiter({ limit: 1, windowMs: MINUTE, now: clock.now });
		expect(limiter.tryAcquire().allowed).toBe(true);
		clock.set(MINUTE - 10);
		expect(limiter.tryAcquire().allowed).toBe(false);
	});
});
