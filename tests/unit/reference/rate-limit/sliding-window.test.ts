import { describe, it, expect, vi } from 'vitest';
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

	it('agrees with a brute-force count over a long run that wraps its buffer many times', () => {
		const clock = manualClock();
		const limit = 5;
		const windowMs = 1_000;
		const limiter = new SlidingWindowLog({ limit, windowMs, now: clock.now });
		const accepted: number[] = [];
		let seed = 42;
		let t = 0;
		for (let i = 0; i < 5_000; i++) {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31; // a fixed pseudo-random sequence
			t += seed % 300;
			clock.set(t);
			const inWindow = accepted.filter((at) => at > t - windowMs);
			const expected = inWindow.length < limit;
			const result = limiter.tryAcquire();
			expect(result.allowed).toBe(expected);
			if (expected) accepted.push(t);
			else expect(result.retryAfterMs).toBe(Math.min(...inWindow) + windowMs - t);
		}
		expect(accepted.length).toBeGreaterThan(1_000);
	});

	it('drops expired entries without Array.prototype.shift, which is O(n)', () => {
		const clock = manualClock();
		const limiter = new SlidingWindowLog({ limit: 1_000, windowMs: 1_000, now: clock.now });
		const shift = vi.spyOn(Array.prototype, 'shift');
		try {
			for (let t = 0; t < 5_000; t += 2) {
				clock.set(t);
				limiter.tryAcquire();
			}
			expect(shift).not.toHaveBeenCalled();
		} finally {
			shift.mockRestore();
		}
	});

	it('rejects a fractional limit, since it counts whole requests', () => {
		expect(() => new SlidingWindowLog({ limit: 2.5, windowMs: 1_000, now: () => 0 })).toThrow(
			/SlidingWindowLog: limit must be a whole number, got 2.5/,
		);
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
