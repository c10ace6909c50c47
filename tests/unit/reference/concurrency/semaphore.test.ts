import { describe, it, expect } from 'vitest';
import { Semaphore } from '../../../../src/reference/concurrency/semaphore.ts';
import { settle, state } from './helpers.ts';

describe('Semaphore', () => {
	it('never exceeds its permits, and does reach them', async () => {
		const semaphore = new Semaphore(3);
		let inFlight = 0;
		let peak = 0;
		const done = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				semaphore.run(async () => {
					inFlight++;
					peak = Math.max(peak, inFlight);
					for (let k = 0; k < (i % 4) + 1; k++) await Promise.resolve();
					inFlight--;
					return i;
				}),
			),
		);
		expect(done).toHaveLength(50);
		expect(peak).toBe(3);
		expect(semaphore.available).toBe(3);
	});

	it('queues once permits run out and serves waiters FIFO', async () => {
		const semaphore = new Semaphore(1);
		const release = await semaphore.acquire();
		const order: string[] = [];
		const waiters = ['x', 'y', 'z'].map((name) => semaphore.run(() => void order.push(name)));
		expect(semaphore.waiting).toBe(3);
		release();
		await Promise.all(waiters);
		expect(order).toEqual(['x', 'y', 'z']);
	});

	it('returns the permit when the task throws', async () => {
		const semaphore = new Semaphore(1);
		await expect(semaphore.run(() => Promise.reject(new Error('nope')))).rejects.toThrow('nope');
		expect(semaphore.available).toBe(1);
	});

	it('does not mint extra permits on a double release', async () => {
		const semaphore = new Semaphore(1);
		const release = await semaphore.acquire();
		release();
		release();
		expect(semaphore.available).toBe(1);
		const holder = await semaphore.acquire();
		const blocked = semaphore.acquire();
		await settle();
		expect(await state(blocked)).toBe('pending');
		holder();
		expect(await state(blocked)).toBe('fulfilled');
	});

	it('tryAcquire fails when no permit is free', () => {
		const semaphore = new Semaphore(2);
		expect(semaphore.tryAcquire()).toBeTypeOf('function');
		expect(semaphore.tryAcquire()).toBeTypeOf('function');
		expect(semaphore.tryAcquire()).toBeUndefined();
	});

	it('rejects invalid permit counts', () => {
		expect(() => new Semaphore(0)).toThrow(RangeError);
		expect(() => new Semaphore(1.5)).toThrow(RangeError);
	});
});
