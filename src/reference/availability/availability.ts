/**
 * Availability of a system described as a tree: components at the leaves, and groups that need
 * all of their parts (series), any one of them (parallel) or at least k of them (k-of-n).
 *
 * Every formula assumes parts fail independently. Replicas that share a deploy, a config push,
 * a power feed or a dependency fail together, so real systems fall short of these numbers.
 */

/** One thing that can be up or down, with the fraction of time it is up. */
export interface Component {
	readonly kind: 'component';
	readonly name: string;
	/** A fraction in [0, 1]: 0.999 for 99.9%. */
	readonly availability: number;
}

/** A group whose parts must all be up: a request passes through every one of them. */
export interface Series {
	readonly kind: 'series';
	readonly name: string;
	readonly parts: readonly SystemNode[];
}

/** A group that is up while any one part is up: redundant copies with instant failover. */
export interface Parallel {
	readonly kind: 'parallel';
	readonly name: string;
	readonly parts: readonly SystemNode[];
}

/** A group that is up while at least `k` parts are up: a quorum, or a pool sized for peak load. */
export interface KOfN {
	readonly kind: 'k-of-n';
	readonly name: string;
	readonly k: number;
	readonly parts: readonly SystemNode[];
}

/** A system, or any part of one. */
export type SystemNode = Component | Series | Parallel | KOfN;

/** Minutes in the 30-day month that monthly SLAs and error budgets usually assume: 43,200. */
export const MINUTES_PER_MONTH = 30 * 24 * 60;

/** Minutes in a 365-day year: 525,600. */
export const MINUTES_PER_YEAR = 365 * 24 * 60;

/** Product of the availabilities: every part must be up at once. */
export function seriesAvailability(availabilities: readonly number[]): number {
	checkAll(availabilities);
	return availabilities.reduce((product, a) => product * a, 1);
}

/** One minus the product of the unavailabilities: down only when every part is down. */
export function parallelAvailability(availabilities: readonly number[]): number {
	checkAll(availabilities);
	return 1 - availabilities.reduce((product, a) => product * (1 - a), 1);
}

/**
 * Probability that at least `k` of the parts are up. Builds the distribution of "how many are
 * up" one part at a time, so parts may differ (with equal parts it is the binomial tail).
 */
export function atLeastKAvailability(availabilities: readonly number[], k: number): number {
	checkAll(availabilities);
	if (!Number.isInteger(k) || k < 1 || k > availabilities.length) {
		throw new RangeError(`k must be a whole number from 1 to ${availabilities.length}, got ${k}`);
	}
	// upCount[j] = probability that exactly j of the parts seen so far are up.
	let upCount = [1];
	for (const a of availabilities) {
		const next = new Array<number>(upCount.length + 1).fill(0);
		upCount.forEach((p, j) => {
			next[j] = (next[j] ?? 0) + p * (1 - a);
			next[j + 1] = (next[j + 1] ?? 0) + p * a;
		});
		upCount = next;
	}
	return upCount.slice(k).reduce((sum, p) => sum + p, 0);
}

/**
 * The availability of a system tree. Throws a RangeError naming the node's path (for example
 * `checkout > database > primary`) and the fix when an availability or a group is invalid.
 */
export function availabilityOf(node: SystemNode, path: readonly string[] = []): number {
	const here = [...path, node.name];
	const where = here.join(' > ');
	if (node.kind === 'component') {
		checkAvailability(node.availability, `availability of ${where}`);
		return node.availability;
	}
	if (node.parts.length === 0) {
		throw new RangeError(`${node.kind} group ${where} has no parts; give it at least one`);
	}
	const parts = node.parts.map((part) => availabilityOf(part, here));
	if (node.kind === 'series') return seriesAvailability(parts);
	if (node.kind === 'parallel') return parallelAvailability(parts);
	if (!Number.isInteger(node.k) || node.k < 1 || node.k > parts.length) {
		throw new RangeError(
			`k of ${where} must be a whole number from 1 to its ${parts.length} parts, got ${node.k}`,
		);
	}
	return atLeastKAvailability(parts, node.k);
}

/** `count` identical components named `name-1`, `name-2`, ...: the replicas of one tier. */
export function replicas(name: string, availability: number, count: number): Component[] {
	if (!Number.isInteger(count) || count < 1) {
		throw new RangeError(
			`replica count of ${name} must be a whole number of at least 1, got ${count}`,
		);
	}
	return Array.from({ length: count }, (_, i) => ({
		kind: 'component',
		name: `${name}-${i + 1}`,
		availability,
	}));
}

/** Expected minutes down in a period of `periodMinutes` at this availability. */
export function downtimeMinutes(availability: number, periodMinutes: number): number {
	checkAvailability(availability, 'availability');
	if (!(periodMinutes > 0)) {
		throw new RangeError(`periodMinutes must be above 0, got ${periodMinutes}`);
	}
	return (1 - availability) * periodMinutes;
}

/** Downtime allowed per 30-day month and per 365-day year, in minutes. */
export function downtimeBudget(availability: number): { perMonth: number; perYear: number } {
	return {
		perMonth: downtimeMinutes(availability, MINUTES_PER_MONTH),
		perYear: downtimeMinutes(availability, MINUTES_PER_YEAR),
	};
}

/** The number of nines: 3 for 0.999, about 3.3 for 0.9995, Infinity for 1. */
export function nines(availability: number): number {
	checkAvailability(availability, 'availability');
	return -Math.log10(1 - availability);
}

/** Throws a RangeError saying what is wrong and how to write it when `a` is not in [0, 1]. */
function checkAvailability(a: number, what: string): void {
	if (!Number.isFinite(a) || a < 0 || a > 1) {
		throw new RangeError(`${what} must be a fraction between 0 and 1 (0.999 for 99.9%), got ${a}`);
	}
}

function checkAll(availabilities: readonly number[]): void {
	availabilities.forEach((a, i) => checkAvailability(a, `availabilities[${i}]`));
}
