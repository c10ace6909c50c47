import { describe, it, expect } from 'vitest';
import {
	describeBloomFilter,
	evaluateBloomFilter,
	formatBytes,
	formatKeys,
	formatRate,
	hashRange,
} from '../../../../src/explorers/bloom-filter/bloom-filter-scenario.ts';
import {
	bloomChart,
	bloomChartLayout,
	xForHashes,
	yForRate,
} from '../../../../src/explorers/bloom-filter/bloom-filter-chart.ts';
import { expectedFalsePositiveRate } from '../../../../src/reference/probabilistic/bloom-filter.ts';

const defaults = { keys: 1_000_000, bitsPerKey: 10, hashes: 7 };

describe('evaluateBloomFilter', () => {
	it('gives the default case: 1.25 MB, about 0.82%, 7 hashes best', () => {
		const outcome = evaluateBloomFilter(defaults);
		expect(outcome.bits).toBe(10_000_000);
		expect(outcome.memoryBytes).toBe(1_250_000);
		expect(outcome.falsePositiveRate).toBeCloseTo((1 - Math.exp(-0.7)) ** 7, 10);
		expect(outcome.falsePositiveRate).toBeCloseTo(0.0082, 4);
		expect(outcome.bestHashes).toBe(7);
		expect(outcome.idealHashes).toBeCloseTo(6.93, 2);
		expect(outcome.fillRatio).toBeCloseTo(1 - Math.exp(-0.7), 10);
	});

	it('uses the same formula as the reference Bloom filter', () => {
		const outcome = evaluateBloomFilter({ keys: 5_000, bitsPerKey: 9.5, hashes: 4 });
		expect(outcome.falsePositiveRate).toBe(expectedFalsePositiveRate(47_500, 4, 5_000));
	});

	it('picks the whole-number hash count with the lowest rate', () => {
		for (const bitsPerKey of [1, 2.5, 4, 7.5, 9.5, 14, 20, 24]) {
			const outcome = evaluateBloomFilter({ keys: 10_000, bitsPerKey, hashes: 1 });
			for (let k = 1; k <= 40; k++) {
				expect(outcome.bestRate).toBeLessThanOrEqual(
					expectedFalsePositiveRate(outcome.bits, k, 10_000),
				);
			}
		}
	});

	it('charts one point per hash count and falls then rises around the ideal', () => {
		const outcome = evaluateBloomFilter(defaults);
		expect(outcome.curve.map((point) => point.hashes)).toEqual(
			Array.from({ length: hashRange.max }, (_, i) => i + 1),
		);
		const rates = outcome.curve.map((point) => point.rate);
		const lowest = rates.indexOf(Math.min(...rates)) + 1;
		expect(lowest).toBe(outcome.bestHashes);
		expect(rates[0]!).toBeGreaterThan(rates[6]!);
		expect(rates[15]!).toBeGreaterThan(rates[6]!);
	});

	it('rejects impossible input, naming the field', () => {
		expect(() => evaluateBloomFilter({ ...defaults, keys: 0 })).toThrow(/keys/);
		expect(() => evaluateBloomFilter({ ...defaults, bitsPerKey: 0 })).toThrow(/bitsPerKey/);
		expect(() => evaluateBloomFilter({ ...defaults, hashes: 1.5 })).toThrow(/hashes/);
	});
});

describe('formatting', () => {
	it('reads keys, bytes and rates the way the summary says them', () => {
		expect(formatKeys(1_000_000)).toBe('1,000,000 keys');
		expect(formatKeys(1)).toBe('1 key');
		expect(formatBytes(125)).toBe('125 bytes');
		expect(formatBytes(1_250_000)).toBe('1.25 MB');
		expect(formatBytes(1_198_125_000)).toBe('1.2 GB');
		expect(formatRate(0.25)).toBe('25%');
		expect(formatRate(0.0082)).toBe('0.82% (about 1 in 122)');
	});

	it('summarizes the default case in one sentence', () => {
		expect(describeBloomFilter(evaluateBloomFilter(defaults))).toBe(
			'1,000,000 keys at 10 bits per key take 1.25 MB. With 7 hash functions the false-positive rate is 0.82% (about 1 in 122), and 50% of bits are set. 7 is the best hash count for this size (ideal 6.9).',
		);
	});

	it('points to the better hash count when the reader picks a poor one', () => {
		const sentence = describeBloomFilter(evaluateBloomFilter({ ...defaults, hashes: 2 }));
		expect(sentence).toContain('With 2 hash functions the false-positive rate is 3.3%');
		expect(sentence).toContain('The best hash count for this size is 7 (ideal 6.9)');
	});
});

describe('bloomChart', () => {
	it('maps 100% to the top of the plot and 0.0001% to the bottom, clamping below', () => {
		expect(yForRate(1)).toBe(bloomChartLayout.plotTop);
		expect(yForRate(1e-6)).toBe(bloomChartLayout.plotBottom);
		expect(yForRate(1e-9)).toBe(bloomChartLayout.plotBottom);
		expect(yForRate(1e-2)).toBeCloseTo(
			(bloomChartLayout.plotTop * 2 + bloomChartLayout.plotBottom) / 3,
			10,
		);
	});

	it('places the marker at the chosen k and the guide at the ideal k', () => {
		const chart = bloomChart(evaluateBloomFilter(defaults));
		expect(chart.curve.startsWith(`M${xForHashes(1)} `)).toBe(true);
		expect(chart.curve.split('L')).toHaveLength(16);
		expect(chart.marker.startsWith(`M${Math.round(xForHashes(7) * 100) / 100} `)).toBe(true);
		expect(chart.idealGuide).toMatch(/^M\d+(\.\d+)? 16V196$/);
	});

	it('drops the ideal guide when the ideal k is off the chart', () => {
		expect(bloomChart(evaluateBloomFilter({ ...defaults, bitsPerKey: 24 })).idealGuide).toBe('');
	});
});
