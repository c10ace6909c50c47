/**
 * The p-th percentile by the nearest-rank method: sort the samples and take the value at rank
 * ceil(p / 100 * n), counting from 1. The result is always one of the samples, never an
 * interpolation, so "p99 = 212 ms" means a real request took 212 ms and 99% took no longer.
 *
 * @param samples latencies or any other measurements; not modified.
 * @param p percentile, greater than 0 and at most 100.
 */
export function nearestRankPercentile(samples: readonly number[], p: number): number {
	return percentiles(samples, [p])[0]!;
}

/** Several nearest-rank percentiles from one sort of the samples. */
export function percentiles(samples: readonly number[], ps: readonly number[]): number[] {
	if (samples.length === 0) throw new RangeError('percentiles need at least one sample');
	const sorted = [...samples].sort((a, b) => a - b);
	return ps.map((p) => {
		if (!(p > 0 && p <= 100))
			throw new RangeError(`percentile must be greater than 0 and at most 100, got ${p}`);
		// The small tolerance stops floating-point noise (99 / 100 * 100 = 99.00000000000001)
		// from pushing the rank one place too far.
		const rank = Math.max(1, Math.ceil((p / 100) * sorted.length - 1e-9));
		return sorted[rank - 1]!;
	});
}
