import { describe, it, expect } from 'vitest';
import {
	decodeCompositeScore,
	encodeCompositeScore,
	maxExactInteger,
	maxPoints,
} from '../../../../src/reference/leaderboard/composite-score.ts';
import { seededRandom } from '../../support/seeded-random.ts';

// A 90-day season in seconds: 7,776,000 < 2^23 = 8,388,608, leaving 30 bits for points.
const season = { timeBits: 23, seasonLength: 90 * 86_400 };

describe('composite scores', () => {
	it('shows why: doubles stop representing every integer at 2^53', () => {
		expect(maxExactInteger + 1).toBe(maxExactInteger);
		expect(maxPoints(season)).toBe(2 ** 30 - 1);
	});

	it('round-trips exactly and orders by points, then earlier time', () => {
		const random = seededRandom(11);
		for (let i = 0; i < 1000; i++) {
			const points = Math.floor(random() * maxPoints(season));
			const elapsed = Math.floor(random() * season.seasonLength);
			const score = encodeCompositeScore(points, elapsed, season);
			expect(score).toBeLessThan(maxExactInteger);
			expect(decodeCompositeScore(score, season)).toEqual({ points, elapsed });
		}
		const earlier = encodeCompositeScore(1000, 5, season);
		const later = encodeCompositeScore(1000, 6, season);
		const more = encodeCompositeScore(1001, season.seasonLength - 1, season);
		expect(earlier).toBeGreaterThan(later);
		expect(more).toBeGreaterThan(earlier);
	});

	it('keeps neighbors distinct at the very top of the range', () => {
		const top = maxPoints(season);
		const a = encodeCompositeScore(top, 0, season);
		const b = encodeCompositeScore(top, 1, season);
		expect(a - b).toBe(1);
	});

	it('refuses points or layouts that would lose precision, naming the fix', () => {
		expect(() => encodeCompositeScore(2 ** 30, 0, season)).toThrow(
			'use fewer time bits or keep the tie-break outside the score',
		);
		expect(() => encodeCompositeScore(1, season.seasonLength, season)).toThrow(
			'elapsed must be an integer from 0 to 7775999',
		);
		expect(() => maxPoints({ timeBits: 22, seasonLength: 90 * 86_400 })).toThrow(
			'raise timeBits or use a coarser time unit',
		);
	});
});
