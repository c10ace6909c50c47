import { describe, it, expect } from 'vitest';
import { ScoreHistogram } from '../../../../src/reference/leaderboard/score-histogram.ts';
import { seededRandom } from '../../support/seeded-random.ts';

/** True 1-based rank of a player at `score` among `scores`, ties counted in the player's favor. */
const trueBestRank = (scores: number[], score: number): number =>
	1 + scores.filter((s) => s > score).length;

describe('ScoreHistogram', () => {
	it('bounds the true rank by one bucket and estimates within that bound', () => {
		const random = seededRandom(3);
		// Skewed scores, like real boards: most players low, a long tail of high scores.
		const scores = Array.from({ length: 5_000 }, () => Math.floor(10_000 * random() ** 3));
		const histogram = ScoreHistogram.uniform(0, 10_000, 100);
		for (const score of scores) histogram.add(score);
		let totalError = 0;
		let totalWidth = 0;
		for (const score of scores.slice(0, 500)) {
			const rank = histogram.estimateRank(score);
			const best = trueBestRank(scores, score);
			const worst = best + scores.filter((s) => s === score).length - 1;
			expect(rank.best).toBeLessThanOrEqual(best);
			expect(rank.worst).toBeGreaterThanOrEqual(worst);
			expect(rank.estimate).toBeGreaterThanOrEqual(rank.best);
			expect(rank.estimate).toBeLessThanOrEqual(rank.worst);
			totalError += Math.abs(rank.estimate - best);
			totalWidth += rank.worst - rank.best;
		}
		// Interpolating inside the bucket beats reporting either end of it by a wide margin.
		expect(totalError).toBeLessThan(totalWidth / 4);
	});

	it('is exact when every bucket holds one distinct score', () => {
		const histogram = new ScoreHistogram([0, 10, 20, 30, 40]);
		for (const score of [5, 15, 25, 35]) histogram.add(score);
		expect(histogram.estimateRank(35)).toEqual({ estimate: 1, best: 1, worst: 1 });
		expect(histogram.estimateRank(5)).toEqual({ estimate: 4, best: 4, worst: 4 });
	});

	it('moves a player between buckets on a score change', () => {
		const histogram = ScoreHistogram.uniform(0, 100, 10);
		histogram.add(5);
		histogram.add(50);
		histogram.remove(5);
		histogram.add(95);
		expect(histogram.total).toBe(2);
		expect(histogram.estimateRank(50).best).toBe(2);
		expect(() => histogram.remove(5)).toThrow('no player recorded in the bucket of score 5');
	});

	it('rejects scores outside the edges and edges that do not rise, naming the fix', () => {
		const histogram = ScoreHistogram.uniform(0, 100, 10);
		expect(() => histogram.add(100)).toThrow('score 100 is outside [0, 100); widen the edges');
		expect(() => new ScoreHistogram([0, 10, 10])).toThrow('edges[2] = 10 is not above 10');
	});
});
