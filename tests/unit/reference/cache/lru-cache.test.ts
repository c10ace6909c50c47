import { describe, it, expect } from 'vitest';
import { LruCache } from '../../../../src/reference/cache/lru-cache.ts';

function filled(
	capacity: number,
	keys: string[],
	evicted: string[] = [],
): LruCache<string, number> {
	const cache = new LruCache<string, number>({ capacity, onEvict: (k) => evicted.push(k) });
	keys.forEach((k, i) => cache.set(k, i));
	return cache;
}

describe('LruCache', () => {
	it('evicts the least recently used entry, in insertion order when nothing is read', () => {
		const evicted: string[] = [];
		const cache = filled(3, ['a', 'b', 'c', 'd', 'e'], evicted);
		expect(evicted).toEqual(['a', 'b']);
		expect(cache.keys()).toEqual(['e', 'd', 'c']);
	});

	it('get refreshes recency, so a read entry survives the next eviction', () => {
		const evicted: string[] = [];
		const cache = filled(3, ['a', 'b', 'c'], evicted);
		expect(cache.get('a')).toBe(0);
		cache.set('d', 3);
		expect(evicted).toEqual(['b']);
		expect(cache.has('a')).toBe(true);
	});

	it('set of an existing key updates the value without growing or evicting', () => {
		const evicted: string[] = [];
		const cache = filled(2, ['a', 'b'], evicted);
		cache.set('a', 42);
		expect(cache.size).toBe(2);
		expect(evicted).toEqual([]);
		expect(cache.get('a')).toBe(42);
		// The overwrite also counts as a use: b is now the oldest.
		cache.set('c', 7);
		expect(evicted).toEqual(['b']);
	});

	it('works at capacity 1', () => {
		const evicted: string[] = [];
		const cache = filled(1, ['a'], evicted);
		cache.set('a', 10);
		expect(evicted).toEqual([]);
		cache.set('b', 20);
		expect(evicted).toEqual(['a']);
		expect(cache.get('a')).toBeUndefined();
		expect(cache.get('b')).toBe(20);
		expect(cache.size).toBe(1);
	});

	it('peek and has do not refresh recency', () => {
		const evicted: string[] = [];
		const cache = filled(2, ['a', 'b'], evicted);
		expect(cache.peek('a')).toBe(0);
		expect(cache.has('a')).toBe(true);
		cache.set('c', 2);
		expect(evicted).toEqual(['a']);
	});

	it('delete frees a slot without firing onEvict', () => {
		const evicted: string[] = [];
		const cache = filled(2, ['a', 'b'], evicted);
		expect(cache.delete('a')).toBe(true);
		expect(cache.delete('a')).toBe(false);
		cache.set('c', 2);
		expect(evicted).toEqual([]);
		expect(cache.keys()).toEqual(['c', 'b']);
	});

	it('passes the evicted key and value to the callback; a miss returns undefined', () => {
		const seen: [string, number][] = [];
		const cache = new LruCache<string, number>({
			capacity: 1,
			onEvict: (k, v) => seen.push([k, v]),
		});
		cache.set('x', 1).set('y', 2);
		expect(seen).toEqual([['x', 1]]);
		expect(cache.get('missing')).toBeUndefined();
	});

	it('keeps list and index consistent through a long mixed workload', () => {
		const cache = new LruCache<number, number>({ capacity: 8 });
		const model: number[] = []; // reference model: most recent first
		let seed = 7;
		const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % 20;
		for (let step = 0; step < 2000; step++) {
			const key = next();
			if (step % 3 === 0) {
				const hit = cache.get(key) !== undefined;
				expect(hit).toBe(model.includes(key));
				if (hit) {
					model.splice(model.indexOf(key), 1);
					model.unshift(key);
				}
			} else {
				cache.set(key, step);
				if (model.includes(key)) model.splice(model.indexOf(key), 1);
				model.unshift(key);
				if (model.length > 8) model.pop();
			}
			expect(cache.keys()).toEqual(model);
		}
	});

	it('rejects a capacity below 1 or not an integer', () => {
		expect(() => new LruCache({ capacity: 0 })).toThrow(RangeError);
		expect(() => new LruCache({ capacity: 2.5 })).toThrow(RangeError);
	});
});
