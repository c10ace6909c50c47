import { describe, it, expect } from 'vitest';
import { Mutex } from '../../../../src/reference/concurrency/async-mutex.ts';
import { settle, state } from './helpers.ts';

/** The classic lost update: read, yield to other tasks, write back read + 1. */
async function unsafeIncrement(box: { count: number }): Promise<void> {
	const read = box.count;
	await Promise.resolve();
	await Promise.resolve();
	box.count = read + 1;
}

describe('Mutex', () => {
	it('loses updates without the lock (the race this mutex exists for)', async () => {
		const box = { count: 0 };
		await Promise.all(Array.from({ length: 100 }, () => unsafeIncrement(box)));
		expect(box.count).toBeLessThan(100);
	});

	it('never lets two critical sections overlap under many concurrent tasks', async () => {
		const mutex = new Mutex();
		const box = { count: 0 };
		let inside = 0;
		let maxInside = 0;
		await Promise.all(
			Array.from({ length: 200 }, () =>
				mutex.runExclusive(async () => {
					inside++;
					maxInside = Math.max(maxInside, inside);
					await unsafeIncrement(box);
					inside--;
				}),
			),
		);
		expect(box.count).toBe(200);
		expect(maxInside).toBe(1);
		expect(mutex.isLocked).toBe(false);
	});

	it('releases the lock when the critical section throws', async () => {
		const mutex = new Mutex();
		await expect(
			mutex.runExclusive(async () => {
				await Promise.resolve();
				throw new Error('boom');
			}),
		).rejects.toThrow('boom');
		expect(mutex.isLocked).toBe(false);
		await expect(mutex.runExclusive(() => 'next')).resolves.toBe('next');
	});

	it('serves waiters in FIFO order', async () => {
		const mutex = new Mutex();
		const release = await mutex.acquire();
		const order: number[] = [];
		const waiters = [0, 1, 2, 3, 4].map((i) => mutex.runExclusive(() => void order.push(i)));
		expect(mutex.waiting).toBe(5);
		release();
		await Promise.all(waiters);
		expect(order).toEqual([0, 1, 2, 3, 4]);
	});

	it('hands the lock to the next waiter so a newcomer cannot barge in', async () => {
		const mutex = new Mutex();
		const release = await mutex.acquire();
		const queued = mutex.acquire();
		release();
		// The lock went straight to the queued waiter; it was never free.
		expect(mutex.tryAcquire()).toBeUndefined();
		const releaseQueued = await queued;
		releaseQueued();
		expect(mutex.isLocked).toBe(false);
	});

	it('ignores a second call to the same release function', async () => {
		const mutex = new Mutex();
		const first = await mutex.acquire();
		const second = mutex.acquire();
		first();
		const releaseSecond = await second;
		const third = mutex.acquire();
		first(); // stale double release must not free the lock the second holder owns
		await settle();
		expect(await state(third)).toBe('pending');
		releaseSecond();
		expect(await state(third)).toBe('fulfilled');
	});

	it('tryAcquire succeeds only when free', () => {
		const mutex = new Mutex();
		const release = mutex.tryAcquire();
		expect(release).toBeTypeOf('function');
		expect(mutex.tryAcquire()).toBeUndefined();
		release?.();
		expect(mutex.isLocked).toBe(false);
	});
});
