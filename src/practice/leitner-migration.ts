/**
 * Turns a flashcard schedule saved by the earlier five-box Leitner system (progress documents of
 * version 2 and older) into an FSRS card state, so no card is lost and each keeps its due date.
 *
 * The mapping, box by box (a Leitner box waited 0, 1, 3, 7 or 16 days):
 * - stability = the box's wait in days, but never below the stability FSRS gives a new card graded
 *   Again (about 0.2 days), since FSRS treats stability as the days until recall falls to 90%;
 * - box 1 (missed, or never known) becomes a Learning card on its first step, with the difficulty
 *   of a first grade of Again; boxes 2 to 5 (known once or more in a row) become Review cards with
 *   the difficulty of a first grade of Good;
 * - due = the old due time, and the last review = the old review time (unknown when it was 0, which
 *   the unversioned format always stored);
 * - reps = the fewest reviews that reach the box (box - 1, at least 1), lapses = 0 (not recorded).
 */
import { cardPhases, type CardState } from './schedule.ts';

/**
 * What FSRS gives a new card on its first grade, with ts-fsrs 5's default weights: stability after
 * Again (w0, in days) and difficulty after Again and after Good. Written here so reading an old
 * document does not load the scheduler; tests/unit/practice/leitner-migration.test.ts checks them
 * against ts-fsrs.
 */
export const firstGradeMemory = {
	againStability: 0.212,
	againDifficulty: 6.4133,
	goodDifficulty: 2.11810397,
} as const;

/** Days a card waited in each Leitner box before it was due again, boxes 1 to 5. */
export const leitnerBoxWaitsInDays = [0, 1, 3, 7, 16] as const;

/** The highest Leitner box. */
export const highestLeitnerBox = leitnerBoxWaitsInDays.length;

/** A Leitner box number, 1 (reviewed often) to 5 (reviewed rarely). */
export type LeitnerBox = 1 | 2 | 3 | 4 | 5;

/** One card as version 2 and older stored it. */
export interface LeitnerCard {
	box: LeitnerBox;
	/** When the card was due, in milliseconds since the epoch (0 in the unversioned format). */
	dueAt: number;
	/** When it was last marked, in milliseconds since the epoch (0 when never recorded). */
	reviewedAt: number;
}

/** The FSRS card state that continues a Leitner card's schedule. */
export function migrateLeitnerCard(card: LeitnerCard): CardState {
	const waitInDays = leitnerBoxWaitsInDays[card.box - 1]!;
	const missed = card.box === 1;
	return {
		dueAt: card.dueAt,
		reviewedAt: card.reviewedAt > 0 ? card.reviewedAt : null,
		stability: Math.max(waitInDays, firstGradeMemory.againStability),
		difficulty: missed ? firstGradeMemory.againDifficulty : firstGradeMemory.goodDifficulty,
		elapsedDays: waitInDays,
		scheduledDays: waitInDays,
		learningSteps: 0,
		reps: Math.max(1, card.box - 1),
		lapses: 0,
		state: missed ? cardPhases.learning : cardPhases.review,
	};
}
