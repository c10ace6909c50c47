import { describe, expect, it } from 'vitest';
import { BoundedQueue } from '../../../../src/reference/concurrency/bounded-queue.ts';
import { settle, state } from './helpers.ts';

describe('BoundedQueue', () => {
	it('delivers every item once, in order, and never holds more than its capacity', async () => {
		const queue = new BoundedQueue<number>(3);
		let peak = 0;
		const produced = Array.from({ length: 100 }, (_, i) => i);
		const producers = [0, 1].map(async (producer) => {
			for (const item of produced.filter((value) => value % 2 === producer)) {
				await queue.put(item);
				peak = Math.max(peak, queue.size);
			}
		});
		const consumed: number[] = [];
		// Each consumer stops at a -1, put once per consumer after the producers finish.
		const consumers = [0, 1, 2].map(async () => {
			for (let item = await queue.take(); item !== -1; item = await queue.take()) {
				consumed.push(item);
				await Promise.resolve();
			}
		});
		await Promise.all(producers);
		for (let stop = 0; stop < consumers.length; stop++) await queue.put(-1);
		await Promise.all(consumers);
		expect([...consumed].sort((a, b) => a - b)).toEqual(produced);
		expect(peak).toBeLessThanOrEqual(3);
		// Each producer's items come out in the order it put them.
		for (const producer of [0, 1]) {
			const mine = consumed.filter((value) => value % 2 === producer);
			expect(mine).toEqual([...mine].sort((a, b) => a - b));
		}
	});

	it('makes put wait while full and take wait while empty', async () => {
		const queue = new BoundedQueue<string>(1);
		await queue.put('a');
		const blockedPut = queue.put('b');
		await settle();
		expect(await state(blockedPut)).toBe('pending');
		expect(await queue.take()).toBe('a');
		expect(await state(blockedPut)).toBe('fulfilled');
		expect(await queue.take()).toBe('b');
		const blockedTake = queue.take();
		await settle();
		expect(await state(blockedTake)).toBe('pending');
		await queue.put('c');
		expect(await blockedTake).toBe('c');
	});

	it('hands a freed slot to the waiting producer before a newcomer can take it', async () => {
		const queue = new BoundedQueue<string>(1);
		await queue.put('a');
		const waiting = queue.put('waiting');
		expect(queue.tryTake()).toEqual({ item: 'a' });
		// The newcomer finds the slot already filled by the producer that waited for it.
		expect(queue.tryPut('newcomer')).toBe(false);
		await waiting;
		expect(queue.tryTake()).toEqual({ item: 'waiting' });
	});

	it('gives an item straight to a waiting consumer, so the buffer never sees it', async () => {
		const queue = new BoundedQueue<string>(1);
		const consumer = queue.take();
		expect(queue.tryPut('x')).toBe(true);
		expect(queue.size).toBe(0);
		expect(await consumer).toBe('x');
	});

	it('drops an aborted wait, which then receives nothing', async () => {
		const queue = new BoundedQueue<string>(1);
		const controller = new AbortController();
		const abandoned = queue.take({ signal: controller.signal });
		const next = queue.take();
		controller.abort(new Error('gave up'));
		await expect(abandoned).rejects.toThrow('gave up');
		await queue.put('item');
		expect(await next).toBe('item');
		expect(queue.waitingTakers).toBe(0);

		await queue.put('full');
		const putController = new AbortController();
		const abandonedPut = queue.put('never', { signal: putController.signal });
		putController.abort(new Error('no room'));
		await expect(abandonedPut).rejects.toThrow('no room');
		expect(queue.tryTake()).toEqual({ item: 'full' });
		expect(queue.tryTake()).toBeUndefined();
	});

	it('refuses a capacity that is not a positive integer', () => {
		expect(() => new BoundedQueue(0)).toThrow(RangeError);
		expect(() => new BoundedQueue(1.5)).toThrow(RangeError);
	});
});
