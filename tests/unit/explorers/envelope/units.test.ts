import { describe, it, expect } from 'vitest';
import {
	formatBitsPerSecond,
	formatBytes,
	formatCount,
	formatRate,
	parseQuantity,
} from '../../../../src/explorers/envelope/units.ts';

describe('formatCount', () => {
	it('uses K, M, B and T with up to three significant digits', () => {
		expect([0, 52, 999, 1000, 1500, 20e6, 40e6, 1e9, 1.04e9, 2.5e12].map(formatCount)).toEqual([
			'0',
			'52',
			'999',
			'1K',
			'1.5K',
			'20M',
			'40M',
			'1B',
			'1.04B',
			'2.5T',
		]);
	});

	it('moves to the next unit when rounding reaches 1,000', () => {
		expect(formatCount(999_499)).toBe('999K');
		expect(formatCount(999_500)).toBe('1M');
		expect(formatCount(999_999_999)).toBe('1B');
	});
});

describe('formatBytes', () => {
	it('uses decimal units from B to PB', () => {
		expect(
			[0, 999, 1000, 41_000, 1e6, 40e9, 1.64e12, 598.6e12, 1.7958e15].map(formatBytes),
		).toEqual(['0 B', '999 B', '1 KB', '41 KB', '1 MB', '40 GB', '1.64 TB', '599 TB', '1.8 PB']);
	});

	it('crosses each boundary only when the rounded value reaches 1,000', () => {
		expect(formatBytes(999_400)).toBe('999 KB');
		expect(formatBytes(999_600)).toBe('1 MB');
		expect(formatBytes(999.6e12)).toBe('1 PB');
	});

	it('keeps the largest unit with separators beyond it', () => {
		expect(formatBytes(5e21)).toBe('5,000 EB');
	});
});

describe('formatBitsPerSecond', () => {
	it('uses bps, Kbps, Mbps and Gbps', () => {
		expect(
			[500, 1000, 151_851_852, 925_925_926, 999_700_000, 2.78e9].map(formatBitsPerSecond),
		).toEqual(['500 bps', '1 Kbps', '152 Mbps', '926 Mbps', '1 Gbps', '2.78 Gbps']);
	});
});

describe('formatRate', () => {
	it('shows whole numbers with separators from 100 up and three digits below', () => {
		expect([11_574.07, 462.96, 2314.8, 99.94, 0.4629].map(formatRate)).toEqual([
			'11,574',
			'463',
			'2,315',
			'99.9',
			'0.463',
		]);
	});

	it('refuses a value that is not finite', () => {
		expect(() => formatRate(Number.POSITIVE_INFINITY)).toThrow(RangeError);
		expect(() => formatBytes(Number.NaN)).toThrow(RangeError);
	});
});

describe('parseQuantity', () => {
	it('reads plain numbers, separators and K/M/B/T suffixes', () => {
		expect(
			['20M', '20m', '1.5k', '20,000,000', '20 000 000', '0.25', '.5', '2B', '3t', ' 7 '].map(
				parseQuantity,
			),
		).toEqual([20e6, 20e6, 1500, 20e6, 20e6, 0.25, 0.5, 2e9, 3e12, 7]);
	});

	it('returns NaN for anything else', () => {
		for (const text of ['', 'abc', '1e6', '-5', '5x', '1.2.3', 'M']) {
			expect(parseQuantity(text), text).toBeNaN();
		}
	});
});
