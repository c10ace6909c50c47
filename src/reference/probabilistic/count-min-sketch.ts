import { hash32 } from './hash.ts';

/**
 * Width and depth for a count-min sketch whose estimates exceed the true count by at most
 * epsilon * N with probability at least 1 - delta, where N is the total of all increments
 * (Cormode and Muthukrishnan, 2005): width = ceil(e / epsilon), depth = ceil(ln(1 / delta)).
 */
export function countMinDimensions(
	epsilon: number,
	delta: number,
): { width: number; depth: number } {
	if (!(epsilon > 0 && epsilon < 1))
		throw new RangeError(`epsilon must be strictly between 0 and 1, got ${epsilon}`);
	if (!(delta > 0 && delta < 1))
		throw new RangeError(`delta must be strictly between 0 and 1, got ${delta}`);
	return { width: Math.ceil(Math.E / epsilon), depth: Math.ceil(Math.log(1 / delta)) };
}

/**
 * A count-min sketch: `depth` rows of `width` counters, each row with its own hash.
 * An increment adds to one counter per row; a query returns the smallest of the key's
 * counters. Other keys can only add to a counter, never subtract, so the estimate is never
 * below the true count; taking the minimum keeps the collision noise small.
 */
export class CountMinSketch {
	private readonly rows: Float64Array[];
	private total = 0;

	constructor(
		readonly width: number,
		readonly depth: number,
	) {
		if (!Number.isInteger(width) || width < 1)
			throw new RangeError(`width must be an integer >= 1, got ${width}`);
		if (!Number.isInteger(depth) || depth < 1)
			throw new RangeError(`depth must be an integer >= 1, got ${depth}`);
		this.rows = Array.from({ length: depth }, () => new Float64Array(width));
	}

	/** A sketch sized for error epsilon * N with probability 1 - delta. */
	static forError(epsilon: number, delta: number): CountMinSketch {
		const { width, depth } = countMinDimensions(epsilon, delta);
		return new CountMinSketch(width, depth);
	}

	/** N: the sum of every increment so far. */
	get totalCount(): number {
		return this.total;
	}

	/** Adds `count` (a non-negative number) to the key's counter in every row. */
	add(key: string, count = 1): void {
		if (!(count >= 0))
			throw new RangeError(`count must be >= 0 (a count-min sketch cannot subtract), got ${count}`);
		for (let row = 0; row < this.depth; row++) {
			this.rows[row]![this.column(key, row)]! += count;
		}
		this.total += count;
	}

	/** An estimate that is never below the key's true count. */
	estimate(key: string): number {
		let smallest = Infinity;
		for (let row = 0; row < this.depth; row++) {
			smallest = Math.min(smallest, this.rows[row]![this.column(key, row)]!);
		}
		return smallest;
	}

	private column(key: string, row: number): number {
		// One seed per row gives each row an independent hash function.
		return hash32(key, row + 1) % this.width;
	}
}

/** A key and its estimated count. */
export interface HeavyHitter {
	key: string;
	count: number;
}

/**
 * The k most frequent keys of a stream, in memory independent of the number of distinct keys:
 * a count-min sketch estimates every key's count, and a small candidate table keeps the k
 * keys with the largest estimates seen so far. A key that is truly frequent keeps hitting
 * the sketch, so its estimate climbs past the smallest candidate and it takes that place.
 * The candidate table is scanned linearly for its minimum, which is fine for small k;
 * a min-heap keyed by count does the same in O(log k).
 */
export class TopK {
	private readonly sketch: CountMinSketch;
	private readonly candidates = new Map<string, number>();

	constructor(
		readonly k: number,
		sketch: CountMinSketch,
	) {
		if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer >= 1, got ${k}`);
		this.sketch = sketch;
	}

	/** Counts one more occurrence of `key` and updates the candidate table. */
	add(key: string, count = 1): void {
		this.sketch.add(key, count);
		const estimate = this.sketch.estimate(key);
		if (this.candidates.has(key) || this.candidates.size < this.k) {
			this.candidates.set(key, estimate);
			return;
		}
		let weakestKey = '';
		let weakestCount = Infinity;
		for (const [candidate, candidateCount] of this.candidates) {
			if (candidateCount < weakestCount) {
				weakestKey = candidate;
				weakestCount = candidateCount;
			}
		}
		if (estimate > weakestCount) {
			this.candidates.delete(weakestKey);
			this.candidates.set(key, estimate);
		}
	}

	/** The current top k, largest estimate first. */
	list(): HeavyHitter[] {
		return [...this.candidates]
			.map(([key, count]) => ({ key, count }))
			.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	}
}
