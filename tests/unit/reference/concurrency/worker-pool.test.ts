import { describe, expect, it } from 'vitest';
import { runPool } from '../../../../src/reference/concurrency/worker-pool.ts';
import { TokenBucket } from '../../../../src/reference/rate-limit/token-bucket.ts';
import { manualClock } from '../../support/manual-clock.ts';
import { settle } from './helpers.ts';

/** A pool whose sleeps move a manual clock, so pacing is checked without waiting. */
function pacedPool(capacity: number, refillPerSecond: number) {
	const clock = manualClock();
	const limiter = new TokenBucket({ capacity, refillPerSecond, now: clock.now });
	const sleeps: number[] = [];
	const sleep = (ms: number): Promise<void> => {
		sleeps.push(ms);
		clock.advance(ms);
		return Promise.resolve();
	};
	return { clock, limiter, sleep, sleeps };
}

describe('runPool', () => {
	it('starts tasks no faster than the bucket allows: a burst, then one per refill', async () => {
		const { clock, limiter, sleep } = pacedPool(2, 1);
		const starts: number[] = [];
		const tasks = Array.from({ length: 5 }, (_, i) => () => {
			starts.push(clock.now());
			return Promise.resolve(i * 10);
		});
		const results = await runPool(tasks, { concurrency: 5, limiter, sleep });
		expect(results).toEqual([0, 10, 20, 30, 40]);
		expect(starts).toEqual([0, 0, 1000, 2000, 3000]);
	});

	it('never has more than `concurrency` tasks in flight, and does reach it', async () => {
		const { limiter, sleep } = pacedPool(100, 100);
		let inFlight = 0;
		let peak = 0;
		const tasks = Array.from({ length: 30 }, (_, i) => async () => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			// A turn of the event loop: the pool starts others meanwhile, up to its limit.
			for (let turn = 0; turn < (i % 3) + 1; turn++) await settle();
			inFlight--;
			return i;
		});
		const results = await runPool(tasks, { concurrency: 4, limiter, sleep });
		expect(results).toEqual(Array.from({ length: 30 }, (_, i) => i));
		expect(peak).toBe(4);
	});

	it('stops starting tasks after a failure, lets running ones finish, and rejects with it', async () => {
		const { limiter, sleep } = pacedPool(100, 100);
		const started: number[] = [];
		let finishSlow!: () => void;
		const slow = new Promise<void>((resolve) => {
			finishSlow = resolve;
		});
		let slowFinished = false;
		const tasks = [
			async () => {
				started.push(0);
				await slow;
				slowFinished = true;
				return 0;
			},
			() => {
				started.push(1);
				return Promise.reject(new Error('upstream 500'));
			},
			() => {
				started.push(2);
				return Promise.resolve(2);
			},
		];
		const run = runPool(tasks, { concurrency: 2, limiter, sleep });
		await settle();
		finishSlow();
		await expect(run).rejects.toThrow('upstream 500');
		expect(slowFinished).toBe(true);
		expect(started).toEqual([0, 1]);
	});
});
