/**
 * The flashcard schedule: FSRS (the Free Spaced Repetition Scheduler) as the `ts-fsrs` library
 * implements it. After each answer the reader grades the card Again, Hard, Good or Easy; FSRS
 * updates the card's memory state (stability and difficulty) and picks the day on which the chance
 * of still remembering it falls to the target retention. Time is injected (`now`, in milliseconds)
 * so the schedule is deterministic.
 */
import {
	fsrs,
	Rating,
	State,
	type Card,
	type CardInput,
	type FSRSParameters,
	type Grade,
} from 'ts-fsrs';

/**
 * The scheduler's settings, written out even where they equal ts-fsrs 5's defaults so a library
 * upgrade cannot change them silently.
 */
export const schedulerParameters: Partial<FSRSParameters> = {
	/** Aim for a 90% chance of recall when a card comes due (the ts-fsrs default). */
	request_retention: 0.9,
	/** No interval longer than 36,500 days (the ts-fsrs default: in effect, no cap). */
	maximum_interval: 36_500,
	/**
	 * Off (the ts-fsrs default): the same history always gives the same due date, so the interval on
	 * a button is the interval the card gets, and tests need no random source.
	 */
	enable_fuzz: false,
	/** New and lapsed cards step through minutes-long learning steps before days (the default). */
	enable_short_term: true,
	learning_steps: ['1m', '10m'],
	relearning_steps: ['10m'],
};

const scheduler = fsrs(schedulerParameters);

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

const ratings: Readonly<Record<ReviewGrade, Grade>> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy,
};

/** The FSRS phase of a card, numbered as ts-fsrs numbers it: 1 learning, 2 review, 3 relearning. */
export type CardPhase = State.Learning | State.Review | State.Relearning;

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

/** The card as ts-fsrs reads it; a card never graded is ts-fsrs's empty card, due at `now`. */
function toLibraryCard(card: CardState | undefined, now: number): CardInput {
	if (card === undefined) {
		return {
			due: now,
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 0,
			lapses: 0,
			state: State.New,
			last_review: null,
		};
	}
	return {
		due: card.dueAt,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: card.reviewedAt,
	};
}

function fromLibraryCard(card: Card): CardState {
	return {
		dueAt: card.due.getTime(),
		reviewedAt: card.last_review?.getTime() ?? null,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		// A graded card is never New again.
		state: card.state as CardPhase,
	};
}

/** Records one grade at `now` and returns the card's new schedule. */
export function reviewCard(
	card: CardState | undefined,
	grade: ReviewGrade,
	now: number,
): CardState {
	return fromLibraryCard(scheduler.next(toLibraryCard(card, now), now, ratings[grade]).card);
}

/** For each grade, how long (ms) after `now` the card would be due if the reader chose it. */
export function previewIntervals(
	card: CardState | undefined,
	now: number,
): Record<ReviewGrade, number> {
	const preview = scheduler.repeat(toLibraryCard(card, now), now);
	const wait = (grade: ReviewGrade): number =>
		Math.max(0, preview[ratings[grade]].card.due.getTime() - now);
	return { again: wait('again'), hard: wait('hard'), good: wait('good'), easy: wait('easy') };
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
 * that are not due yet (soonest first), for readers who want to practice ahead.
 */
export function orderForReview(
	ids: readonly string[],
	cards: Readonly<Record<string, CardState>>,
	now: number,
): string[] {
	const due: string[] = [];
	const fresh: string[] = [];
	const later: string[] = [];
	for (const id of ids) {
		const status = cardStatus(cards[id], now);
		(status === 'due' ? due : status === 'new' ? fresh : later).push(id);
	}
	const byDueTime = (a: string, b: string): number => cards[a]!.dueAt - cards[b]!.dueAt;
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

/** The difficulty FSRS gives a card whose first grade is `grade` (1 to 10). */
export function initialDifficulty(grade: ReviewGrade): number {
	return scheduler.init_difficulty(ratings[grade]);
}

/** The stability, in days, FSRS gives a card whose first grade is `grade`. */
export function initialStability(grade: ReviewGrade): number {
	return scheduler.init_stability(ratings[grade]);
}
