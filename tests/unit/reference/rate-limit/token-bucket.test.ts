import { describe, it, expect } from 'vitest';
import { TokenBucket } from '../../../../src/reference/rate-limit/token-bucket.ts';
import { manualClock } from '../../support/manual-clock.ts';

describe('TokenBucket', () => {
	it('starts full and allows a burst of exactly capacity', () => {
		const clock = manualClock();
		const bucket = new TokenBucket({ capacity: 5, refillPerSecond: 1, now: clock.now });
		const results = Array.from({ length: 6 }, () => bucket.tryRemove());
		expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
		expect(results[4]?.remaining).toBe(0);
	});

	it('never exceeds capacity after a long idle period (refill overflow)', () => {
		const clock = manualClock();
		const bucket = new TokenBucket({ capacity: 10, refillPerSecond: 100, now: clock.now });
		for (let i = 0; i < 10; i++) bucket.tryRemove();
		clock.advance(24 * 60 * 60 * 1000);
		expect(bucket.peek()).toBe(10);
		const allowed = Array.from({ length: 20 }, () => bucket.tryRemove()).filter((r) => r.allowed);
		expect(allowed).toHaveLength(10);
	});

	it('ignores a clock that goes backwards instead of draining or overfilling', () => {
		const clock = manualClock(10_000);
		const bucket = new TokenBucket({ capacity: 4, refillPerSecond: 1, now: clock.now });
		for (let i = 0; i < 4; i++) bucket.tryRemove();
		clock.set(5_000); // NTP step back by five seconds
		expect(bucket.tryRemove().allowed).toBe(false);
		expect(bucket.peek()).toBe(0);
		clock.set(10_000); // back to where we were: no time has really passed
		expect(bucket.peek()).toBe(0);
		clock.set(11_000);
		expect(bucket.peek()).toBeCloseTo(1, 9);
		expect(bucket.tryRemove().allowed).toBe(true);
	});

	it('accumulates fractional refills instead of rounding them away', () => {
		const clock = manualClock();
		const bucket = new TokenBucket({
			capacity: 10,
			refillPerSecond: 3,
			now: clock.now,
			initialTokens: 0,
		});
		// Ten calls 100 ms apart each earn 0.3 tokens; a floor-per-call bug would never refill.
		for (let i = 0; i < 10; i++) {
			clock.advance(100);
			bucket.tryRemove(5);
		}
		expect(bucket.peek()).toBeCloseTo(3, 9);
		expect(bucket.tryRemove(3).allowed).toBe(true);
		expect(bucket.tryRemove(1).allowed).toBe(false);
	});

	it('reports retryAfterMs as the exact wait until the cost is available', () => {
		const clock = manualClock();
		const bucket = new TokenBucket({ capacity: 5, refillPerSecond: 2, now: clock.now });
		for (let i = 0; i < 5; i++) bucket.tryRemove();
		expect(bucket.tryRemove().retryAfterMs).toBe(500);
		expect(bucket.tryRemove(3).retryAfterMs).toBe(1500);
		clock.advance(499);
		const early = bucket.tryRemove();
		expect(early.allowed).toBe(false);
		expect(early.retryAfterMs).toBe(1);
		clock.advance(1);
		expect(bucket.tryRemove().allowed).toBe(true);
	});

	it('does not charge rejected requests', () => {
		const clock = manualClock();
		const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 1, now: clock.now });
		bucket.tryRemove(2);
		for (let i = 0; i < 50; i++) bucket.tryRemove();
		clock.advance(1000);
		expect(bucket.tryRemove().allowed).toBe(true);
	});

	it('sustains the refill rate over time', () => {
		const clock = manualClock();
		const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 10, now: clock.now });
		let allowed = 0;
		for (let ms = 0; ms < 10_000; ms += 10) {
			clock.set(ms);
			if (bucket.tryRemove().allowed) allowed++;
		}
		// One starting token plus 10 per second for 9.99 seconds.
		expect(allowed).toBe(100);
	});

	it('rejects a cost larger than capacity as a configuration error', () => {
		const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 1, now: () => 0 });
		expect(() => bucket.tryRemove(4)).toThrow(RangeError);
		expect(() => bucket.tryRemove(0)).toThrow(RangeError);
	});
});
