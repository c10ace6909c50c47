/**
 * Error-budget arithmetic for an SLO such as "99.9% of requests succeed over 30 days".
 *
 * The error budget is 1 - target: the share of requests (or of time) allowed to be bad. A burn
 * rate is how fast the budget is being spent relative to spending it evenly over the SLO period:
 * burn rate 1 empties it exactly at the end of the period, burn rate 14.4 empties a 30-day budget
 * in 30 / 14.4 = 2.08 days. Definitions follow the Google SRE Workbook, "Alerting on SLOs".
 */

/** One minute, one hour and one day in milliseconds. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Throws RangeError unless 0 < target < 1 (100% leaves no budget to reason about). */
export function assertTarget(target: number): void {
	if (!(target > 0 && target < 1)) {
		throw new RangeError(`SLO target must be a fraction in (0, 1) such as 0.999, got ${target}`);
	}
}

/** The error budget as a fraction: 0.001 for a 99.9% target. */
export function errorBudget(target: number): number {
	assertTarget(target);
	// Rounded to 12 places so 1 - 0.999 is 0.001, not 0.0010000000000000009.
	return Math.round((1 - target) * 1e12) / 1e12;
}

/** Bad time allowed in a period: 43.2 minutes for 99.9% over 30 days. */
export function allowedBadMs(target: number, periodMs: number): number {
	return errorBudget(target) * periodMs;
}

/** Bad requests allowed out of `total`: 1,000 of 1,000,000 at 99.9%. */
export function allowedBadRequests(target: number, total: number): number {
	return Math.floor(errorBudget(target) * total);
}

/** Fraction of the budget left after `bad` of `total` requests went wrong; negative when overspent. */
export function budgetRemaining(target: number, bad: number, total: number): number {
	if (total === 0) return 1;
	return 1 - bad / total / errorBudget(target);
}

/** Burn rate of an observed error ratio: 0.0144 against a 99.9% target is 14.4. */
export function burnRate(errorRatio: number, target: number): number {
	return errorRatio / errorBudget(target);
}

/** Error ratio at which a burn-rate threshold is crossed: 99.9% at 14.4x is 0.0144 (1.44%). */
export function errorRatioThreshold(target: number, rate: number): number {
	return errorBudget(target) * rate;
}

/** Share of the period's budget spent by burning at `rate` for `windowMs`. */
export function budgetSpent(rate: number, windowMs: number, periodMs: number): number {
	return (rate * windowMs) / periodMs;
}

/** The burn rate that spends `fraction` of the budget in `windowMs`: 2% in 1 h of 30 d is 14.4. */
export function burnRateFor(fraction: number, windowMs: number, periodMs: number): number {
	return (fraction * periodMs) / windowMs;
}

/** How long a budget lasts at a constant burn rate: 30 days at 14.4x is 50 hours. */
export function timeToExhaustionMs(rate: number, periodMs: number): number {
	return periodMs / rate;
}
