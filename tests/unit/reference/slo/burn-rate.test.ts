import { describe, expect, it } from 'vitest';
import {
	evaluate,
	errorRatioOver,
	WORKBOOK_POLICY,
	type Bucket,
} from '../../../../src/reference/slo/burn-rate.ts';
import {
	DAY_MS,
	HOUR_MS,
	MINUTE_MS,
	errorRatioThreshold,
} from '../../../../src/reference/slo/error-budget.ts';

const TARGET = 0.999;
const PER_MINUTE = 1_000;
// Three clean days first, so even the 3-day window is full of real history.
const CLEAN_MINUTES = (3 * DAY_MS) / MINUTE_MS;

/**
 * Minute buckets: CLEAN_MINUTES of no errors, then `minutes` more whose error share is
 * `errorShare(k)` for the k-th minute (k from 1).
 */
function series(minutes: number, errorShare: (k: number) => number): Bucket[] {
	const buckets: Bucket[] = [];
	for (let m = 1; m <= CLEAN_MINUTES + minutes; m++) {
		const k = m - CLEAN_MINUTES;
		const bad = k >= 1 ? Math.round(PER_MINUTE * errorShare(k)) : 0;
		buckets.push({ atMs: m * MINUTE_MS, good: PER_MINUTE - bad, total: PER_MINUTE });
	}
	return buckets;
}

/** The time at the end of the k-th minute after the clean history. */
const minute = (k: number) => (CLEAN_MINUTES + k) * MINUTE_MS;

describe('burn-rate thresholds', () => {
	it('turns 14.4x against a 99.9% SLO into an error ratio above 1.44%', () => {
		expect(errorRatioThreshold(0.999, 14.4)).toBeCloseTo(0.0144, 12);
		expect(errorRatioThreshold(0.999, 6)).toBeCloseTo(0.006, 12);
		expect(errorRatioThreshold(0.999, 1)).toBeCloseTo(0.001, 12);
	});

	it('does not fire at exactly 1.44% and fires just above it', () => {
		const fastRule = [WORKBOOK_POLICY[0]!];
		const at = (bad: number): Bucket[] => [{ atMs: HOUR_MS, good: 10_000 - bad, total: 10_000 }];
		expect(evaluate(at(144), HOUR_MS, TARGET, fastRule).decision).toBe('none');
		expect(evaluate(at(145), HOUR_MS, TARGET, fastRule).decision).toBe('page');
	});

	it('counts only buckets inside (now - window, now]', () => {
		const buckets: Bucket[] = [
			{ atMs: 0, good: 0, total: 100 }, // exactly one window back: outside
			{ atMs: 1, good: 90, total: 100 },
			{ atMs: 10, good: 100, total: 100 },
		];
		expect(errorRatioOver(buckets, 10, 10)).toBeCloseTo(0.05, 12);
		expect(errorRatioOver([], 10, 10)).toBe(0);
	});
});

describe('evaluate with the Workbook policy', () => {
	it('pages a 10% error rate after 9 minutes, as (1 - SLO) / error ratio x 1 h x 14.4 = 8.64 min predicts', () => {
		const buckets = series(20, () => 0.1);
		const firstPage = Array.from({ length: 20 }, (_, i) => i + 1).find(
			(k) => evaluate(buckets, minute(k), TARGET).decision === 'page',
		);
		expect(firstPage).toBe(9);
		const result = evaluate(buckets, minute(9), TARGET);
		expect(result.rules[0]!.firing).toBe(true); // the 1 h / 5 min rule
		expect(result.rules[1]!.firing).toBe(false); // 6 h average is still 0.25%
	});

	it('tickets a slow 0.5% burn after about 14.4 hours and never pages it', () => {
		const buckets = series(24 * 60, () => 0.005); // burn rate 5
		for (let k = 60; k <= 24 * 60; k += 60) {
			expect(evaluate(buckets, minute(k), TARGET).decision).not.toBe('page');
		}
		// 3-day average above 0.1% once 5 x k > 4,320 minutes: k > 864.
		expect(evaluate(buckets, minute(864), TARGET).decision).toBe('none');
		expect(evaluate(buckets, minute(865), TARGET).decision).toBe('ticket');
		expect(evaluate(buckets, minute(24 * 60), TARGET).decision).toBe('ticket');
	});

	it('stops paging once a brief spike is over and the short windows recover', () => {
		// Three minutes of total failure, then clean traffic.
		const buckets = series(90, (k) => (k <= 3 ? 1 : 0));
		expect(evaluate(buckets, minute(1), TARGET).decision).toBe('page');

		// 10 minutes later the 1 h window still averages 5%, but its 5 min window is clean.
		const tenLater = evaluate(buckets, minute(13), TARGET);
		const fast = tenLater.rules[0]!;
		expect(fast.longErrorRatio).toBeGreaterThan(fast.threshold);
		expect(fast.shortErrorRatio).toBe(0);
		expect(fast.firing).toBe(false);

		// The 6 h / 30 min rule keeps paging until the spike leaves its 30 min window.
		expect(evaluate(buckets, minute(32), TARGET).decision).toBe('page');
		const after = evaluate(buckets, minute(33), TARGET);
		expect(after.decision).toBe('none');
		// Both long windows still hold the spike (5% over 1 h, 0.83% over 6 h).
		expect(after.rules[0]!.longErrorRatio).toBeGreaterThan(after.rules[0]!.threshold);
		expect(after.rules[1]!.longErrorRatio).toBeGreaterThan(after.rules[1]!.threshold);
		// Three bad minutes in three days is 0.07%, under the ticket's 0.1%.
		expect(after.rules[2]!.firing).toBe(false);
	});

	it('stays quiet for an error rate within the SLO', () => {
		const buckets = series(6 * 60, () => 0.0009);
		expect(evaluate(buckets, minute(6 * 60), TARGET).decision).toBe('none');
	});

	it('refuses a rule whose short window is not shorter than its long one', () => {
		const bad = [{ severity: 'page' as const, longMs: HOUR_MS, shortMs: HOUR_MS, burnRate: 14.4 }];
		expect(() => evaluate([], 0, TARGET, bad)).toThrow(/rule 0 \(page\).*short window/);
	});
});
