import { describe, it, expect } from 'vitest';
import { KeyLocks } from '../../../../../src/reference/lld/in-memory-store/key-locks.ts';
import { KeyValueStore } from '../../../../../src/reference/lld/in-memory-store/store.ts';

/** Lets every other queued task run, as an awaited network call would. */
const io = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Read, await something (a price lookup, a fraud check), then write what was read plus one. */
async function addOne(store: KeyValueStore, key: string): Promise<void> {
	const value = store.get(key);
	const current = value?.type === 'integer' ? value.value : 0;
	await io();
	store.set(key, { type: 'integer', value: current + 1 });
}

describe('KeyLocks', () => {
	it('keeps both of two concurrent read-await-write updates to one key', async () => {
		const store = new KeyValueStore();
		const locks = new KeyLocks();
		await Promise.all([
			locks.run('n', () => addOne(store, 'n')),
			locks.run('n', () => addOne(store, 'n')),
		]);
		expect(store.get('n')).toEqual({ type: 'integer', value: 2 });
		expect(locks.size).toBe(0);
	});

	it('loses an update without the lock: the race the lock exists for', async () => {
		const store = new KeyValueStore();
		await Promise.all([addOne(store, 'n'), addOne(store, 'n')]);
		expect(store.get('n')).toEqual({ type: 'integer', value: 1 });
	});

	it('does not make one key wait for another', async () => {
		const locks = new KeyLocks();
		const order: string[] = [];
		let releaseA = () => {};
		const a = locks.run('a', () =>
			new Promise<void>((r) => (releaseA = r)).then(() => order.push('a')),
		);
		await locks.run('b', () => order.push('b'));
		releaseA();
		await a;
		expect(order).toEqual(['b', 'a']);
	});
});
