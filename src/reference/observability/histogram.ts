/**
 * A fixed-bucket latency histogram in the shape Prometheus uses: each bucket counts the
 * observations less than or equal to its upper bound (`le`), so the counts are cumulative and
 * the last bucket, `+Inf`, equals the total count. Quantiles are estimated the way PromQL's
 * `histogram_quantile` does it for classic histograms: find the bucket that holds the rank,
 * then interpolate linearly inside it.
 *
 * Because a histogram is only counters, histograms from many instances merge by adding the
 * counts bucket by bucket, and the merged quantile is the quantile of all the traffic. A
 * precomputed p99 per instance cannot be merged: there is no correct way to combine them.
 */

/** One cumulative bucket: how many observations were at most `le`. */
export interface CumulativeBucket {
	/** The bucket's upper bound; the last one is Infinity. */
	readonly le: number;
	/** Observations less than or equal to `le`, the way Prometheus exposes `_bucket{le="..."}`. */
	readonly count: number;
}

/** A latency histogram with fixed upper bounds, such as milliseconds [5, 10, 25, ...]. */
export class LatencyHistogram {
	/** The finite upper bounds, strictly increasing; `+Inf` is implied after the last. */
	readonly bounds: readonly number[];
	// Per-bucket (not cumulative) counts; index bounds.length is the +Inf bucket.
	private readonly counts: number[];
	private total = 0;
	private sumOfValues = 0;

	/** Throws RangeError unless `bounds` is non-empty, finite and strictly increasing. */
	constructor(bounds: readonly number[]) {
		if (bounds.length === 0) throw new RangeError('bounds must list at least one upper bound');
		bounds.forEach((bound, i) => {
			if (!Number.isFinite(bound)) {
				throw new RangeError(`bounds[${i}] must be finite (+Inf is implied), got ${bound}`);
			}
			if (i > 0 && bound <= bounds[i - 1]!) {
				throw new RangeError(
					`bounds must increase strictly: bounds[${i}] = ${bound} follows ${bounds[i - 1]}`,
				);
			}
		});
		this.bounds = [...bounds];
		this.counts = new Array<number>(bounds.length + 1).fill(0);
	}

	/** Records one observation, such as a request that took `value` milliseconds. */
	observe(value: number): void {
		if (Number.isNaN(value)) throw new RangeError('cannot observe NaN');
		// The first bucket whose bound is >= value; `le` means less than or equal.
		let index = this.bounds.findIndex((bound) => value <= bound);
		if (index === -1) index = this.bounds.length;
		this.counts[index]! += 1;
		this.total += 1;
		this.sumOfValues += value;
	}

	/** Total observations (the `_count` series). */
	get count(): number {
		return this.total;
	}

	/** Sum of all observations (the `_sum` series); sum / count is the mean. */
	get sum(): number {
		return this.sumOfValues;
	}

	/** The cumulative buckets, `+Inf` last, as a scrape would expose them. */
	cumulative(): CumulativeBucket[] {
		let running = 0;
		return this.counts.map((count, i) => {
			running += count;
			return { le: this.bounds[i] ?? Infinity, count: running };
		});
	}

	/**
	 * Estimates the q-quantile (0 <= q <= 1) as `histogram_quantile` does: rank = q * count,
	 * the first bucket whose cumulative count reaches the rank holds it, and the estimate
	 * assumes observations spread evenly between that bucket's lower and upper bound. The first
	 * bucket's lower bound is 0. A rank in the `+Inf` bucket returns the highest finite bound,
	 * because nothing is known about how far above it those observations lie. The error is at
	 * most the width of the bucket the answer falls in. Returns NaN for an empty histogram.
	 */
	quantile(q: number): number {
		if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be between 0 and 1, got ${q}`);
		if (this.total === 0) return NaN;
		const buckets = this.cumulative();
		const rank = q * this.total;
		const b = buckets.findIndex((bucket) => bucket.count >= rank);
		if (b === buckets.length - 1) return this.bounds[this.bounds.length - 1]!;
		const bucketEnd = buckets[b]!.le;
		if (b === 0 && bucketEnd <= 0) return bucketEnd;
		const bucketStart = b === 0 ? 0 : buckets[b - 1]!.le;
		const below = b === 0 ? 0 : buckets[b - 1]!.count;
		const inBucket = buckets[b]!.count - below;
		// Only a rank of exactly `below` can land in an empty bucket; answer its lower edge.
		if (inBucket === 0) return bucketStart;
		return bucketStart + (bucketEnd - bucketStart) * ((rank - below) / inBucket);
	}

	/**
	 * Adds histograms bucket by bucket, as `sum by (le) (rate(..._bucket[5m]))` does across
	 * instances. Throws RangeError when the bucket bounds differ: counts from different
	 * layouts cannot be added meaningfully.
	 */
	static merge(histograms: readonly LatencyHistogram[]): LatencyHistogram {
		const first = histograms[0];
		if (first === undefined) throw new RangeError('merge needs at least one histogram');
		const merged = new LatencyHistogram(first.bounds);
		for (const [h, histogram] of histograms.entries()) {
			const same =
				histogram.bounds.length === first.bounds.length &&
				histogram.bounds.every((bound, i) => bound === first.bounds[i]);
			if (!same) {
				throw new RangeError(
					`histogram ${h} has bounds [${histogram.bounds.join(', ')}], expected [${first.bounds.join(', ')}]`,
				);
			}
			histogram.counts.forEach((count, i) => {
				merged.counts[i]! += count;
			});
			merged.total += histogram.total;
			merged.sumOfValues += histogram.sumOfValues;
		}
		return merged;
	}
}

/**
 * The exact q-quantile of raw samples by the nearest-rank method: the value at position
 * ceil(q * n) in sorted order. Tests and the page compare histogram estimates against it.
 */
export function exactQuantile(samples: readonly number[], q: number): number {
	if (!(q > 0 && q <= 1)) throw new RangeError(`q must be in (0, 1], got ${q}`);
	if (samples.length === 0) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.ceil(q * sorted.length) - 1]!;
}
