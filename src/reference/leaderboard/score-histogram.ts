/**
 * Approximate rank from a score histogram: counts of players per score bucket. The rank of a
 * score is one plus the players above it; buckets above it are counted exactly, and inside its
 * own bucket the answer is interpolated, so the error is bounded by that one bucket's count.
 */

/** An estimated 1-based rank and the interval the true rank is guaranteed to fall in. */
export interface RankEstimate {
	readonly estimate: number;
	/** Best possible rank: nobody in the score's own bucket is ahead. */
	readonly best: number;
	/** Worst possible rank: everyone else in the bucket is ahead. */
	readonly worst: number;
}

/** Player counts over fixed score buckets [edge_i, edge_i+1). */
export class ScoreHistogram {
	private readonly counts: number[];

	/** @param edges ascending bucket edges; scores must lie in [first edge, last edge). */
	constructor(readonly edges: readonly number[]) {
		if (edges.length < 2) throw new RangeError('edges needs at least two values (one bucket)');
		for (let i = 1; i < edges.length; i++)
			if (!(edges[i]! > edges[i - 1]!))
				throw new RangeError(
					`edges must rise strictly: edges[${i}] = ${edges[i]} is not above ${edges[i - 1]}`,
				);
		this.counts = new Array<number>(edges.length - 1).fill(0);
	}

	/** Evenly spaced buckets of `width` from `min` up to at least `max`. */
	static uniform(min: number, max: number, width: number): ScoreHistogram {
		const buckets = Math.ceil((max - min) / width);
		return new ScoreHistogram(Array.from({ length: buckets + 1 }, (_, i) => min + i * width));
	}

	/** Records a player at `score` (a new player, or the new half of a score change). */
	add(score: number): void {
		this.counts[this.bucketOf(score)]! += 1;
	}

	/** Removes a player at `score` (left the board, or the old half of a score change). */
	remove(score: number): void {
		const bucket = this.bucketOf(score);
		if (this.counts[bucket] === 0)
			throw new RangeError(`no player recorded in the bucket of score ${score}`);
		this.counts[bucket]! -= 1;
	}

	/** Players recorded. */
	get total(): number {
		return this.counts.reduce((sum, count) => sum + count, 0);
	}

	/**
	 * Rank of a player who holds `score` and is counted in the histogram. Players in higher
	 * buckets are certainly ahead; of the others sharing the bucket, the share assumed ahead is
	 * the share of the bucket's width above the score (uniform within the bucket).
	 */
	estimateRank(score: number): RankEstimate {
		const bucket = this.bucketOf(score);
		let above = 0;
		for (let i = bucket + 1; i < this.counts.length; i++) above += this.counts[i]!;
		const others = Math.max(0, this.counts[bucket]! - 1);
		const low = this.edges[bucket]!;
		const high = this.edges[bucket + 1]!;
		const shareAbove = (high - score) / (high - low);
		return {
			estimate: 1 + above + Math.round(others * shareAbove),
			best: 1 + above,
			worst: 1 + above + others,
		};
	}

	private bucketOf(score: number): number {
		const first = this.edges[0]!;
		const last = this.edges[this.edges.length - 1]!;
		if (!(score >= first && score < last))
			throw new RangeError(`score ${score} is outside [${first}, ${last}); widen the edges`);
		let low = 0;
		let high = this.edges.length - 1;
		// Largest i with edges[i] <= score.
		while (high - low > 1) {
			const mid = (low + high) >>> 1;
			if (this.edges[mid]! <= score) low = mid;
			else high = mid;
		}
		return low;
	}
}
