import { describe, it, expect } from 'vitest';
import { quickselectTopK, topKLargest } from '../../../../src/reference/trees/top-k.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const ascending = (a: number, b: number): number => a - b;
const descending = (a: number, b: number): number => b - a;

describe('top k largest', () => {
	it('the heap version matches sort-and-slice, largest first', () => {
		const random = seededRandom(31);
		for (let trial = 0; trial < 200; trial++) {
			const values = Array.from({ length: Math.floor(random() * 80) }, () =>
				Math.floor(random() * 40),
			);
			const k = Math.floor(random() * 12);
			expect(topKLargest(values, k, ascending)).toEqual([...values].sort(descending).slice(0, k));
		}
	});

	it('the quickselect version returns the same multiset', () => {
		const random = seededRandom(32);
		const pivot = seededRandom(33);
		for (let trial = 0; trial < 200; trial++) {
			const values = Array.from({ length: Math.floor(random() * 80) }, () =>
				Math.floor(random() * 40),
			);
			const k = Math.floor(random() * 12);
			const expected = [...values].sort(descending).slice(0, k);
			expect(quickselectTopK([...values], k, ascending, pivot).sort(descending)).toEqual(expected);
		}
	});

	it('quickselect stays linear on distinct keys and on keys that are all equal', () => {
		let comparisons = 0;
		const counting = (a: number, b: number): number => {
			comparisons++;
			return a - b;
		};
		const random = seededRandom(34);
		const n = 4000;
		const distinct = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
		expect(quickselectTopK(distinct, n / 2, counting, seededRandom(35)).sort(descending)).toEqual(
			Array.from({ length: n / 2 }, (_, i) => n - 1 - i),
		);
		// Expected cost for the median is about 3.4n; a sort would be about n log2 n = 12n.
		expect(comparisons).toBeLessThan(5 * n);
		comparisons = 0;
		// With a two-way partition every pass settles one equal key: about n^2 / 4 comparisons here.
		expect(
			quickselectTopK(new Array<number>(n).fill(7), n / 2, counting, seededRandom(36)),
		).toEqual(new Array<number>(n / 2).fill(7));
		expect(comparisons).toBeLessThanOrEqual(n);
	});

	it('reads a stream once and refuses a negative k', () => {
		function* stream(): Generator<{ endpoint: string; hits: number }> {
			yield { endpoint: '/a', hits: 5 };
			yield { endpoint: '/b', hits: 50 };
			yield { endpoint: '/c', hits: 7 };
			yield { endpoint: '/d', hits: 20 };
		}
		const top = topKLargest(stream(), 2, (x, y) => x.hits - y.hits);
		expect(top.map((e) => e.endpoint)).toEqual(['/b', '/d']);
		expect(() => topKLargest([1], -1, ascending)).toThrow(/k must be/);
	});
});
