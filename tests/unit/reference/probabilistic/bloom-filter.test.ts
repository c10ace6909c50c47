import { describe, it, expect } from 'vitest';
import {
	BloomFilter,
	expectedFalsePositiveRate,
	optimalBitCount,
	optimalHashCount,
} from '../../../../src/reference/probabilistic/bloom-filter.ts';
import { randomKeys, seededRandom } from './random-inputs.ts';

describe('Bloom filter sizing', () => {
	it('needs about 9.59 bits per key and 7 hashes for a 1% false-positive rate', () => {
		const bits = optimalBitCount(1_000_000, 0.01);
		expect(bits / 1_000_000).toBeCloseTo(9.585, 3);
		expect(optimalHashCount(bits, 1_000_000)).toBe(7);
	});

	it('adds about 4.79 bits per key for every tenfold drop in the rate', () => {
		const perKey = (rate: number): number => optimalBitCount(1_000_000, rate) / 1_000_000;
		expect(perKey(0.1)).toBeCloseTo(4.793, 3);
		expect(perKey(0.001) - perKey(0.01)).toBeCloseTo(4.793, 2);
		expect(optimalHashCount(optimalBitCount(1_000_000, 0.001), 1_000_000)).toBe(10);
	});

	it('predicts the target rate back from the size it chose', () => {
		for (const rate of [0.1, 0.01, 0.001]) {
			const filter = BloomFilter.forCapacity(50_000, rate);
			const predicted = expectedFalsePositiveRate(filter.bits, filter.hashes, 50_000);
			// Rounding k to a whole number moves the rate by a few percent of itself, no more.
			expect(Math.abs(predicted - rate) / rate).toBeLessThan(0.05);
		}
	});

	it('rejects sizes and rates that make no sense, naming the field', () => {
		expect(() => optimalBitCount(0, 0.01)).toThrow(/capacity/);
		expect(() => optimalBitCount(100, 1)).toThrow(/rate/);
		expect(() => new BloomFilter(1024, 0)).toThrow(/hashes/);
		expect(() => new BloomFilter(0.5, 3)).toThrow(/bits/);
	});
});

describe('BloomFilter', () => {
	it('never returns a false negative', () => {
		const filter = BloomFilter.forCapacity(20_000, 0.01);
		const members = randomKeys('member', 20_000, seededRandom(21));
		for (const key of members) filter.add(key);
		expect(members.every((key) => filter.mightContain(key))).toBe(true);
	});

	it('answers "absent" for every key when empty', () => {
		const filter = BloomFilter.forCapacity(1_000, 0.01);
		expect(randomKeys('q', 1_000, seededRandom(3)).some((key) => filter.mightContain(key))).toBe(
			false,
		);
	});

	it.each([
		{ rate: 0.1, seed: 11 },
		{ rate: 0.01, seed: 12 },
		{ rate: 0.001, seed: 13 },
	])(
		'measures a false-positive rate within four sampling standard deviations of the formula at p = $rate',
		({ rate, seed }) => {
			const capacity = 10_000;
			const queries = 200_000;
			const random = seededRandom(seed);
			const filter = BloomFilter.forCapacity(capacity, rate);
			for (const key of randomKeys('member', capacity, random)) filter.add(key);
			let falsePositives = 0;
			for (const key of randomKeys('query', queries, random)) {
				if (filter.mightContain(key)) falsePositives++;
			}
			const measured = falsePositives / queries;
			const expected = expectedFalsePositiveRate(filter.bits, filter.hashes, capacity);
			const samplingError = Math.sqrt((expected * (1 - expected)) / queries);
			expect(Math.abs(measured - expected)).toBeLessThan(4 * samplingError);
		},
		30_000,
	);

	it('sets about half its bits when full at the optimal hash count', () => {
		const filter = BloomFilter.forCapacity(10_000, 0.01);
		for (const key of randomKeys('member', 10_000, seededRandom(5))) filter.add(key);
		expect(filter.fillRatio()).toBeGreaterThan(0.48);
		expect(filter.fillRatio()).toBeLessThan(0.55);
	});

	it('degrades as the formula predicts when overfilled: twice the planned keys gives about 16%, not 2%', () => {
		const random = seededRandom(8);
		const filter = BloomFilter.forCapacity(5_000, 0.01);
		for (const key of randomKeys('member', 10_000, random)) filter.add(key);
		let falsePositives = 0;
		const queries = randomKeys('query', 50_000, random);
		for (const key of queries) if (filter.mightContain(key)) falsePositives++;
		const measured = falsePositives / queries.length;
		// The formula says 15.7% at n = 2 * capacity with k = 7; far above 2 * 1%.
		const expected = expectedFalsePositiveRate(filter.bits, filter.hashes, 10_000);
		expect(expected).toBeCloseTo(0.157, 3);
		const samplingError = Math.sqrt((expected * (1 - expected)) / queries.length);
		expect(Math.abs(measured - expected)).toBeLessThan(4 * samplingError);
		expect(measured).toBeGreaterThan(0.1);
		expect(filter.count).toBe(10_000);
	});
});
