import { describe, expect, it } from 'vitest';
import type { CardState } from '../../../src/practice/schedule.ts';
import { summarizeSession } from '../../../src/practice/session-summary.ts';

const minute = 60_000;
const now = Date.UTC(2026, 10, 22, 9, 0, 0);

function learning(dueAt: number): CardState {
	return {
		dueAt,
		reviewedAt: now,
		stability: 1,
		difficulty: 5,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 1,
		reps: 1,
		lapses: 0,
		state: 1,
	};
}

describe('session summary', () => {
	it('counts grades, distinct cards, what is left and the next due time', () => {
		const cards = {
			a: learning(now + 10 * minute),
			b: learning(now + minute),
			c: learning(now + 30 * minute),
			// Outside the selection: its earlier due time does not count.
			x: learning(now + 30_000),
		};
		const summary = summarizeSession(
			[
				{ id: 'a', grade: 'good' },
				{ id: 'b', grade: 'again' },
				{ id: 'c', grade: 'easy' },
				{ id: 'b', grade: 'again' },
			],
			['a', 'b', 'c', 'd'],
			cards,
			now,
		);
		expect(summary).toEqual({
			reviews: 4,
			cards: 3,
			byGrade: { again: 2, hard: 0, good: 1, easy: 1 },
			left: { due: 0, new: 1, later: 3 },
			nextDueAt: now + minute,
		});
	});

	it('has no next due time when no card of the selection waits', () => {
		const summary = summarizeSession([], ['a', 'b'], { a: learning(now - minute) }, now);
		expect(summary).toEqual({
			reviews: 0,
			cards: 0,
			byGrade: { again: 0, hard: 0, good: 0, easy: 0 },
			left: { due: 1, new: 1, later: 0 },
			nextDueAt: null,
		});
	});
});
