import { describe, expect, it } from 'vitest';
import { ConcurrentLruCache } from '../../../../src/reference/cache/concurrent-lru.ts';

/** A loader whose loads finish when the test says, counting how many it started per key. */
function controlledLoader() {
	const loads = new Map<string, number>();
	const pending: { key: string; finish: (value: string) => void }[] = [];
	const load = (key: string): Promise<string> => {
		loads.set(key, (loads.get(key) ?? 0) + 1);
		return new Promise<string>((resolve) => pending.push({ key, finish: resolve }));
	};
	const finishAll = (value: (key: string) => string): void => {
		for (const { key, finish } of pending.splice(0)) finish(value(key));
	};
	return { load, loads, finishAll };
}

describe('ConcurrentLruCache', () => {
	it('loads a key once for many concurrent misses, and serves later gets from the cache', async () => {
		const loader = controlledLoader();
		const cache = new ConcurrentLruCache(10, loader.load);
		const callers = Array.from({ length: 50 }, () => cache.get('user:1'));
		expect(cache.loading).toBe(1);
		loader.finishAll((key) => `row for ${key}`);
		expect(new Set(await Promise.all(callers))).toEqual(new Set(['row for user:1']));
		expect(await cache.get('user:1')).toBe('row for user:1');
		expect(loader.loads.get('user:1')).toBe(1);
	});

	it('loads different keys independently and evicts the least recently used', async () => {
		const loader = controlledLoader();
		const cache = new ConcurrentLruCache(2, loader.load);
		const misses = ['a', 'b', 'c'].map((key) => cache.get(key));
		expect(cache.loading).toBe(3);
		loader.finishAll((key) => key.toUpperCase());
		expect(await Promise.all(misses)).toEqual(['A', 'B', 'C']);
		expect(cache.size).toBe(2);
		const again = cache.get('a');
		loader.finishAll((key) => key.toUpperCase());
		expect(await again).toBe('A');
		expect(loader.loads.get('a')).toBe(2);
	});

	it('does not refill a key deleted while its load was in flight', async () => {
		const loader = controlledLoader();
		const cache = new ConcurrentLruCache(10, loader.load);
		const before = cache.get('price');
		cache.delete('price');
		loader.finishAll(() => 'old price');
		expect(await before).toBe('old price');
		expect(cache.size).toBe(0);
		const after = cache.get('price');
		loader.finishAll(() => 'new price');
		expect(await after).toBe('new price');
		expect(await cache.get('price')).toBe('new price');
	});

	it('keeps a value set during a load instead of the value the load read', async () => {
		const loader = controlledLoader();
		const cache = new ConcurrentLruCache(10, loader.load);
		const loading = cache.get('k');
		cache.set('k', 'written');
		loader.finishAll(() => 'read before the write');
		await loading;
		expect(await cache.get('k')).toBe('written');
	});
});
