/**
 * The numbers behind the availability explorer: tiers in series, each with identical replicas
 * of which some number must be up. Parses what the reader typed, reports each field's problem,
 * and evaluates the system with the handbook's reference formulas so page and explorer agree.
 */
import {
	availabilityOf,
	downtimeBudget,
	nines,
	replicas,
	type SystemNode,
} from '../../reference/availability/availability.ts';

/** One tier as the reader typed it: every field is the raw text of its input. */
export interface TierText {
	readonly name: string;
	/** A percentage, such as "99.95" (a trailing % is accepted). */
	readonly availabilityPercent: string;
	readonly replicas: string;
	/** How many replicas must be up for the tier to be up. */
	readonly needed: string;
}

/** The fields of a tier, in the order the explorer shows them. */
export type TierField = keyof TierText;

/** One tier, parsed. */
export interface Tier {
	readonly name: string;
	/** Per replica, as a fraction: 0.9995 for 99.95%. */
	readonly availability: number;
	readonly replicas: number;
	readonly needed: number;
}

/** A field the reader has to fix, with a sentence saying how. */
export interface TierProblem {
	/** Position of the tier, from 0. */
	readonly tier: number;
	readonly field: TierField;
	readonly message: string;
}

/** The most tiers and replicas per tier the explorer offers. */
export const tierLimits = { maxTiers: 6, maxReplicas: 9 } as const;

/** The labels the explorer shows, also used in error messages. */
export const tierFieldLabels: Record<TierField, string> = {
	name: 'Name',
	availabilityPercent: 'Availability (%)',
	replicas: 'Replicas',
	needed: 'Needed up',
};

/**
 * The default system, the same as the page's worked example: a managed load balancer at
 * 99.99%, three app replicas at 99.5% of which one is enough, and one database at 99.95%.
 */
export const defaultTiers: readonly Tier[] = [
	{ name: 'Load balancer', availability: 0.9999, replicas: 1, needed: 1 },
	{ name: 'App servers', availability: 0.995, replicas: 3, needed: 1 },
	{ name: 'Database', availability: 0.9995, replicas: 1, needed: 1 },
];

/** A tier written back as the text its inputs hold. */
export function tierToText(tier: Tier): TierText {
	return {
		name: tier.name,
		availabilityPercent: String(Number((tier.availability * 100).toPrecision(12))),
		replicas: String(tier.replicas),
		needed: String(tier.needed),
	};
}

/** Reads every tier; returns the parsed tiers, or the problems if any field is wrong. */
export function parseTiers(
	texts: readonly TierText[],
): { tiers: Tier[]; problems: [] } | { tiers: undefined; problems: TierProblem[] } {
	const problems: TierProblem[] = [];
	const tiers: Tier[] = [];
	if (texts.length === 0 || texts.length > tierLimits.maxTiers) {
		throw new RangeError(
			`the explorer takes 1 to ${tierLimits.maxTiers} tiers, got ${texts.length}`,
		);
	}
	texts.forEach((text, tier) => {
		const problem = (field: TierField, message: string): void => {
			problems.push({ tier, field, message });
		};
		const percent = parseNumber(text.availabilityPercent.replace(/%\s*$/, ''));
		if (percent === undefined || percent < 0 || percent > 100) {
			problem(
				'availabilityPercent',
				'Availability must be a percentage from 0 to 100, such as 99.95.',
			);
		}
		const count = parseNumber(text.replicas);
		const countOk =
			count !== undefined &&
			Number.isInteger(count) &&
			count >= 1 &&
			count <= tierLimits.maxReplicas;
		if (!countOk) {
			problem('replicas', `Replicas must be a whole number from 1 to ${tierLimits.maxReplicas}.`);
		}
		const needed = parseNumber(text.needed);
		const upTo = countOk ? count : tierLimits.maxReplicas;
		if (needed === undefined || !Number.isInteger(needed) || needed < 1 || needed > upTo) {
			problem(
				'needed',
				`Needed up must be a whole number from 1 to ${upTo}${countOk ? ', the replica count' : ''}.`,
			);
		}
		if (percent !== undefined && count !== undefined && needed !== undefined) {
			tiers.push({
				name: text.name.trim() || `Tier ${tier + 1}`,
				// toPrecision drops float noise: 99.99 / 100 is 0.9998999999999999.
				availability: Number((percent / 100).toPrecision(12)),
				replicas: count,
				needed,
			});
		}
	});
	return problems.length > 0 ? { tiers: undefined, problems } : { tiers, problems: [] };
}

