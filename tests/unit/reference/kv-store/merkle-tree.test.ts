import { describe, it, expect } from 'vitest';
import {
	buildMerkleTree,
	diffMerkleTrees,
	rangeOf,
} from '../../../../src/reference/kv-store/merkle-tree.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const DEPTH = 10; // 1,024 key ranges

function replica(keys: number): Map<string, string> {
	const data = new Map<string, string>();
	for (let i = 0; i < keys; i++) data.set(`user:${i}`, 'v1');
	return data;
}

describe('Merkle tree anti-entropy', () => {
	it('finds nothing to repair between identical replicas, with a single comparison', () => {
		const a = buildMerkleTree(replica(5_000), DEPTH);
		const b = buildMerkleTree(replica(5_000), DEPTH);
		expect(diffMerkleTrees(a, b)).toEqual({ ranges: [], comparisons: 1 });
	});

	it('finds exactly the ranges holding changed, missing or extra keys', () => {
		const random = seededRandom(7);
		const a = replica(5_000);
		const b = new Map(a);
		const changed = Array.from({ length: 5 }, () => `user:${Math.floor(random() * 5_000)}`);
		for (const key of changed) b.set(key, 'v2');
		b.delete('user:4999');
		b.set('user:extra', 'v1');
		const expected = [
			...new Set([...changed, 'user:4999', 'user:extra'].map((k) => rangeOf(k, DEPTH))),
		];

		const diff = diffMerkleTrees(buildMerkleTree(a, DEPTH), buildMerkleTree(b, DEPTH));
		expect([...diff.ranges].sort((x, y) => x - y)).toEqual(expected.sort((x, y) => x - y));
		// At most 7 root-to-leaf paths of 2 x 10 + 1 nodes each, far fewer than 2,047 nodes.
		expect(diff.comparisons).toBeLessThanOrEqual(7 * (2 * DEPTH + 1));
	});

	it('costs exactly 2 x depth + 1 = 21 comparisons for one differing key at depth 10', () => {
		const a = replica(5_000);
		const b = new Map(a);
		b.set('user:123', 'v2');
		const diff = diffMerkleTrees(buildMerkleTree(a, DEPTH), buildMerkleTree(b, DEPTH));
		expect(diff).toEqual({ ranges: [rangeOf('user:123', DEPTH)], comparisons: 21 });
	});

	it('does not depend on insertion order', () => {
		const forward = replica(300);
		const backward = new Map([...forward].reverse());
		const diff = diffMerkleTrees(buildMerkleTree(forward, 6), buildMerkleTree(backward, 6));
		expect(diff.ranges).toEqual([]);
	});

	it('refuses to compare trees of different depths, naming both', () => {
		expect(() =>
			diffMerkleTrees(buildMerkleTree(replica(10), 4), buildMerkleTree(replica(10), 5)),
		).toThrow('trees must have the same depth to compare (got 4 and 5)');
	});
});
