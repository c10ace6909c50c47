import { describe, it, expect } from 'vitest';
import {
	requestTimes,
	simulateTokenBucket,
	type TokenBucketScenario,
} from '../../../../src/explorers/token-bucket/token-bucket-simulation.ts';
import {
	describeTokenBucketRun,
	niceCeiling,
	tokenBucketChart,
	tokenBucketChartLayout,
} from '../../../../src/explorers/token-bucket/token-bucket-chart.ts';

const quiet: TokenBucketScenario = {
	capacity: 10,
	refillPerSecond: 2,
	steadyRate: 0,
	burstSize: 0,
	burstIntervalSeconds: 20,
};

describe('simulateTokenBucket', () => {
	it('rejects exactly burst - capacity when one burst exceeds a full bucket', () => {
		for (const [capacity, burstSize] of [
			[10, 25],
			[1, 2],
			[50, 100],
		] as const) {
			const run = simulateTokenBucket({ ...quiet, capacity, burstSize });
			expect(run.accepted).toBe(capacity);
			expect(run.rejected).toBe(burstSize - capacity);
			expect(run.perSecond[0]).toEqual({ accepted: capacity, rejected: burstSize - capacity });
		}
	});

	it('accepts a burst no larger than the capacity in full', () => {
		const run = simulateTokenBucket({ ...quiet, capacity: 12, burstSize: 12 });
		expect(run.rejected).toBe(0);
		expect(run.lowestTokens).toBeCloseTo(0, 9);
	});

	it('rejects nothing when the steady rate is at or below the refill rate', () => {
		for (const [steadyRate, refillPerSecond] of [
			[1, 2],
			[3, 3],
			[0.5, 0.5],
			[19.5, 20],
		] as const) {
			const run = simulateTokenBucket({ ...quiet, capacity: 1, refillPerSecond, steadyRate });
			expect(run.rejected, `rate ${steadyRate} refill ${refillPerSecond}`).toBe(0);
			expect(run.accepted).toBeGreaterThan(0);
		}
	});

	it('rejects the excess of a steady rate above the refill rate once the bucket drains', () => {
		const run = simulateTokenBucket({ ...quiet, capacity: 5, refillPerSecond: 2, steadyRate: 4 });
		// 79 requests (every 250 ms after t=0) against 5 stored plus about 2 per second earned.
		expect(run.accepted + run.rejected).toBe(79);
		expect(run.accepted).toBeGreaterThanOrEqual(5 + 2 * 19);
		expect(run.accepted).toBeLessThanOrEqual(5 + 2 * 20);
		expect(run.perSecond[0]?.rejected).toBe(0);
		expect(run.perSecond[19]?.rejected).toBeGreaterThan(0);
	});

	it('refills between bursts so each later burst gets what accrued since the last', () => {
		// Capacity 10, refill 1/s, bursts of 10 every 4 s: first burst takes all 10, each later one 4.
		const run = simulateTokenBucket({
			...quiet,
			capacity: 10,
			refillPerSecond: 1,
			burstSize: 10,
			burstIntervalSeconds: 4,
		});
		expect(run.perSecond.filter((_, second) => second % 4 === 0).map((t) => t.accepted)).toEqual([
			10, 4, 4, 4, 4,
		]);
		expect(run.rejected).toBe(5 * 10 - 26);
	});

	it('is deterministic: the same scenario gives the same run', () => {
		const scenario = { ...quiet, steadyRate: 3.5, burstSize: 17, burstIntervalSeconds: 3 };
		expect(simulateTokenBucket(scenario)).toEqual(simulateTokenBucket(scenario));
	});

	it('reports the token level before and after a burst, and the peak and lowest level', () => {
		const run = simulateTokenBucket({ ...quiet, capacity: 8, burstSize: 6 });
		const atZero = run.samples.filter((sample) => sample.timeMs === 0).map((s) => s.tokens);
		expect(atZero.slice(0, 2)).toEqual([8, 2]);
		expect(run.peakTokens).toBe(8);
		expect(run.lowestTokens).toBe(2);
	});

	it('rejects an impossible scenario with the field named', () => {
		expect(() => simulateTokenBucket({ ...quiet, capacity: 0 })).toThrow(
			/capacity must be a whole number/,
		);
		expect(() => simulateTokenBucket({ ...quiet, refillPerSecond: 0 })).toThrow(
			/refillPerSecond must be above 0/,
		);
		expect(() => simulateTokenBucket({ ...quiet, burstSize: 2.5 })).toThrow(/burstSize/);
		expect(() => simulateTokenBucket({ ...quiet, burstIntervalSeconds: -1 })).toThrow(
			/burstIntervalSeconds/,
		);
		expect(() => simulateTokenBucket({ ...quiet, steadyRate: Number.NaN })).toThrow(/steadyRate/);
	});
});

describe('requestTimes', () => {
	it('starts bursts at 0 and the steady stream one interval in, all before the end', () => {
		const times = requestTimes({
			...quiet,
			steadyRate: 1,
			burstSize: 2,
			burstIntervalSeconds: 10,
			durationSeconds: 20,
		});
		expect(times.filter((t) => t === 0 || t === 10_000)).toHaveLength(5);
		expect(times[times.length - 1]).toBe(19_000);
		expect(times).toHaveLength(4 + 19);
	});
});

describe('tokenBucketChart', () => {
	it('draws a bar only for seconds with requests and scales to a round axis maximum', () => {
		const run = simulateTokenBucket({ ...quiet, capacity: 10, burstSize: 30 });
		const chart = tokenBucketChart(run);
		expect(chart.requestAxisMax).toBe(50);
		expect(chart.tokenAxisMax).toBe(10);
		expect(chart.acceptedBars.match(/M/g)).toHaveLength(1);
		expect(chart.rejectedBars.match(/M/g)).toHaveLength(1);
		expect(
			chart.tokenLine.startsWith(
				`M${tokenBucketChartLayout.plotLeft} ${tokenBucketChartLayout.tokensTop}L`,
			),
		).toBe(true);
	});

	it('draws no rejected bars when nothing is rejected', () => {
		expect(tokenBucketChart(simulateTokenBucket({ ...quiet, burstSize: 5 })).rejectedBars).toBe('');
	});

	it('rounds axis maxima up to 1, 2 or 5 times a power of ten', () => {
		expect([0, 1, 3, 10, 11, 49, 51, 101].map(niceCeiling)).toEqual([
			1, 1, 5, 10, 20, 50, 100, 200,
		]);
	});

	it('summarises a run in one sentence', () => {
		const text = describeTokenBucketRun(
			simulateTokenBucket({ ...quiet, capacity: 10, burstSize: 30 }),
		);
		expect(text).toContain('accepted 10 of 30 requests and rejected 20');
		expect(text).toContain('Peak tokens 10');
	});

	it('counts a single second and a single request in the singular', () => {
		const text = describeTokenBucketRun(
			simulateTokenBucket({ ...quiet, durationSeconds: 1, burstSize: 1 }),
		);
		expect(text).toContain(
			'In 1 simulated second the bucket accepted 1 of 1 request and rejected 0.',
		);
	});
});