/** A number typed with optional spaces and thousands commas; undefined if it is not one. */
function parseNumber(text: string): number | undefined {
	const cleaned = text.trim().replaceAll(',', '');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
	return Number(cleaned);
}

/** What a system of tiers works out to. */
export interface TiersOutcome {
	readonly tiers: readonly (Tier & { readonly tierAvailability: number })[];
	/** Every tier in series. */
	readonly availability: number;
	readonly nines: number;
	/** Expected minutes down per 30-day month and per 365-day year. */
	readonly downtime: { readonly perMonth: number; readonly perYear: number };
	/** Position of the tier with the lowest availability. */
	readonly weakest: number;
	/** Its share of the summed tier unavailabilities, 0 to 1 (0 when nothing is ever down). */
	readonly weakestShare: number;
}

/** Evaluates tiers in series, each tier a k-of-n group of identical replicas. */
export function evaluateTiers(tiers: readonly Tier[]): TiersOutcome {
	const nodes: SystemNode[] = tiers.map((tier) => ({
		kind: 'k-of-n',
		name: tier.name,
		k: tier.needed,
		parts: replicas(tier.name, tier.availability, tier.replicas),
	}));
	const availability = availabilityOf({ kind: 'series', name: 'system', parts: nodes });
	const withTotals = tiers.map((tier, i) => ({
		...tier,
		tierAvailability: availabilityOf(nodes[i]!),
	}));
	const unavailable = withTotals.map((tier) => 1 - tier.tierAvailability);
	const weakest = unavailable.indexOf(Math.max(...unavailable));
	const sum = unavailable.reduce((total, u) => total + u, 0);
	return {
		tiers: withTotals,
		availability,
		nines: nines(availability),
		downtime: downtimeBudget(availability),
		weakest,
		weakestShare: sum > 0 ? (unavailable[weakest] ?? 0) / sum : 0,
	};
}

/**
 * A fraction as a percentage with four decimals, "99.9400%", where anything short of 1 stays
 * below 100% (99.99996% reads 99.9999%). Fixed width keeps the numbers from jumping.
 */
export function formatAvailability(fraction: number): string {
	const percent = Math.round(fraction * 1_000_000) / 10_000;
	return `${(percent >= 100 && fraction < 1 ? 99.9999 : percent).toFixed(4)}%`;
}

/** Minutes as the unit that reads best: "2.6 s", "26 s", "25.9 min", "8.8 h", "3.7 days". */
export function formatDuration(minutes: number): string {
	const seconds = minutes * 60;
	if (seconds === 0) return '0 s';
	if (seconds < 1) return 'under 1 s';
	// Each unit is chosen on the rounded value, so 59.7 s reads "1.0 min", never "60 s".
	if (seconds < 9.95) return `${seconds.toFixed(1)} s`;
	if (seconds < 59.5) return `${Math.round(seconds)} s`;
	if (minutes < 119.95) return `${minutes.toFixed(1)} min`;
	const hours = minutes / 60;
	if (hours < 47.95) return `${hours.toFixed(1)} h`;
	return `${(hours / 24).toFixed(1)} days`;
}

/** The count of nines with one decimal, "3.2"; "no downtime" when availability is 1. */
export function formatNines(count: number): string {
	return Number.isFinite(count) ? count.toFixed(1) : 'no downtime';
}

/** One or two sentences for the live region: the total, the downtime and the weakest tier. */
export function describeTiers(outcome: TiersOutcome): string {
	const total =
		`Overall ${formatAvailability(outcome.availability)}: ` +
		`${formatDuration(outcome.downtime.perMonth)} down a 30-day month, ` +
		`${formatDuration(outcome.downtime.perYear)} a year.`;
	const weakest = outcome.tiers[outcome.weakest];
	if (weakest === undefined || outcome.weakestShare === 0 || outcome.tiers.length === 1) {
		return total;
	}
	return (
		`${total} ${weakest.name} is the weakest tier at ` +
		`${formatAvailability(weakest.tierAvailability)}, ` +
		`${Math.round(outcome.weakestShare * 100)}% of the expected downtime.`
	);
}
