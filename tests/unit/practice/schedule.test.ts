import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import {
	cardStatus,
	countByStatus,
	formatInterval,
	isDue,
	orderForReview,
	cardPhases,
	reviewGrades,
	type CardState,
} from '../../../src/practice/schedule.ts';
import {
	previewIntervals,
	reviewCard,
	schedulerParameters,
} from '../../../src/practice/fsrs-scheduler.ts';
import { manualClock } from '../support/manual-clock.ts';

const minute = 60_000;
const day = 24 * 60 * minute;
const start = Date.UTC(2026, 10, 22, 9, 0, 0);

/** A card in review, last graded `stability` days before `now`, so it is due exactly at `now`. */
function reviewState(stability: number, now: number): CardState {
	return {
		dueAt: now,
		reviewedAt: now - stability * day,
		stability,
		difficulty: 5,
		elapsedDays: stability,
		scheduledDays: stability,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state: State.Review,
	};
}

describe('FSRS schedule', () => {
	it('numbers card phases as ts-fsrs does', () => {
		expect(cardPhases).toEqual({
			learning: State.Learning,
			review: State.Review,
			relearning: State.Relearning,
		});
	});

	it('uses ts-fsrs defaults: 90% retention, a 36,500-day cap, no fuzz, 1 and 10 minute steps', () => {
		expect(schedulerParameters).toEqual({
			request_retention: 0.9,
			maximum_interval: 36_500,
			enable_fuzz: false,
			enable_short_term: true,
			learning_steps: ['1m', '10m'],
			relearning_steps: ['10m'],
		});
	});

	it('steps a new card through minutes for Again, Hard and Good, and straight to days for Easy', () => {
		const waits = previewIntervals(undefined, start);
		expect(waits.again).toBe(1 * minute);
		expect(waits.hard).toBe(6 * minute);
		expect(waits.good).toBe(10 * minute);
		expect(waits.easy).toBeGreaterThanOrEqual(day);
		const good = reviewCard(undefined, 'good', start);
		expect(good).toMatchObject({ state: State.Learning, reps: 1, lapses: 0, reviewedAt: start });
		expect(good.dueAt).toBe(start + 10 * minute);
	});

	it('graduates a learning card to review after Good on its last step, and spaces it in days', () => {
		const clock = manualClock(start);
		let card = reviewCard(undefined, 'good', clock.now());
		clock.set(card.dueAt);
		card = reviewCard(card, 'good', clock.now());
		expect(card.state).toBe(State.Review);
		expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
		expect(card.dueAt).toBe(clock.now() + card.scheduledDays * day);
	});

	it('orders the four grades: each better grade waits at least as long, Easy longest', () => {
		const waits = previewIntervals(reviewState(10, start), start);
		expect(waits.again).toBeLessThan(waits.hard);
		expect(waits.hard).toBeLessThan(waits.good);
		expect(waits.good).toBeLessThan(waits.easy);
		expect(waits.again).toBe(10 * minute);
	});

	it('gives each grade the wait its preview showed', () => {
		const card = reviewState(7, start);
		const waits = previewIntervals(card, start);
		for (const grade of reviewGrades) {
			expect(reviewCard(card, grade, start).dueAt - start).toBe(waits[grade]);
		}
	});

	it('counts a lapse and relearns a review card graded Again, with lower stability', () => {
		const before = reviewState(20, start);
		const after = reviewCard(before, 'again', start);
		expect(after.state).toBe(State.Relearning);
		expect(after.lapses).toBe(1);
		expect(after.reps).toBe(before.reps + 1);
		expect(after.stability).toBeLessThan(before.stability);
		expect(after.dueAt).toBe(start + 10 * minute);
	});

	it('grows stability when a due card is recalled, so the next wait is longer than the last', () => {
		const before = reviewState(10, start);
		const after = reviewCard(before, 'good', start);
		expect(after.stability).toBeGreaterThan(before.stability);
		expect(after.scheduledDays).toBeGreaterThan(10);
	});

	it('schedules the same history to the same due time every run (no fuzz)', () => {
		const run = (): number[] => {
			const clock = manualClock(start);
			const dues: number[] = [];
			let card: CardState | undefined;
			for (const grade of ['good', 'good', 'hard', 'good', 'easy', 'again', 'good'] as const) {
				card = reviewCard(card, grade, clock.now());
				dues.push(card.dueAt);
				clock.set(card.dueAt);
			}
			return dues;
		};
		expect(run()).toEqual(run());
	});

	it('formats waits as the buttons show them', () => {
		expect(formatInterval(minute)).toBe('1 min');
		expect(formatInterval(10 * minute)).toBe('10 min');
		expect(formatInterval(5 * 60 * minute)).toBe('5 h');
		expect(formatInterval(3 * day)).toBe('3 d');
		expect(formatInterval(120 * day)).toBe('4 mo');
		expect(formatInterval(548 * day)).toBe('1.5 y');
	});

	it('treats unseen cards as new and due, and future cards as later', () => {
		expect(cardStatus(undefined, start)).toBe('new');
		expect(isDue(undefined, start)).toBe(true);
		expect(cardStatus({ ...reviewState(2, start), dueAt: start + 1 }, start)).toBe('later');
		expect(cardStatus(reviewState(2, start), start)).toBe('due');
	});

	it('orders due cards first (most overdue first), then new ones in bank order, then later ones soonest first', () => {
		const at = (dueAt: number): CardState => ({ ...reviewState(3, start), dueAt });
		const cards: Record<string, CardState> = {
			soon: at(start + day),
			overdue: at(start - 3 * day),
			dueToday: at(start - 1),
			far: at(start + 10 * day),
		};
		const ids = ['far', 'newB', 'soon', 'dueToday', 'newA', 'overdue'];
		expect(orderForReview(ids, cards, start)).toEqual([
			'overdue',
			'dueToday',
			'newB',
			'newA',
			'soon',
			'far',
		]);
		expect(countByStatus(ids, cards, start)).toEqual({ due: 2, new: 2, later: 2 });
	});

	it('brings a graded card back once its wait has passed', () => {
		const known = reviewCard(undefined, 'good', start);
		expect(orderForReview(['a', 'b'], { b: known }, start)).toEqual(['a', 'b']);
		expect(orderForReview(['a', 'b'], { b: known }, known.dueAt)).toEqual(['b', 'a']);
	});
});
