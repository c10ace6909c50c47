import { describe, it, expect } from 'vitest';
import {
	LatencyHistogram,
	exactQuantile,
} from '../../../../src/reference/observability/histogram.ts';
import { seededRandom } from '../../support/seeded-random.ts';

// Millisecond bounds, a typical latency layout (Prometheus client defaults are in seconds).
const BOUNDS = [10, 25, 50, 100, 250, 500, 1000, 2500];

function histogramOf(samples: readonly number[], bounds = BOUNDS): LatencyHistogram {
	const histogram = new LatencyHistogram(bounds);
	for (const sample of samples) histogram.observe(sample);
	return histogram;
}

function repeat(value: number, times: number): number[] {
	return new Array<number>(times).fill(value);
}

// The page's worked example: instance A is healthy, instance B serves a tenth of the traffic
// and a fifth of its requests take 900 ms.
const instanceA = [...repeat(20, 8_910), ...repeat(80, 90)];
const instanceB = [...repeat(20, 800), ...repeat(900, 200)];

describe('LatencyHistogram buckets', () => {
	it('counts cumulatively, each bucket including every smaller one, +Inf last', () => {
		const histogram = histogramOf([5, 10, 11, 30, 3_000]);
		expect(histogram.cumulative()).toEqual([
			{ le: 10, count: 2 }, // 5 and 10: le means less than or equal
			{ le: 25, count: 3 },
			{ le: 50, count: 4 },
			{ le: 100, count: 4 },
			{ le: 250, count: 4 },
			{ le: 500, count: 4 },
			{ le: 1000, count: 4 },
			{ le: 2500, count: 4 },
			{ le: Infinity, count: 5 },
		]);
		expect(histogram.count).toBe(5);
		expect(histogram.sum).toBe(3_056);
	});

	it('refuses bounds that are empty, unsorted or infinite, naming the problem', () => {
		expect(() => new LatencyHistogram([])).toThrow(/at least one/);
		expect(() => new LatencyHistogram([10, 5])).toThrow(/bounds\[1\] = 5 follows 10/);
		expect(() => new LatencyHistogram([10, Infinity])).toThrow(/bounds\[1\] must be finite/);
	});
});

describe('LatencyHistogram.quantile (histogram_quantile)', () => {
	it('interpolates linearly inside the bucket that holds the rank', () => {
		// 100 observations: 40 in (0, 10], 60 in (10, 25]. Rank of p50 is 50: the 10th of 60
		// in the second bucket, so 10 + 15 * 10/60 = 12.5.
		const histogram = histogramOf([...repeat(5, 40), ...repeat(20, 60)]);
		expect(histogram.quantile(0.5)).toBeCloseTo(12.5, 10);
		expect(histogram.quantile(0.4)).toBe(10);
		expect(histogram.quantile(1)).toBe(25);
	});

	it('reproduces the Prometheus documentation example: a spike at 220 ms reads as 295 ms', () => {
		// Bounds 100, 200, 300, 450 ms; almost everything near 220 ms lands in (200, 300].
		const histogram = histogramOf(repeat(220, 1_000), [100, 200, 300, 450]);
		expect(histogram.quantile(0.95)).toBeCloseTo(295, 10);
		// Add 100 ms to every request: the spike moves to 320 ms and p95 reads 442.5 ms.
		const slower = histogramOf(repeat(320, 1_000), [100, 200, 300, 450]);
		expect(slower.quantile(0.95)).toBeCloseTo(442.5, 10);
	});

	it('stays within one bucket width of the exact quantile on random data', () => {
		const random = seededRandom(42);
		const samples = Array.from({ length: 20_000 }, () => 2_000 * random() ** 3);
		const histogram = histogramOf(samples);
		for (const q of [0.5, 0.9, 0.95, 0.99, 0.999]) {
			const exact = exactQuantile(samples, q);
			const estimate = histogram.quantile(q);
			const upper = BOUNDS.find((bound) => exact <= bound)!;
			const lower = BOUNDS[BOUNDS.indexOf(upper) - 1] ?? 0;
			expect(estimate).toBeGreaterThanOrEqual(lower);
			expect(estimate).toBeLessThanOrEqual(upper);
			expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(upper - lower);
		}
	});

	it('answers the highest finite bound when the rank is in +Inf, because nothing more is known', () => {
		const histogram = histogramOf([...repeat(20, 90), ...repeat(9_000, 10)]);
		expect(histogram.quantile(0.99)).toBe(2500);
	});

	it('is NaN for an empty histogram and refuses q outside [0, 1]', () => {
		expect(new LatencyHistogram(BOUNDS).quantile(0.5)).toBeNaN();
		expect(() => histogramOf([1]).quantile(1.5)).toThrow(/between 0 and 1/);
		expect(() => histogramOf([1]).quantile(Number.NaN)).toThrow(/between 0 and 1/);
	});
});

describe('merging histograms across instances', () => {
	it('gives exactly the histogram of all samples together', () => {
		const merged = LatencyHistogram.merge([histogramOf(instanceA), histogramOf(instanceB)]);
		const together = histogramOf([...instanceA, ...instanceB]);
		expect(merged.cumulative()).toEqual(together.cumulative());
		expect(merged.count).toBe(10_000);
		expect(merged.sum).toBe(together.sum);
		for (const q of [0.5, 0.9, 0.99, 0.999]) expect(merged.quantile(q)).toBe(together.quantile(q));
	});

	it('refuses histograms with different bucket layouts', () => {
		expect(() =>
			LatencyHistogram.merge([histogramOf([1]), histogramOf([1], [10, 20, 50])]),
		).toThrow(/histogram 1 has bounds \[10, 20, 50\]/);
	});
});

describe('why averages lie (the page worked example)', () => {
	const a = histogramOf(instanceA);
	const b = histogramOf(instanceB);
	const fleet = LatencyHistogram.merge([a, b]);
	const all = [...instanceA, ...instanceB];

	it('the fleet p99 is 900 ms; the histogram estimate is 750 ms, inside the (500, 1000] bucket', () => {
		expect(exactQuantile(all, 0.99)).toBe(900);
		// rank 9,900; 9,800 at or below 500 ms; 200 in (500, 1000]: 500 + 500 * 100/200.
		expect(fleet.quantile(0.99)).toBe(750);
	});

	it('averaging the two instances p99 gives 500 ms, far below the real 900 ms', () => {
		expect(a.quantile(0.99)).toBe(25); // rank 8,910 is the last of the (10, 25] bucket
		expect(b.quantile(0.99)).toBe(975); // rank 990: 500 + 500 * 190/200
		const averagedP99 = (a.quantile(0.99) + b.quantile(0.99)) / 2;
		expect(averagedP99).toBe(500);
		expect(averagedP99).toBeLessThan(fleet.quantile(0.99));
		// The same mistake with exact per-instance values: (20 + 900) / 2 = 460 ms.
		expect((exactQuantile(instanceA, 0.99) + exactQuantile(instanceB, 0.99)) / 2).toBe(460);
	});

	it('the mean is 38.14 ms although one request in fifty takes 900 ms', () => {
		expect(fleet.sum / fleet.count).toBeCloseTo(38.14, 10);
		expect(all.filter((ms) => ms === 900).length / all.length).toBe(0.02);
	});
});
