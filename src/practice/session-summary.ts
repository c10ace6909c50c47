/**
 * What a flashcard session amounts to when it ends (nothing in the selection is due any more, or
 * the reader ends it): how many grades were given and to how many cards, the count of each grade,
 * what is left to do now, and when the next card of the selection comes due.
 */
import {
	countByStatus,
	reviewGrades,
	type CardState,
	type CardStatus,
	type ReviewGrade,
} from './schedule.ts';

/** One grade given during the session. */
export interface SessionReview {
	id: string;
	grade: ReviewGrade;
}

/** The session in numbers. */
export interface SessionSummary {
	/** Grades given (a card graded Again and then Good counts twice). */
	reviews: number;
	/** Distinct cards graded. */
	cards: number;
	/** Grades given, per grade. */
	byGrade: Record<ReviewGrade, number>;
	/** The selection's cards by status at the end: due, new and waiting. */
	left: Record<CardStatus, number>;
	/** The earliest due time among the selection's waiting cards, or null when none waits. */
	nextDueAt: number | null;
}

/** Sums up `reviews` over the selection `ids`, whose schedules are `cards`, at `now`. */
export function summarizeSession(
	reviews: readonly SessionReview[],
	ids: readonly string[],
	cards: Readonly<Record<string, CardState>>,
	now: number,
): SessionSummary {
	const byGrade = Object.fromEntries(reviewGrades.map((grade) => [grade, 0])) as Record<
		ReviewGrade,
		number
	>;
	for (const review of reviews) byGrade[review.grade] += 1;
	let nextDueAt: number | null = null;
	for (const id of ids) {
		const dueAt = cards[id]?.dueAt;
		if (dueAt !== undefined && dueAt > now && (nextDueAt === null || dueAt < nextDueAt))
			nextDueAt = dueAt;
	}
	return {
		reviews: reviews.length,
		cards: new Set(reviews.map((review) => review.id)).size,
		byGrade,
		left: countByStatus(ids, cards, now),
		nextDueAt,
	};
}
