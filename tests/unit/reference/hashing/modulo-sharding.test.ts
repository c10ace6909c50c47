import { describe, it, expect } from 'vitest';
import { ModuloSharding, movedShare } from '../../../../src/reference/hashing/modulo-sharding.ts';
import { ConsistentHashRing } from '../../../../src/reference/hashing/consistent-hash-ring.ts';

const KEYS = Array.from({ length: 10_000 }, (_, i) => `user:${i}`);
const shards = (n: number): string[] => Array.from({ length: n }, (_, i) => `db-${i}`);

describe('ModuloSharding', () => {
	it('places keys deterministically on one of the shards', () => {
		const a = new ModuloSharding(shards(4));
		const b = new ModuloSharding(shards(4));
		for (const key of KEYS.slice(0, 1_000)) {
			expect(a.getNode(key)).toBe(b.getNode(key));
			expect(shards(4)).toContain(a.getNode(key));
		}
	});

	it('spreads keys evenly when N is fixed', () => {
		const sharding = new ModuloSharding(shards(4));
		const counts = new Map<string, number>();
		for (const key of KEYS)
			counts.set(sharding.getNode(key), (counts.get(sharding.getNode(key)) ?? 0) + 1);
		for (const count of counts.values()) {
			expect(count).toBeGreaterThan(2_500 * 0.9);
			expect(count).toBeLessThan(2_500 * 1.1);
		}
	});

	it('moves most keys (about 4/5) when going from 4 to 5 shards', () => {
		const share = movedShare(KEYS, new ModuloSharding(shards(4)), new ModuloSharding(shards(5)));
		expect(share).toBeGreaterThan(0.7);
	});

	it('moves half the keys even when doubling from 4 to 8 shards', () => {
		// Doubling is the friendly case: hash mod 8 keeps a key on shard i or moves it to i + 4.
		const before = new ModuloSharding(shards(4));
		const after = new ModuloSharding(shards(8));
		const share = movedShare(KEYS, before, after);
		expect(share).toBeGreaterThan(0.45);
		expect(share).toBeLessThan(0.55);
		for (const key of KEYS) {
			const from = Number(before.getNode(key).slice(3));
			const to = Number(after.getNode(key).slice(3));
			expect(to === from || to === from + 4).toBe(true);
		}
	});

	it('moves several times more keys than a consistent-hash ring for the same 4 -> 5 change', () => {
		const modulo = movedShare(KEYS, new ModuloSharding(shards(4)), new ModuloSharding(shards(5)));
		const ringBefore = new ConsistentHashRing(160);
		shards(4).forEach((node) => ringBefore.addNode(node));
		const ringAfter = new ConsistentHashRing(160);
		shards(5).forEach((node) => ringAfter.addNode(node));
		const ring = movedShare(KEYS, ringBefore, ringAfter);
		expect(modulo / ring).toBeGreaterThan(2.5);
	});

	it('rejects an empty shard list, and movedShare of no keys is 0', () => {
		expect(() => new ModuloSharding([])).toThrow(RangeError);
		expect(movedShare([], new ModuloSharding(['a']), new ModuloSharding(['b']))).toBe(0);
	});
});
