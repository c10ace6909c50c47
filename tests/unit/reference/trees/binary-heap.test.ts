import { describe, it, expect } from 'vitest';
import { BinaryHeap } from '../../../../src/reference/trees/binary-heap.ts';
import { kWayMerge } from '../../../../src/reference/trees/k-way-merge.ts';
import { RunningMedian } from '../../../../src/reference/trees/running-median.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const ascending = (a: number, b: number): number => a - b;

function randomNumbers(random: () => number, count: number): number[] {
	return Array.from({ length: count }, () => Math.floor(random() * 100));
}

function drain<T>(heap: BinaryHeap<T>): T[] {
	const out: T[] = [];
	for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
	return out;
}

describe('BinaryHeap', () => {
	it('pops in the same order as a sort, under interleaved pushes and pops', () => {
		const random = seededRandom(2024);
		const heap = new BinaryHeap(ascending);
		const model: number[] = [];
		for (let step = 0; step < 5000; step++) {
			if (random() < 0.6) {
				const value = Math.floor(random() * 1000);
				heap.push(value);
				model.push(value);
			} else {
				model.sort(ascending);
				expect(heap.pop()).toBe(model.shift());
			}
			expect(heap.size).toBe(model.length);
		}
		expect(drain(heap)).toEqual(model.sort(ascending));
	});

	it('builds from an array (heapify) and yields a sorted drain, with duplicates', () => {
		const random = seededRandom(1);
		for (let trial = 0; trial < 100; trial++) {
			const values = randomNumbers(random, Math.floor(random() * 60));
			expect(drain(new BinaryHeap(ascending, values))).toEqual([...values].sort(ascending));
		}
	});

	it('builds in linear time: at most 2n comparisons, where n pushes cost n log n', () => {
		const n = 4096;
		// Descending input is the worst case for pushes into a min-heap: each one sifts to the root.
		const descendingValues = Array.from({ length: n }, (_, i) => n - i);
		let comparisons = 0;
		const counting = (a: number, b: number): number => {
			comparisons++;
			return a - b;
		};
		const built = new BinaryHeap(counting, descendingValues);
		expect(comparisons).toBeLessThanOrEqual(2 * n);
		expect(built.peek()).toBe(1);
		comparisons = 0;
		const pushed = new BinaryHeap(counting);
		for (const value of descendingValues) pushed.push(value);
		// Sum of floor(log2 i) for i = 1..4096: about 41,000, ten times the bound above.
		expect(comparisons).toBeGreaterThan(5 * 2 * n);
	});

	it('becomes a max-heap with a reversed comparator', () => {
		const heap = new BinaryHeap<number>((a, b) => b - a, [3, 9, 1, 7]);
		expect(heap.peek()).toBe(9);
		expect(heap.replaceTop(4)).toBe(9);
		expect(drain(heap)).toEqual([7, 4, 3, 1]);
	});

	it('returns undefined from an empty heap and refuses replaceTop', () => {
		const heap = new BinaryHeap(ascending);
		expect(heap.pop()).toBeUndefined();
		expect(heap.peek()).toBeUndefined();
		expect(() => heap.replaceTop(1)).toThrow(/empty heap/);
	});
});

describe('kWayMerge', () => {
	it('produces the sorted concatenation of random sorted runs', () => {
		const random = seededRandom(3);
		for (let trial = 0; trial < 50; trial++) {
			const runs = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
				randomNumbers(random, Math.floor(random() * 20)).sort(ascending),
			);
			expect([...kWayMerge(runs, ascending)]).toEqual(runs.flat().sort(ascending));
		}
	});

	it('keeps equal keys in source order and reads sources lazily', () => {
		const events = [
			[
				{ at: 1, from: 'a' },
				{ at: 2, from: 'a' },
			],
			[{ at: 1, from: 'b' }],
			[
				{ at: 1, from: 'c' },
				{ at: 3, from: 'c' },
			],
		];
		const merged = [...kWayMerge(events, (x, y) => x.at - y.at)].map((e) => `${e.at}${e.from}`);
		expect(merged).toEqual(['1a', '1b', '1c', '2a', '3c']);

		function* endless(): Generator<number> {
			for (let i = 0; ; i++) yield i;
		}
		const firstFive: number[] = [];
		for (const value of kWayMerge([endless(), endless()], ascending)) {
			firstFive.push(value);
			if (firstFive.length === 5) break;
		}
		expect(firstFive).toEqual([0, 0, 1, 1, 2]);
	});
});

describe('RunningMedian', () => {
	it('matches the median of the sorted prefix after every value', () => {
		const random = seededRandom(8);
		const median = new RunningMedian();
		const seen: number[] = [];
		expect(median.median()).toBeUndefined();
		for (let i = 0; i < 1000; i++) {
			const value = Math.floor(random() * 50) - 25;
			median.add(value);
			seen.push(value);
			const sorted = [...seen].sort(ascending);
			const mid = sorted.length >> 1;
			const expected =
				sorted.length % 2 === 1
					? sorted[mid]
					: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
			expect(median.median()).toBe(expected);
		}
		expect(median.count).toBe(1000);
	});
});
