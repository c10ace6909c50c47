import { describe, it, expect } from 'vitest';
import {
	nearestRankPercentile,
	percentiles,
} from '../../../../src/reference/scaling/percentiles.ts';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('nearestRankPercentile', () => {
	it('takes the value at rank ceil(p/100 * n)', () => {
		expect(nearestRankPercentile(oneToHundred, 50)).toBe(50);
		expect(nearestRankPercentile(oneToHundred, 99)).toBe(99);
		expect(nearestRankPercentile(oneToHundred, 99.5)).toBe(100);
		expect(nearestRankPercentile(oneToHundred, 100)).toBe(100);
		expect(nearestRankPercentile(oneToHundred, 0.1)).toBe(1);
		expect(nearestRankPercentile([40, 10, 30, 20, 50], 30)).toBe(20);
		expect(nearestRankPercentile([40, 10, 30, 20, 50], 40)).toBe(20);
		expect(nearestRankPercentile([40, 10, 30, 20, 50], 41)).toBe(30);
	});

	it('always returns one of the samples and leaves the input unsorted', () => {
		const samples = [12.5, 3, 7.25, 100, 42];
		const copy = [...samples];
		for (const p of [1, 25, 50, 75, 90, 99, 100]) {
			expect(samples).toContain(nearestRankPercentile(samples, p));
		}
		expect(samples).toEqual(copy);
	});

	it('computes several percentiles from one sort', () => {
		expect(percentiles(oneToHundred, [50, 90, 99, 100])).toEqual([50, 90, 99, 100]);
	});

	it('shows why averaging per-server p99s is meaningless', () => {
		const fastServer = Array.from({ length: 1_000 }, () => 10);
		const spikyServer = [
			...Array.from({ length: 980 }, () => 10),
			...Array.from({ length: 20 }, () => 500),
		];
		const averageOfP99s =
			(nearestRankPercentile(fastServer, 99) + nearestRankPercentile(spikyServer, 99)) / 2;
		const trueP99 = nearestRankPercentile([...fastServer, ...spikyServer], 99);
		expect(averageOfP99s).toBe(255);
		// 20 slow requests out of 2,000 is exactly 1%, so the fleet-wide p99 is still fast.
		expect(trueP99).toBe(10);
		expect(nearestRankPercentile([...fastServer, ...spikyServer], 99.5)).toBe(500);
	});

	it('rejects an empty sample set and percentiles outside (0, 100]', () => {
		expect(() => nearestRankPercentile([], 50)).toThrow(/at least one sample/);
		expect(() => nearestRankPercentile([1], 0)).toThrow(/greater than 0/);
		expect(() => nearestRankPercentile([1], 101)).toThrow(/at most 100/);
	});
});
