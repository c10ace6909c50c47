/**
 * Vector clocks: one counter per node, carried with every version of a value.
 *
 * Comparing two clocks entry by entry says whether one version descends from the other
 * ('before' / 'after'), whether they are the same ('equal'), or whether neither has seen the
 * other ('concurrent'). Concurrent versions are real conflicts; Dynamo and Riak keep them as
 * siblings and let the application, or the next writer, merge them.
 */

/** Node id to the number of events from that node this version has seen. Missing means 0. */
export type VectorClock = Readonly<Record<string, number>>;

/** How two clocks relate. */
export type Ordering = 'before' | 'after' | 'equal' | 'concurrent';

/** The empty clock: a version that has seen nothing. */
export const EMPTY_CLOCK: VectorClock = Object.freeze({});

/** A copy of `clock` with `node`'s entry advanced by one: an event (a write) on that node. */
export function increment(clock: VectorClock, node: string): VectorClock {
	return { ...clock, [node]: (clock[node] ?? 0) + 1 };
}

/** Entry-wise maximum: a clock that has seen everything either input has seen. */
export function merge(a: VectorClock, b: VectorClock): VectorClock {
	const out: Record<string, number> = { ...a };
	for (const [node, count] of Object.entries(b)) out[node] = Math.max(out[node] ?? 0, count);
	return out;
}

/**
 * Compares `a` to `b`: 'before' when every entry of a is at most b's and one is smaller
 * (b has seen everything a has, and more), 'after' for the reverse, 'equal' when all entries
 * match, and 'concurrent' when each has an entry the other lacks.
 */
export function compare(a: VectorClock, b: VectorClock): Ordering {
	let aBehind = false;
	let bBehind = false;
	for (const node of new Set([...Object.keys(a), ...Object.keys(b)])) {
		const x = a[node] ?? 0;
		const y = b[node] ?? 0;
		if (x < y) aBehind = true;
		if (y < x) bBehind = true;
	}
	if (aBehind && bBehind) return 'concurrent';
	if (aBehind) return 'before';
	if (bBehind) return 'after';
	return 'equal';
}

/** A value together with the causal context it was written under. */
export interface Versioned<V> {
	readonly value: V;
	readonly clock: VectorClock;
}

/**
 * Applies a write to the current siblings of a key, Dynamo-style: siblings the incoming
 * version descends from (or equals) are replaced; an incoming version that some sibling
 * already descends from is stale and dropped; siblings concurrent with it are kept beside it.
 */
export function applyWrite<V>(
	siblings: readonly Versioned<V>[],
	incoming: Versioned<V>,
): Versioned<V>[] {
	// A write the store has already superseded must not resurrect old data.
	const stale = siblings.some((s) => {
		const order = compare(incoming.clock, s.clock);
		return order === 'before' || order === 'equal';
	});
	if (stale) return [...siblings];
	const survivors = siblings.filter((s) => compare(s.clock, incoming.clock) === 'concurrent');
	return [...survivors, incoming];
}
