import { describe, it, expect } from 'vitest';
import { Mutex } from '../../../../src/reference/concurrency/async-mutex.ts';
import { acquireAll, withLocks } from '../../../../src/reference/concurrency/lock-ordering.ts';
import { settle, state } from './helpers.ts';

/** Transfer-style task: lock `first`, do some async work, then lock `second`. */
async function naiveTransfer(first: Mutex, second: Mutex, log: string[]): Promise<void> {
	const releaseFirst = await first.acquire();
	await Promise.resolve(); // e.g. reading a balance: lets the other task run
	const releaseSecond = await second.acquire();
	log.push(`${first.id}+${second.id}`);
	releaseSecond();
	releaseFirst();
}

/** Same task, but both locks are taken through the canonical order. */
async function orderedTransfer(first: Mutex, second: Mutex, log: string[]): Promise<void> {
	await withLocks([first, second], async () => {
		await Promise.resolve();
		log.push(`${first.id}+${second.id}`);
	});
}

describe('lock ordering', () => {
	it('naive opposite-order locking deadlocks (the bug being prevented)', async () => {
		const a = new Mutex('account:a');
		const b = new Mutex('account:b');
		const log: string[] = [];
		const both = Promise.all([naiveTransfer(a, b, log), naiveTransfer(b, a, log)]);
		await settle();
		// Each task holds one lock and waits for the other: neither can finish.
		expect(await state(both)).toBe('pending');
		expect(a.isLocked && b.isLocked).toBe(true);
		expect(a.waiting + b.waiting).toBe(2);
		expect(log).toEqual([]);
	});

	it('acquiring in canonical id order lets opposite-order tasks both complete', async () => {
		const a = new Mutex('account:a');
		const b = new Mutex('account:b');
		const log: string[] = [];
		const both = Promise.all([orderedTransfer(a, b, log), orderedTransfer(b, a, log)]);
		await settle();
		expect(await state(both)).toBe('fulfilled');
		expect(log.sort()).toEqual(['account:a+account:b', 'account:b+account:a']);
		expect(a.isLocked || b.isLocked).toBe(false);
	});

	it('survives many tasks locking random subsets in random orders', async () => {
		const locks = ['d', 'a', 'c', 'b'].map((id) => new Mutex(id));
		let seed = 42;
		const pick = (): number => (seed = (seed * 48271) % 2147483647) % locks.length;
		const tasks = Array.from({ length: 60 }, () => {
			const subset = [locks[pick()], locks[pick()], locks[pick()]].filter((m) => m !== undefined);
			return withLocks(subset, async () => {
				await Promise.resolve();
			});
		});
		const all = Promise.all(tasks);
		await settle();
		expect(await state(all)).toBe('fulfilled');
		expect(locks.every((m) => !m.isLocked)).toBe(true);
	});

	it('takes the same lock once when it is listed twice', async () => {
		const a = new Mutex('a');
		const release = await acquireAll([a, a]);
		expect(a.waiting).toBe(0);
		release();
		expect(a.isLocked).toBe(false);
	});

	it('refuses two different locks with the same id', async () => {
		await expect(acquireAll([new Mutex('x'), new Mutex('x')])).rejects.toThrow(/share the id/);
	});

	it('releases every lock even when the task throws', async () => {
		const a = new Mutex('a');
		const b = new Mutex('b');
		await expect(
			withLocks([b, a], () => {
				throw new Error('failed transfer');
			}),
		).rejects.toThrow('failed transfer');
		expect(a.isLocked || b.isLocked).toBe(false);
	});

	it('releases the locks already held if a later acquisition fails', async () => {
		const a = new Mutex('a');
		const broken = { id: 'b', acquire: () => Promise.reject(new Error('lock service down')) };
		await expect(acquireAll([broken, a])).rejects.toThrow('lock service down');
		expect(a.isLocked).toBe(false);
	});
});
