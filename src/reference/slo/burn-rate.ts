/**
 * Multiwindow, multi-burn-rate alerting, as the Google SRE Workbook's "Alerting on SLOs"
 * recommends for a 99.9% SLO over 30 days (its Table 5-8):
 *
 *   page    long 1 h, short 5 min, burn rate 14.4  (2% of the budget spent in the hour)
 *   page    long 6 h, short 30 min, burn rate 6    (5% spent in six hours)
 *   ticket  long 3 d, short 6 h,   burn rate 1    (10% spent in three days)
 *
 * A rule fires only when the error ratio over BOTH its long and its short window is above
 * target error budget x burn rate. The long window says the problem is big enough to matter;
 * the short one says it is still happening, so an alert stops soon after the errors stop.
 *
 * Input is a series of per-bucket counts (for example one per minute) of good and total events,
 * the shape a metrics system's counters give. A bucket belongs to a window when its timestamp
 * is in (now - window, now].
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, errorRatioThreshold } from './error-budget.ts';

/** Counts for one time bucket, stamped with the bucket's end. */
export interface Bucket {
	readonly atMs: number;
	readonly good: number;
	readonly total: number;
}

/** What a firing rule asks for. */
export type Severity = 'page' | 'ticket';

/** One row of the alerting policy. */
export interface BurnRateRule {
	readonly severity: Severity;
	readonly longMs: number;
	readonly shortMs: number;
	readonly burnRate: number;
}

/** The SRE Workbook's recommended starting point (Table 5-8). */
export const WORKBOOK_POLICY: readonly BurnRateRule[] = [
	{ severity: 'page', longMs: HOUR_MS, shortMs: 5 * MINUTE_MS, burnRate: 14.4 },
	{ severity: 'page', longMs: 6 * HOUR_MS, shortMs: 30 * MINUTE_MS, burnRate: 6 },
	{ severity: 'ticket', longMs: 3 * DAY_MS, shortMs: 6 * HOUR_MS, burnRate: 1 },
];

/** How one rule judged the series. */
export interface RuleResult {
	readonly rule: BurnRateRule;
	/** Bad / total over each window; 0 when a window saw no traffic. */
	readonly longErrorRatio: number;
	readonly shortErrorRatio: number;
	/** Error ratio the windows must exceed: budget x burn rate. */
	readonly threshold: number;
	readonly firing: boolean;
}

/** The overall decision and the reasoning behind it. */
export interface Evaluation {
	readonly decision: Severity | 'none';
	readonly rules: readonly RuleResult[];
}

/** Bad / total over the buckets in (nowMs - windowMs, nowMs]; 0 with no traffic. */
export function errorRatioOver(
	buckets: readonly Bucket[],
	nowMs: number,
	windowMs: number,
): number {
	let good = 0;
	let total = 0;
	for (const bucket of buckets) {
		if (bucket.atMs > nowMs - windowMs && bucket.atMs <= nowMs) {
			good += bucket.good;
			total += bucket.total;
		}
	}
	return total === 0 ? 0 : (total - good) / total;
}

/**
 * Evaluates every rule at `nowMs` and returns the most urgent firing severity: page beats
 * ticket, and none means nobody is notified.
 */
export function evaluate(
	buckets: readonly Bucket[],
	nowMs: number,
	target: number,
	policy: readonly BurnRateRule[] = WORKBOOK_POLICY,
): Evaluation {
	const rules = policy.map((rule, index): RuleResult => {
		if (!(rule.shortMs < rule.longMs)) {
			throw new RangeError(
				`rule ${index} (${rule.severity}): the short window (${rule.shortMs} ms) must be shorter ` +
					`than the long window (${rule.longMs} ms); the Workbook uses a twelfth of it`,
			);
		}
		const threshold = errorRatioThreshold(target, rule.burnRate);
		const longErrorRatio = errorRatioOver(buckets, nowMs, rule.longMs);
		const shortErrorRatio = errorRatioOver(buckets, nowMs, rule.shortMs);
		// Strictly above, as in the Workbook's "> (14.4 * 0.001)".
		const firing = longErrorRatio > threshold && shortErrorRatio > threshold;
		return { rule, longErrorRatio, shortErrorRatio, threshold, firing };
	});
	const firing = rules.filter((result) => result.firing);
	if (firing.some((result) => result.rule.severity === 'page')) return { decision: 'page', rules };
	if (firing.length > 0) return { decision: 'ticket', rules };
	return { decision: 'none', rules };
}
