import { describe, it, expect } from 'vitest';
import {
	MINUTES_PER_MONTH,
	MINUTES_PER_YEAR,
	atLeastKAvailability,
	availabilityOf,
	downtimeBudget,
	downtimeMinutes,
	nines,
	parallelAvailability,
	replicas,
	seriesAvailability,
	type SystemNode,
} from '../../../../src/reference/availability/availability.ts';

/** n choose k, for the hand-computed binomial tails below. */
function choose(n: number, k: number): number {
	let result = 1;
	for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
	return result;
}

describe('downtime per period', () => {
	it('uses a 30-day month of 43,200 minutes and a 365-day year of 525,600', () => {
		expect(MINUTES_PER_MONTH).toBe(43_200);
		expect(MINUTES_PER_YEAR).toBe(525_600);
	});

	it('allows 43.2 minutes a month and 8.76 hours a year at 99.9%', () => {
		const budget = downtimeBudget(0.999);
		expect(budget.perMonth).toBeCloseTo(43.2, 9);
		expect(budget.perYear).toBeCloseTo(525.6, 9);
		expect(budget.perYear / 60).toBeCloseTo(8.76, 9);
	});

	it('gives the table on the page, from two nines to five', () => {
		const rows = [
			[0.99, 432, 5_256],
			[0.995, 216, 2_628],
			[0.999, 43.2, 525.6],
			[0.9995, 21.6, 262.8],
			[0.9999, 4.32, 52.56],
			[0.99999, 0.432, 5.256],
		] as const;
		for (const [availability, month, year] of rows) {
			expect(downtimeMinutes(availability, MINUTES_PER_MONTH)).toBeCloseTo(month, 6);
			expect(downtimeMinutes(availability, MINUTES_PER_YEAR)).toBeCloseTo(year, 6);
		}
		// Five nines is about 26 seconds a month.
		expect(downtimeBudget(0.99999).perMonth * 60).toBeCloseTo(25.92, 6);
	});

	it('counts nines', () => {
		expect(nines(0.999)).toBeCloseTo(3, 9);
		expect(nines(0.9995)).toBeCloseTo(3.3, 1);
		expect(nines(1)).toBe(Infinity);
	});
});

describe('series and parallel', () => {
	it('multiplies availabilities in series: 99.99% x 99.9% x 99.95% is about 99.84%', () => {
		const a = seriesAvailability([0.9999, 0.999, 0.9995]);
		expect(a).toBeCloseTo(0.99840065, 8);
		// About 69 minutes a month, more than the 43.2 of the weakest part alone.
		expect(downtimeMinutes(a, MINUTES_PER_MONTH)).toBeCloseTo(69.09, 2);
	});

	it('two 99.9% parts: 99.8001% in series, 99.9999% in parallel', () => {
		expect(seriesAvailability([0.999, 0.999])).toBeCloseTo(0.998001, 12);
		expect(parallelAvailability([0.999, 0.999])).toBeCloseTo(0.999999, 12);
		// Parallel is down only when both are: 0.001 x 0.001 of the time, 2.6 seconds a month.
		expect(
			downtimeMinutes(parallelAvailability([0.999, 0.999]), MINUTES_PER_MONTH) * 60,
		).toBeCloseTo(2.592, 6);
	});

	it('never makes a series better than its weakest part, nor a parallel group worse than its best', () => {
		const parts = [0.95, 0.999, 0.9, 0.99];
		expect(seriesAvailability(parts)).toBeLessThan(Math.min(...parts));
		expect(parallelAvailability(parts)).toBeGreaterThan(Math.max(...parts));
	});

	it('evaluates a nested tree: a load balancer, three app replicas and a database', () => {
		const system: SystemNode = {
			kind: 'series',
			name: 'checkout',
			parts: [
				{ kind: 'component', name: 'load balancer', availability: 0.9999 },
				{ kind: 'parallel', name: 'app', parts: replicas('app', 0.995, 3) },
				{ kind: 'component', name: 'database', availability: 0.9995 },
			],
		};
		const app = 1 - 0.005 ** 3;
		expect(availabilityOf(system)).toBeCloseTo(0.9999 * app * 0.9995, 12);
		// The single database, not the replicated app tier, sets the total.
		expect(availabilityOf(system)).toBeCloseTo(0.9994, 4);
	});
});

