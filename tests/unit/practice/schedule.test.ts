import { describe, expect, it } from 'vitest';
import {
	boxIntervalsInDays,
	cardStatus,
	countByStatus,
	isDue,
	nextBox,
	orderForReview,
	reviewCard,
	type CardState,
} from '../../../src/practice/schedule.ts';

const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 22, 9, 0, 0);

describe('Leitner schedule', () => {
	it('uses intervals of 0, 1, 3, 7 and 16 days for boxes 1 to 5', () => {
		expect(boxIntervalsInDays).toEqual([0, 1, 3, 7, 16]);
	});

	it('moves a known card up one box and schedules it that many days ahead', () => {
		const first = reviewCard(undefined, 'knew', now);
		expect(first).toEqual({ box: 2, dueAt: now + day, reviewedAt: now });
		const second = reviewCard(first, 'knew', now + day);
		expect(second.box).toBe(3);
		expect(second.dueAt).toBe(now + day + 3 * day);
	});

	it('keeps a card in box 5 when it is known again', () => {
		expect(nextBox(5, 'knew')).toBe(5);
		expect(reviewCard({ box: 5, dueAt: now, reviewedAt: now - 16 * day }, 'knew', now).dueAt).toBe(
			now + 16 * day,
		);
	});

	it('sends a missed card back to box 1, due at once', () => {
		const missed = reviewCard({ box: 4, dueAt: now, reviewedAt: now - 7 * day }, 'again', now);
		expect(missed).toEqual({ box: 1, dueAt: now, reviewedAt: now });
		expect(isDue(missed, now)).toBe(true);
	});

	it('treats unseen cards as new and due, and future cards as later', () => {
		expect(cardStatus(undefined, now)).toBe('new');
		expect(isDue(undefined, now)).toBe(true);
		expect(cardStatus({ box: 2, dueAt: now + 1, reviewedAt: now }, now)).toBe('later');
		expect(cardStatus({ box: 2, dueAt: now, reviewedAt: now - day }, now)).toBe('due');
	});

	it('orders due cards first (most overdue first), then new ones in bank order, then later ones soonest first', () => {
		const cards: Record<string, CardState> = {
			soon: { box: 3, dueAt: now + day, reviewedAt: now - 2 * day },
			overdue: { box: 2, dueAt: now - 3 * day, reviewedAt: now - 4 * day },
			dueToday: { box: 1, dueAt: now - 1, reviewedAt: now - 1 },
			far: { box: 5, dueAt: now + 10 * day, reviewedAt: now - 6 * day },
		};
		const ids = ['far', 'newB', 'soon', 'dueToday', 'newA', 'overdue'];
		expect(orderForReview(ids, cards, now)).toEqual([
			'overdue',
			'dueToday',
			'newB',
			'newA',
			'soon',
			'far',
		]);
		expect(countByStatus(ids, cards, now)).toEqual({ due: 2, new: 2, later: 2 });
	});

	it('brings a known card back once its interval has passed', () => {
		const known = reviewCard(undefined, 'knew', now);
		expect(orderForReview(['a', 'b'], { b: known }, now)).toEqual(['a', 'b']);
		expect(
			orderForReview(
				['a', 'b'],
				{ a: reviewCard(undefined, 'knew', now - 2 * day), b: known },
				now + day,
			),
		).toEqual(['a', 'b']);
		expect(orderForReview(['a', 'b'], { b: known }, now + day)).toEqual(['b', 'a']);
	});
});
