import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import {
	firstGradeMemory,
	leitnerBoxWaitsInDays,
	migrateLeitnerCard,
	type LeitnerBox,
} from '../../../src/practice/leitner-migration.ts';
import {
	initialDifficulty,
	initialStability,
	previewIntervals,
	reviewCard,
} from '../../../src/practice/fsrs-scheduler.ts';

const day = 86_400_000;
const reviewedAt = Date.UTC(2026, 9, 1, 12);

describe('Leitner to FSRS migration', () => {
	it('pins the first-grade stability and difficulties that ts-fsrs computes', () => {
		expect(firstGradeMemory).toEqual({
			againStability: initialStability('again'),
			againDifficulty: initialDifficulty('again'),
			goodDifficulty: initialDifficulty('good'),
		});
	});

	it('maps each box: stability = the box wait in days (at least a first Again), due and review times kept', () => {
		const rows = ([1, 2, 3, 4, 5] as const).map((box: LeitnerBox) => {
			const dueAt = reviewedAt + leitnerBoxWaitsInDays[box - 1]! * day;
			const card = migrateLeitnerCard({ box, dueAt, reviewedAt });
			return [box, card.state, card.stability, card.dueAt - dueAt, card.reviewedAt, card.reps];
		});
		expect(rows).toEqual([
			[1, State.Learning, initialStability('again'), 0, reviewedAt, 1],
			[2, State.Review, 1, 0, reviewedAt, 1],
			[3, State.Review, 3, 0, reviewedAt, 2],
			[4, State.Review, 7, 0, reviewedAt, 3],
			[5, State.Review, 16, 0, reviewedAt, 4],
		]);
		expect(initialStability('again')).toBeGreaterThan(0);
		expect(initialStability('again')).toBeLessThan(1);
	});

	it('gives a missed card the difficulty of a first Again and a known card that of a first Good', () => {
		expect(migrateLeitnerCard({ box: 1, dueAt: 0, reviewedAt: 0 }).difficulty).toBe(
			initialDifficulty('again'),
		);
		expect(migrateLeitnerCard({ box: 4, dueAt: 0, reviewedAt: 0 }).difficulty).toBe(
			initialDifficulty('good'),
		);
		expect(initialDifficulty('again')).toBeGreaterThan(initialDifficulty('good'));
	});

	it('records an unknown review time (0 in old files) as null, not as 1970', () => {
		const card = migrateLeitnerCard({ box: 5, dueAt: 0, reviewedAt: 0 });
		expect(card.reviewedAt).toBeNull();
		expect(card.lapses).toBe(0);
	});

	it('continues the schedule: a box 5 card recalled on time waits longer than 16 days', () => {
		const card = migrateLeitnerCard({ box: 5, dueAt: reviewedAt + 16 * day, reviewedAt });
		const next = reviewCard(card, 'good', card.dueAt);
		expect(next.state).toBe(State.Review);
		expect(next.scheduledDays).toBeGreaterThan(16);
		// A box 1 card is still being learned: Good brings it back within minutes.
		const missed = migrateLeitnerCard({ box: 1, dueAt: reviewedAt, reviewedAt });
		expect(previewIntervals(missed, reviewedAt).good).toBeLessThan(day);
	});
});
