/**
 * The flashcard schedule's data and ordering: the FSRS card state stored per card, the four
 * grades, and which cards a session shows first. Grading itself is src/practice/fsrs-scheduler.ts,
 * kept apart so the ts-fsrs library loads only when a reader grades a card, not with every page
 * that reads the progress document. Time is injected (`now`, in milliseconds).
 */
import { shuffled, type RandomSource } from './shuffle.ts';

/** The four answers, in button and shortcut order (keys 1 to 4). */
export const reviewGrades = ['again', 'hard', 'good', 'easy'] as const;

/** How well the reader recalled a card: forgot it, barely, with some effort, or at once. */
export type ReviewGrade = (typeof reviewGrades)[number];

/** What each grade is called on its button. */
export const reviewGradeLabels: Readonly<Record<ReviewGrade, string>> = {
	again: 'Again',
	hard: 'Hard',
	good: 'Good',
	easy: 'Easy',
};

/** FSRS card phases as ts-fsrs numbers them (its `State`; 0, new, is never stored). */
export const cardPhases = { learning: 1, review: 2, relearning: 3 } as const;

/** The FSRS phase of a graded card: 1 learning, 2 review, 3 relearning. */
export type CardPhase = (typeof cardPhases)[keyof typeof cardPhases];

/**
 * The schedule of one card the reader has graded at least once: the ts-fsrs card state, with times
 * as milliseconds since the epoch so it stores as plain JSON. ts-fsrs field names in brackets.
 */
export interface CardState {
	/** When the card is next due (`due`). */
	dueAt: number;
	/** When it was last graded (`last_review`); null when an old format did not record it. */
	reviewedAt: number | null;
	/** Days until recall falls to 90% (`stability`). */
	stability: number;
	/** How hard the card is to remember, 1 to 10 (`difficulty`). */
	difficulty: number;
	/**
	 * Days between the last two reviews (`elapsed_days`; ts-fsrs 5 marks it deprecated, to go in
	 * 6.0, and schedules from `last_review` instead; kept so a card round-trips unchanged).
	 */
	elapsedDays: number;
	/** Days from the last review to the due date (`scheduled_days`). */
	scheduledDays: number;
	/** Which learning or relearning step the card is on (`learning_steps`). */
	learningSteps: number;
	/** Times graded (`reps`). */
	reps: number;
	/** Times forgotten after it had graduated to review (`lapses`). */
	lapses: number;
	/** Learning, review or relearning (`state`). */
	state: CardPhase;
}

const minuteInMs = 60_000;
const hourInMs = 60 * minuteInMs;
const dayInMs = 24 * hourInMs;

/**
 * A wait in the short form the grade buttons show: "10 min", "5 h", "3 d", "4 mo", "1.5 y".
 * Months are 30 days and years 365, as labels that only need to tell the grades apart.
 */
export function formatInterval(ms: number): string {
	if (ms < hourInMs) return `${Math.max(1, Math.round(ms / minuteInMs))} min`;
	if (ms < dayInMs) return `${Math.round(ms / hourInMs)} h`;
	const days = Math.round(ms / dayInMs);
	if (days < 30) return `${days} d`;
	if (days < 365) return `${Math.round(days / 30)} mo`;
	return `${Number((days / 365).toFixed(1))} y`;
}

/** A card is due when it has never been reviewed or its due time has come. */
export function isDue(card: CardState | undefined, now: number): boolean {
	return card === undefined || card.dueAt <= now;
}

/** How a card stands at `now`: reviewed and due, never seen, or waiting for a later time. */
export type CardStatus = 'due' | 'new' | 'later';

/** The status of one card at `now`. */
export function cardStatus(card: CardState | undefined, now: number): CardStatus {
	if (card === undefined) return 'new';
	return card.dueAt <= now ? 'due' : 'later';
}

/**
 * Orders question ids for a session: reviewed cards that are due come first (most overdue
 * first, so nothing waits forever), then cards never seen (in the order given), then cards
 * that are not due yet (soonest first), for readers who want to practice ahead. With `random`
 * (shuffle), the due cards and the new cards each come in random order instead, due still
 * before new.
 */
export function orderForReview(
	ids: readonly string[],
	cards: Readonly<Record<string, CardState>>,
	now: number,
	random?: RandomSource,
): string[] {
	const due: string[] = [];
	const fresh: string[] = [];
	const later: string[] = [];
	for (const id of ids) {
		const status = cardStatus(cards[id], now);
		(status === 'due' ? due : status === 'new' ? fresh : later).push(id);
	}
	const byDueTime = (a: string, b: string): number => cards[a]!.dueAt - cards[b]!.dueAt;
	if (random)
		return [...shuffled(due, random), ...shuffled(fresh, random), ...later.sort(byDueTime)];
	return [...due.sort(byDueTime), ...fresh, ...later.sort(byDueTime)];
}

/** How many of `ids` are due, new and waiting at `now`. */
export function countByStatus(
	ids: readonly string[],
	cards: Readonly<Record<string, CardState>>,
	now: number,
): Record<CardStatus, number> {
	const counts: Record<CardStatus, number> = { due: 0, new: 0, later: 0 };
	for (const id of ids) counts[cardStatus(cards[id], now)] += 1;
	return counts;
}
