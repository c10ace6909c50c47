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
