import { describe, it, expect } from 'vitest';
import { LeakyBucket } from '../../../../src/reference/rate-limit/leaky-bucket.ts';
import { manualClock } from '../../support/manual-clock.ts';

describe('LeakyBucket', () => {
	it('releases a burst at a constant rate and rejects what overflows the queue', () => {
		const clock = manualClock();
		const bucket = new LeakyBucket({ queueSize: 2, leakPerSecond: 1, now: clock.now });
		const results = Array.from({ length: 4 }, () => bucket.offer());
		expect(results.map((r) => r.accepted)).toEqual([true, true, true, false]);
		expect(results.slice(0, 3).map((r) => r.delayMs)).toEqual([0, 1000, 2000]);
		expect(bucket.queued()).toBe(2);
	});

	it('tells a rejected caller when a slot frees up', () => {
		const clock = manualClock();
		const bucket = new LeakyBucket({ queueSize: 1, leakPerSecond: 4, now: clock.now });
		bucket.offer();
		bucket.offer();
		const rejected = bucket.offer();
		expect(rejected.accepted).toBe(false);
		expect(rejected.retryAfterMs).toBe(250);
		clock.set(249);
		expect(bucket.offer().accepted).toBe(false);
		clock.set(250);
		expect(bucket.offer().accepted).toBe(true);
	});

	it('spaces accepted requests evenly, whatever the arrival pattern', () => {
		const clock = manualClock();
		const bucket = new LeakyBucket({ queueSize: 10, leakPerSecond: 5, now: clock.now });
		const releases: number[] = [];
		for (const arrival of [0, 1, 2, 3, 4, 5]) {
			clock.set(arrival);
			const r = bucket.offer();
			if (r.accepted) releases.push(arrival + r.delayMs);
		}
		expect(releases).toEqual([0, 200, 400, 600, 800, 1000]);
	});

	it('drains while idle and does not bank capacity', () => {
		const clock = manualClock();
		const bucket = new LeakyBucket({ queueSize: 1, leakPerSecond: 1, now: clock.now });
		clock.set(60_000);
		const results = Array.from({ length: 3 }, () => bucket.offer());
		// Unlike a token bucket, an idle minute buys no burst: one now, one queued, one rejected.
		expect(results.map((r) => r.accepted)).toEqual([true, true, false]);
		expect(bucket.queued()).toBe(1);
	});

	it('ignores a clock that goes backwards', () => {
		const clock = manualClock(5_000);
		const bucket = new LeakyBucket({ queueSize: 0, leakPerSecond: 1, now: clock.now });
		expect(bucket.offer().accepted).toBe(true);
		clock.set(0);
		expect(bucket.offer().accepted).toBe(false);
		clock.set(6_000);
		expect(bucket.offer().accepted).toBe(true);
	});
});
