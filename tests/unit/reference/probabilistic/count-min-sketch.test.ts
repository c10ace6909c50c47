import { describe, it, expect } from 'vitest';
import {
	CountMinSketch,
	TopK,
	countMinDimensions,
} from '../../../../src/reference/probabilistic/count-min-sketch.ts';
import { seededRandom, zipfSampler } from './random-inputs.ts';

/** A skewed stream: 200,000 events over 10,000 items, Zipf exponent 1.1 (a few items dominate). */
function skewedStream(seed: number): string[] {
	const next = zipfSampler(10_000, 1.1, seededRandom(seed));
	return Array.from({ length: 200_000 }, () => `item${next()}`);
}

function trueCounts(stream: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const key of stream) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
}

describe('countMinDimensions', () => {
	it('sizes width = ceil(e / epsilon) and depth = ceil(ln(1 / delta))', () => {
		expect(countMinDimensions(0.001, 0.01)).toEqual({ width: 2719, depth: 5 });
		expect(countMinDimensions(0.01, 0.001)).toEqual({ width: 272, depth: 7 });
	});

	it('rejects parameters outside (0, 1)', () => {
		expect(() => countMinDimensions(0, 0.01)).toThrow(/epsilon/);
		expect(() => countMinDimensions(0.01, 1)).toThrow(/delta/);
	});
});

describe('CountMinSketch', () => {
	const stream = skewedStream(7);
	const truth = trueCounts(stream);

	it('never underestimates any key on a skewed stream', () => {
		const sketch = CountMinSketch.forError(0.001, 0.01);
		for (const key of stream) sketch.add(key);
		for (const [key, count] of truth) expect(sketch.estimate(key)).toBeGreaterThanOrEqual(count);
		expect(sketch.totalCount).toBe(200_000);
	});

	it('keeps every error within epsilon * N except for at most a delta share of keys', () => {
		// A deliberately small sketch (epsilon = 1%, 272 x 5) so collisions are frequent.
		const epsilon = 0.01;
		const delta = 0.01;
		const sketch = CountMinSketch.forError(epsilon, delta);
		for (const key of stream) sketch.add(key);
		let beyond = 0;
		for (const [key, count] of truth) {
			if (sketch.estimate(key) - count > epsilon * sketch.totalCount) beyond++;
		}
		expect(beyond / truth.size).toBeLessThanOrEqual(delta);
	});

	it('errs by far more with one row than with five, the reason for taking a minimum', () => {
		const oneRow = new CountMinSketch(272, 1);
		const fiveRows = new CountMinSketch(272, 5);
		for (const key of stream) {
			oneRow.add(key);
			fiveRows.add(key);
		}
		let oneRowError = 0;
		let fiveRowError = 0;
		for (const [key, count] of truth) {
			oneRowError += oneRow.estimate(key) - count;
			fiveRowError += fiveRows.estimate(key) - count;
		}
		expect(fiveRowError).toBeLessThan(oneRowError / 2);
	});

	it('refuses negative increments', () => {
		expect(() => new CountMinSketch(10, 2).add('a', -1)).toThrow(/cannot subtract/);
	});
});

describe('TopK', () => {
	it('finds the ten most frequent items of a skewed stream', () => {
		const stream = skewedStream(11);
		const truth = trueCounts(stream);
		const top = new TopK(10, CountMinSketch.forError(0.001, 0.01));
		for (const key of stream) top.add(key);
		const expected = [...truth]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 10)
			.map(([key]) => key);
		expect(new Set(top.list().map((hitter) => hitter.key))).toEqual(new Set(expected));
		const first = top.list()[0]!;
		expect(first.count).toBeGreaterThanOrEqual(truth.get(first.key)!);
	});

	it('keeps at most k candidates', () => {
		const top = new TopK(3, new CountMinSketch(64, 3));
		for (const key of ['a', 'b', 'c', 'd', 'e', 'a', 'a']) top.add(key);
		expect(top.list()).toHaveLength(3);
		expect(top.list()[0]).toEqual({ key: 'a', count: top.list()[0]!.count });
	});
});
