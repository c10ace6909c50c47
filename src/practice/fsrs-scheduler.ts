/**
 * Grading with FSRS (the Free Spaced Repetition Scheduler) as the `ts-fsrs` library implements
 * it. After each answer the reader grades the card Again, Hard, Good or Easy; FSRS updates the
 * card's memory state (stability and difficulty) and picks the day on which the chance of still
 * remembering it falls to the target retention. Time is injected (`now`, in milliseconds) so the
 * schedule is deterministic. The flashcard panel imports this module only when a reader first
 * reveals an answer.
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
import type { CardPhase, CardState, ReviewGrade } from './schedule.ts';

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

const ratings: Readonly<Record<ReviewGrade, Grade>> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy,
};

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

/** The difficulty FSRS gives a card whose first grade is `grade` (1 to 10). */
export function initialDifficulty(grade: ReviewGrade): number {
	return scheduler.init_difficulty(ratings[grade]);
}

/** The stability, in days, FSRS gives a card whose first grade is `grade`. */
export function initialStability(grade: ReviewGrade): number {
	return scheduler.init_stability(ratings[grade]);
}
