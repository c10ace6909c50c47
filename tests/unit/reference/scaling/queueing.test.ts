import { describe, it, expect } from 'vitest';
import {
	exponentialSample,
	littlesLaw,
	mm1,
	mm1ResponseTimeQuantile,
	simulateSingleServerQueue,
} from '../../../../src/reference/scaling/queueing.ts';
import { nearestRankPercentile } from '../../../../src/reference/scaling/percentiles.ts';
import { seededRandom } from '../../support/seeded-random.ts';

describe("Little's law", () => {
	it('needs 200 requests in flight for 2,000 requests per second at 100 ms each', () => {
		expect(littlesLaw(2_000, 0.1)).toBeCloseTo(200, 10);
	});
});

describe('M/M/1 formulas', () => {
	it('gives W = 1 / (mu - lambda) and the matching queue lengths at 80% utilization', () => {
		const m = mm1(80, 100);
		expect(m.utilization).toBeCloseTo(0.8, 12);
		expect(m.meanResponseTime).toBeCloseTo(0.05, 12);
		expect(m.meanWaitTime).toBeCloseTo(0.04, 12);
		expect(m.meanInSystem).toBeCloseTo(4, 12);
		expect(m.meanInQueue).toBeCloseTo(3.2, 12);
		// Little's law ties them together: L = lambda * W.
		expect(m.meanInSystem).toBeCloseTo(littlesLaw(80, m.meanResponseTime), 12);
	});

	it('doubles response time from 80% to 90% busy and multiplies it by ten from 90% to 99%', () => {
		const w = (lambda: number): number => mm1(lambda, 100).meanResponseTime * 1_000;
		expect([50, 80, 90, 95, 99].map((lambda) => Math.round(w(lambda)))).toEqual([
			20, 50, 100, 200, 1_000,
		]);
	});

	it('puts the p99 at ln(100), about 4.6, times the mean', () => {
		expect(mm1ResponseTimeQuantile(80, 100, 0.99)).toBeCloseTo(Math.log(100) * 0.05, 12);
		expect(mm1ResponseTimeQuantile(80, 100, 0.99) * 1_000).toBeCloseTo(230.3, 1);
	});

	it('refuses an unstable queue and says what to do', () => {
		expect(() => mm1(100, 100)).toThrow(/add capacity or shed load/);
	});
});

describe('M/M/1 against a seeded simulation (500,000 customers, service rate 100/s)', () => {
	it.each([
		{ lambda: 50, seed: 1 },
		{ lambda: 80, seed: 2 },
		{ lambda: 90, seed: 3 },
	])(
		'at lambda = $lambda the mean is within 5% and the p99 within 10% of the formulas',
		({ lambda, seed }) => {
			const random = seededRandom(seed);
			const sim = simulateSingleServerQueue(
				() => exponentialSample(lambda, random),
				() => exponentialSample(100, random),
				500_000,
			);
			const expected = mm1(lambda, 100);
			expect(Math.abs(sim.meanResponseTime / expected.meanResponseTime - 1)).toBeLessThan(0.05);
			const p99 = nearestRankPercentile(sim.responseTimes, 99);
			expect(Math.abs(p99 / mm1ResponseTimeQuantile(lambda, 100, 0.99) - 1)).toBeLessThan(0.1);
			expect(sim.utilization).toBeCloseTo(lambda / 100, 2);
		},
		30_000,
	);

	it("obeys Little's law on the simulated path: time-average number = throughput x mean time", () => {
		const random = seededRandom(5);
		const sim = simulateSingleServerQueue(
			() => exponentialSample(85, random),
			// Any service distribution: here a constant 10 ms, where M/M/1 formulas do not apply.
			() => 0.01,
			100_000,
		);
		expect(sim.meanInSystem).toBeCloseTo(littlesLaw(sim.throughput, sim.meanResponseTime), 9);
		expect(sim.meanResponseTime).toBeLessThan(mm1(85, 100).meanResponseTime);
	});

	it('lets a queue grow without bound when arrivals outpace service', () => {
		const random = seededRandom(6);
		const sim = simulateSingleServerQueue(
			() => exponentialSample(110, random),
			() => exponentialSample(100, random),
			20_000,
		);
		const last = sim.responseTimes.at(-1)!;
		const early = sim.responseTimes[1_000]!;
		expect(last).toBeGreaterThan(10 * early);
	});
});