describe('k of n', () => {
	it('matches the binomial tail for a 3-node quorum that needs 2 up: 99.9702% at 99% each', () => {
		const p = 0.99;
		const byHand = p ** 3 + 3 * p ** 2 * (1 - p);
		expect(byHand).toBeCloseTo(0.999702, 9);
		expect(atLeastKAvailability([p, p, p], 2)).toBeCloseTo(byHand, 12);
	});

	it('matches the binomial tail for 3 of 5 at 90%: 0.99144', () => {
		const p = 0.9;
		let byHand = 0;
		for (let up = 3; up <= 5; up++) byHand += choose(5, up) * p ** up * (1 - p) ** (5 - up);
		expect(byHand).toBeCloseTo(0.99144, 9);
		expect(atLeastKAvailability(Array<number>(5).fill(p), 3)).toBeCloseTo(byHand, 12);
	});

	it('is series when k = n and parallel when k = 1, for parts that differ', () => {
		const parts = [0.9, 0.99, 0.999, 0.95];
		expect(atLeastKAvailability(parts, 4)).toBeCloseTo(seriesAvailability(parts), 12);
		expect(atLeastKAvailability(parts, 1)).toBeCloseTo(parallelAvailability(parts), 12);
	});

	it('handles parts that differ: 2 of {90%, 80%} up means both up', () => {
		expect(atLeastKAvailability([0.9, 0.8], 2)).toBeCloseTo(0.72, 12);
		// At least one: 1 - 0.1 x 0.2.
		expect(atLeastKAvailability([0.9, 0.8], 1)).toBeCloseTo(0.98, 12);
	});

	it('evaluates a k-of-n node inside a tree', () => {
		const cluster: SystemNode = {
			kind: 'k-of-n',
			name: 'etcd',
			k: 2,
			parts: replicas('etcd', 0.99, 3),
		};
		expect(availabilityOf(cluster)).toBeCloseTo(0.999702, 9);
	});
});

describe('input validation', () => {
	it('rejects an availability written as a percentage, naming where it is and how to write it', () => {
		const system: SystemNode = {
			kind: 'series',
			name: 'checkout',
			parts: [
				{ kind: 'component', name: 'api', availability: 0.999 },
				{
					kind: 'parallel',
					name: 'database',
					parts: [{ kind: 'component', name: 'primary', availability: 99.9 }],
				},
			],
		};
		expect(() => availabilityOf(system)).toThrow(RangeError);
		expect(() => availabilityOf(system)).toThrow(
			'availability of checkout > database > primary must be a fraction between 0 and 1 (0.999 for 99.9%), got 99.9',
		);
	});

	it('rejects negative, NaN and infinite availabilities everywhere they enter', () => {
		for (const bad of [-0.1, 1.0001, Number.NaN, Infinity]) {
			expect(() => downtimeMinutes(bad, MINUTES_PER_MONTH)).toThrow(/between 0 and 1/);
			expect(() => nines(bad)).toThrow(/between 0 and 1/);
			expect(() => seriesAvailability([0.9, bad])).toThrow(/availabilities\[1\]/);
			expect(() => parallelAvailability([bad])).toThrow(/availabilities\[0\]/);
			expect(() => atLeastKAvailability([bad, 0.9], 1)).toThrow(/availabilities\[0\]/);
		}
	});

	it('accepts the edges 0 and 1', () => {
		expect(seriesAvailability([1, 0.99])).toBeCloseTo(0.99, 12);
		expect(parallelAvailability([0, 0.99])).toBeCloseTo(0.99, 12);
		expect(downtimeMinutes(0, MINUTES_PER_MONTH)).toBe(MINUTES_PER_MONTH);
	});

	it('rejects an empty group and a k outside 1..n, naming the group', () => {
		expect(() => availabilityOf({ kind: 'parallel', name: 'cache', parts: [] })).toThrow(
			'parallel group cache has no parts; give it at least one',
		);
		const quorum = (k: number): SystemNode => ({
			kind: 'k-of-n',
			name: 'raft',
			k,
			parts: replicas('node', 0.99, 3),
		});
		expect(() => availabilityOf(quorum(4))).toThrow(
			'k of raft must be a whole number from 1 to its 3 parts, got 4',
		);
		expect(() => availabilityOf(quorum(0))).toThrow(/k of raft/);
		expect(() => availabilityOf(quorum(1.5))).toThrow(/k of raft/);
		expect(() => atLeastKAvailability([0.9], 2)).toThrow(
			'k must be a whole number from 1 to 1, got 2',
		);
	});

	it('rejects a replica count below 1 and a period that is not positive', () => {
		expect(() => replicas('app', 0.99, 0)).toThrow(
			'replica count of app must be a whole number of at least 1, got 0',
		);
		expect(() => downtimeMinutes(0.99, 0)).toThrow('periodMinutes must be above 0, got 0');
	});
});
