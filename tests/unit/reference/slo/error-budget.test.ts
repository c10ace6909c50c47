import { describe, expect, it } from 'vitest';
import {
	DAY_MS,
	HOUR_MS,
	MINUTE_MS,
	allowedBadMs,
	allowedBadRequests,
	budgetRemaining,
	budgetSpent,
	burnRate,
	burnRateFor,
	errorBudget,
	timeToExhaustionMs,
} from '../../../../src/reference/slo/error-budget.ts';

const MONTH = 30 * DAY_MS;

describe('error budget', () => {
	it('allows 43.2 bad minutes a month at 99.9% and 4.32 at 99.99%', () => {
		expect(allowedBadMs(0.999, MONTH) / MINUTE_MS).toBeCloseTo(43.2, 9);
		expect(allowedBadMs(0.9999, MONTH) / MINUTE_MS).toBeCloseTo(4.32, 9);
		expect(allowedBadMs(0.99, MONTH) / HOUR_MS).toBeCloseTo(7.2, 9);
	});

	it('allows 1,000 bad requests in 1,000,000 at 99.9%', () => {
		expect(errorBudget(0.999)).toBe(0.001);
		expect(allowedBadRequests(0.999, 1_000_000)).toBe(1_000);
	});

	it('reports the budget left, and goes negative when overspent', () => {
		expect(budgetRemaining(0.999, 250, 1_000_000)).toBeCloseTo(0.75, 12);
		expect(budgetRemaining(0.999, 1_500, 1_000_000)).toBeCloseTo(-0.5, 12);
		expect(budgetRemaining(0.999, 0, 0)).toBe(1);
	});

	it('refuses a target given as a percentage', () => {
		expect(() => errorBudget(99.9)).toThrow(/fraction/);
	});
});

describe('burn rates', () => {
	it('derives the Workbook burn rates from budget spent and window: 14.4, 6 and 1', () => {
		expect(burnRateFor(0.02, HOUR_MS, MONTH)).toBeCloseTo(14.4, 9); // 0.02 x 720 h / 1 h
		expect(burnRateFor(0.05, 6 * HOUR_MS, MONTH)).toBeCloseTo(6, 9); // 0.05 x 720 / 6
		expect(burnRateFor(0.1, 3 * DAY_MS, MONTH)).toBeCloseTo(1, 9); // 0.10 x 720 / 72
	});

	it('spends 2% of a month in an hour at 14.4x, and empties it in 50 hours', () => {
		expect(budgetSpent(14.4, HOUR_MS, MONTH)).toBeCloseTo(0.02, 12);
		expect(timeToExhaustionMs(14.4, MONTH) / HOUR_MS).toBeCloseTo(50, 9);
		expect(timeToExhaustionMs(1_000, MONTH) / MINUTE_MS).toBeCloseTo(43.2, 9);
	});

	it('reads a 1% error ratio against 99.9% as burn rate 10', () => {
		expect(burnRate(0.01, 0.999)).toBeCloseTo(10, 9);
	});
});
