import { describe, it, expect } from 'vitest';
import {
	ConsistentHashRing,
	hash32,
} from '../../../../src/reference/hashing/consistent-hash-ring.ts';
import { movedShare } from '../../../../src/reference/hashing/modulo-sharding.ts';

const KEYS = Array.from({ length: 10_000 }, (_, i) => `user:${i}`);

function ringOf(nodes: string[], vnodes = 160): ConsistentHashRing {
	const ring = new ConsistentHashRing(vnodes);
	for (const node of nodes) ring.addNode(node);
	return ring;
}

function ownership(ring: ConsistentHashRing, keys: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const key of keys) {
		const node = ring.getNode(key)!;
		counts.set(node, (counts.get(node) ?? 0) + 1);
	}
	return counts;
}

describe('hash32', () => {
	it('is deterministic and returns unsigned 32-bit integers', () => {
		expect(hash32('user:42')).toBe(hash32('user:42'));
		for (const key of KEYS.slice(0, 500)) {
			const h = hash32(key);
			expect(Number.isInteger(h)).toBe(true);
			expect(h).toBeGreaterThanOrEqual(0);
			expect(h).toBeLessThan(2 ** 32);
		}
	});

	it('spreads similar keys over the whole range (top bits vary)', () => {
		const buckets = new Array<number>(16).fill(0);
		for (const key of KEYS) buckets[hash32(key) >>> 28]! += 1;
		for (const count of buckets) expect(count).toBeGreaterThan(KEYS.length / 16 / 2);
	});
});

describe('ConsistentHashRing', () => {
	it('returns undefined on an empty ring and the only node on a one-node ring', () => {
		const ring = new ConsistentHashRing(8);
		expect(ring.getNode('k')).toBeUndefined();
		ring.addNode('a');
		expect(KEYS.slice(0, 100).every((key) => ring.getNode(key) === 'a')).toBe(true);
	});

	it('moves about 1/(N+1) of keys when a fifth node joins, all of them to the new node', () => {
		const before = ringOf(['db-0', 'db-1', 'db-2', 'db-3']);
		const after = ringOf(['db-0', 'db-1', 'db-2', 'db-3', 'db-4']);
		const share = movedShare(KEYS, before, after);
		// Ideal is 1/5 = 0.20; vnode placement makes it vary a little around that.
		expect(share).toBeGreaterThan(0.1);
		expect(share).toBeLessThan(0.3);
		for (const key of KEYS) {
			if (before.getNode(key) !== after.getNode(key)) expect(after.getNode(key)).toBe('db-4');
		}
	});

	it('moves exactly the departing node keys when a node leaves, and nothing else', () => {
		const ring = ringOf(['db-0', 'db-1', 'db-2', 'db-3', 'db-4']);
		const owners = new Map(KEYS.map((key) => [key, ring.getNode(key)]));
		ring.removeNode('db-2');
		let movedFromOthers = 0;
		let movedFromLeaver = 0;
		for (const key of KEYS) {
			const was = owners.get(key);
			const now = ring.getNode(key);
			if (was === 'db-2') {
				expect(now).not.toBe('db-2');
				movedFromLeaver++;
			} else if (now !== was) {
				movedFromOthers++;
			}
		}
		expect(movedFromOthers).toBe(0);
		expect(movedFromLeaver).toBeGreaterThan(0);
		expect(ring.nodes).toEqual(['db-0', 'db-1', 'db-3', 'db-4']);
	});

	it('spreads load within +/-15% of the mean with 160 vnodes per node', () => {
		const nodes = Array.from({ length: 8 }, (_, i) => `cache-${i}`);
		const counts = ownership(ringOf(nodes, 160), KEYS);
		const mean = KEYS.length / nodes.length;
		expect(counts.size).toBe(nodes.length);
		for (const count of counts.values()) {
			expect(count).toBeGreaterThan(mean * 0.85);
			expect(count).toBeLessThan(mean * 1.15);
		}
	});

	it('with one point per node, the busiest node holds over 5x the least busy (why vnodes exist)', () => {
		const nodes = Array.from({ length: 8 }, (_, i) => `cache-${i}`);
		const spread = (vnodes: number): number => {
			const counts = [...ownership(ringOf(nodes, vnodes), KEYS).values()];
			while (counts.length < nodes.length) counts.push(0);
			return Math.max(...counts) / Math.min(...counts, Number.MAX_SAFE_INTEGER);
		};
		// The sharding page quotes this spread (about 9x with 1 point, about 1.2x with 160).
		expect(spread(1)).toBeGreaterThan(5);
		expect(spread(160)).toBeLessThan(1.5);
	});

	it('is deterministic regardless of the order nodes were added', () => {
		const a = ringOf(['x', 'y', 'z']);
		const b = ringOf(['z', 'x', 'y']);
		const c = ringOf(['x', 'y', 'z']);
		for (const key of KEYS.slice(0, 2_000)) {
			expect(a.getNode(key)).toBe(b.getNode(key));
			expect(a.getNode(key)).toBe(c.getNode(key));
		}
	});

	it('ignores duplicate adds and unknown removes', () => {
		const ring = ringOf(['a', 'b']);
		const before = KEYS.slice(0, 500).map((key) => ring.getNode(key));
		ring.addNode('a');
		ring.removeNode('nope');
		expect(KEYS.slice(0, 500).map((key) => ring.getNode(key))).toEqual(before);
		expect(ring.nodes).toEqual(['a', 'b']);
	});

	it('returns distinct replica nodes clockwise, starting with the owner', () => {
		const ring = ringOf(['a', 'b', 'c', 'd']);
		for (const key of KEYS.slice(0, 200)) {
			const replicas = ring.getNodes(key, 3);
			expect(replicas).toHaveLength(3);
			expect(new Set(replicas).size).toBe(3);
			expect(replicas[0]).toBe(ring.getNode(key));
		}
		expect(ring.getNodes('k', 10)).toHaveLength(4);
	});

	it('wraps keys past the highest point to the first point on the ring', () => {
		// A hash we control: nodes sit at 100 and 200; a key at 250 must wrap to the node at 100.
		const positions: Record<string, number> = {
			'low#0': 100,
			'high#0': 200,
			k50: 50,
			k150: 150,
			k250: 250,
		};
		const ring = new ConsistentHashRing(1, (input) => positions[input] ?? 0);
		ring.addNode('low');
		ring.addNode('high');
		expect(ring.getNode('k50')).toBe('low');
		expect(ring.getNode('k150')).toBe('high');
		expect(ring.getNode('k250')).toBe('low');
	});

	it('rejects a non-positive vnode count', () => {
		expect(() => new ConsistentHashRing(0)).toThrow(RangeError);
	});
});
