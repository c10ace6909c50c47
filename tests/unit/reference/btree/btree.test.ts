import { describe, it, expect } from 'vitest';
import {
	BPlusTree,
	defaultCompare,
	type BPlusNode,
} from '../../../../src/reference/btree/btree.ts';
import { seededRandom } from '../../support/seeded-random.ts';

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

interface ShapeReport {
	leafDepths: Set<number>;
	violations: string[];
}

/** Walks the whole tree checking the B+tree invariants a reader relies on. */
function checkShape<K>(tree: BPlusTree<K, unknown>, compare: (a: K, b: K) => number): ShapeReport {
	const order = tree.order;
	const report: ShapeReport = { leafDepths: new Set(), violations: [] };
	const minLeafKeys = Math.floor(order / 2);
	const minInternalKeys = Math.ceil(order / 2) - 1;
	const visit = (
		node: Readonly<BPlusNode<K, unknown>>,
		depth: number,
		isRoot: boolean,
		low?: K,
		high?: K,
	): void => {
		if (node.keys.length > order - 1)
			report.violations.push(`node at depth ${depth} has ${node.keys.length} keys`);
		for (let i = 1; i < node.keys.length; i++) {
			if (compare(node.keys[i - 1]!, node.keys[i]!) >= 0)
				report.violations.push(`unsorted keys at depth ${depth}`);
		}
		for (const key of node.keys) {
			if (low !== undefined && compare(key, low) < 0)
				report.violations.push(`key below its subtree bound`);
			if (high !== undefined && compare(key, high) >= 0)
				report.violations.push(`key above its subtree bound`);
		}
		if (node.kind === 'leaf') {
			report.leafDepths.add(depth);
			if (!isRoot && node.keys.length < minLeafKeys)
				report.violations.push(`underfull leaf: ${node.keys.length}`);
			return;
		}
		if (!isRoot && node.keys.length < minInternalKeys)
			report.violations.push(`underfull internal: ${node.keys.length}`);
		if (node.children.length !== node.keys.length + 1)
			report.violations.push(`children != keys + 1`);
		node.children.forEach((child, i) =>
			visit(
				child,
				depth + 1,
				false,
				i === 0 ? low : node.keys[i - 1],
				i === node.keys.length ? high : node.keys[i],
			),
		);
	};
	visit(tree.root, 1, true);
	return report;
}

const N = 5_000;
const keys = Array.from({ length: N }, (_, i) => i * 3);

describe.each([3, 4, 5, 32])('BPlusTree of order %i', (order) => {
	const orders: Array<[string, number[]]> = [
		['random (seeded)', shuffled(keys, seededRandom(order * 7919))],
		['ascending', [...keys]],
		['descending', [...keys].reverse()],
	];

	describe.each(orders)('%s inserts', (_label, insertOrder) => {
		const tree = new BPlusTree<number, string>(order, defaultCompare);
		for (const key of insertOrder) tree.set(key, `v${key}`);

		it('finds every inserted key and reports the size', () => {
			expect(tree.size).toBe(N);
			const missing = keys.filter((key) => tree.get(key) !== `v${key}`);
			expect(missing).toEqual([]);
		});

		it('does not find keys that were never inserted', () => {
			expect(tree.get(-1)).toBeUndefined();
			expect(tree.get(1)).toBeUndefined();
			expect(tree.get(N * 3)).toBeUndefined();
		});

		it('range scan equals a sorted filter of the inserted keys, bounds inclusive', () => {
			const cases: Array<[number, number]> = [
				[0, 0],
				[3, 300],
				[1, 2],
				[100, 4_000],
				[14_000, 99_999],
				[-50, 30],
				[-10, N * 3],
			];
			for (const [low, high] of cases) {
				const expected = keys.filter((key) => key >= low && key <= high);
				const actual = [...tree.range(low, high)].map(([key]) => key);
				expect(actual).toEqual(expected);
			}
		});

		it('keeps every leaf at one depth and the height logarithmic', () => {
			const { leafDepths } = checkShape(tree, defaultCompare);
			expect(leafDepths.size).toBe(1);
			const minChildren = Math.ceil(order / 2);
			// A tree where every node is minimally full is the tallest possible: bound height by it.
			const maxHeight =
				1 + Math.ceil(Math.log(N / Math.floor(order / 2)) / Math.log(minChildren)) + 1;
			expect(tree.height()).toBeLessThanOrEqual(maxHeight);
			expect(tree.height()).toBeGreaterThanOrEqual(Math.ceil(Math.log(N) / Math.log(order)));
		});

		it('respects the node size invariants and the key ordering between levels', () => {
			expect(checkShape(tree, defaultCompare).violations).toEqual([]);
		});
	});
});

describe('BPlusTree behavior details', () => {
	it('treats an existing key as an upsert: value replaced, size unchanged', () => {
		const tree = new BPlusTree<number, string>(4, defaultCompare);
		for (let i = 0; i < 100; i++) tree.set(i, 'first');
		for (let i = 0; i < 100; i += 2) tree.set(i, 'second');
		expect(tree.size).toBe(100);
		expect(tree.get(10)).toBe('second');
		expect(tree.get(11)).toBe('first');
		expect([...tree.range(0, 99)].length).toBe(100);
	});

	it('supports string keys, and a custom comparator changes the order', () => {
		const words = [
			'pear',
			'apple',
			'fig',
			'banana',
			'cherry',
			'date',
			'grape',
			'kiwi',
			'lemon',
			'mango',
		];
		const natural = new BPlusTree<string, number>(3, defaultCompare);
		words.forEach((word, i) => natural.set(word, i));
		expect([...natural.range('b', 'g')].map(([key]) => key)).toEqual([
			'banana',
			'cherry',
			'date',
			'fig',
		]);

		const byLength = (a: string, b: string): number => a.length - b.length || defaultCompare(a, b);
		const lengthTree = new BPlusTree<string, number>(3, byLength);
		words.forEach((word, i) => lengthTree.set(word, i));
		expect([...lengthTree.range('a', 'zzzzzzzzzz')].map(([key]) => key)).toEqual(
			[...words].sort(byLength),
		);
	});

	it('returns an empty range when low > high or the tree is empty', () => {
		const tree = new BPlusTree<number, number>(4, defaultCompare);
		expect([...tree.range(0, 10)]).toEqual([]);
		for (let i = 0; i < 50; i++) tree.set(i, i);
		expect([...tree.range(30, 20)]).toEqual([]);
	});

	it('grows only by splitting the root: a fan-out of 200 holds 100,000 keys in 3 levels', () => {
		const tree = new BPlusTree<number, number>(200, defaultCompare);
		const random = seededRandom(42);
		for (const key of shuffled(
			Array.from({ length: 100_000 }, (_, i) => i),
			random,
		))
			tree.set(key, key);
		expect(tree.height()).toBe(3);
		expect(tree.get(99_999)).toBe(99_999);
	});

	it('rejects an order below 3', () => {
		expect(() => new BPlusTree<number, number>(2, defaultCompare)).toThrow(RangeError);
		expect(() => new BPlusTree<number, number>(3.5, defaultCompare)).toThrow(RangeError);
	});
});
