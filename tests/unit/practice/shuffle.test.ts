import { describe, expect, it } from 'vitest';
import { orderForReview, type CardState } from '../../../src/practice/schedule.ts';
import { shuffled } from '../../../src/practice/shuffle.ts';
import { seededRandom } from '../support/seeded-random.ts';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 22, 9, 0, 0);

function reviewed(dueAt: number): CardState {
	return {
		dueAt,
		reviewedAt: dueAt - 3 * day,
		stability: 3,
		difficulty: 5,
		elapsedDays: 3,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 2,
		lapses: 0,
		state: 2,
	};
}

describe('shuffle', () => {
	const items = Array.from({ length: 20 }, (_, i) => `q${i}`);

	it('keeps every item once and leaves the input alone', () => {
		const copy = [...items];
		const result = shuffled(items, seededRandom(7));
		expect(items).toEqual(copy);
		expect([...result].sort()).toEqual([...items].sort());
		expect(result).not.toEqual(items);
	});

	it('gives the same order for the same seed and another for another seed', () => {
		expect(shuffled(items, seededRandom(7))).toEqual(shuffled(items, seededRandom(7)));
		expect(shuffled(items, seededRandom(7))).not.toEqual(shuffled(items, seededRandom(8)));
	});

	it('puts each item first about equally often (no bias toward the start or end)', () => {
		const random = seededRandom(42);
		const firsts = new Map<string, number>();
		const abc = ['a', 'b', 'c', 'd'];
		for (let i = 0; i < 4000; i += 1) {
			const first = shuffled(abc, random)[0] ?? '';
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		for (const letter of abc) {
			expect(firsts.get(letter)).toBeGreaterThan(900);
			expect(firsts.get(letter)).toBeLessThan(1100);
		}
	});

	it('orders a session with due cards first and new cards next, each group shuffled', () => {
		const cards = {
			d1: reviewed(now - 3 * day),
			d2: reviewed(now - 2 * day),
			d3: reviewed(now - day),
			l1: reviewed(now + day),
			l2: reviewed(now + 2 * day),
		};
		const ids = ['n1', 'd1', 'n2', 'l2', 'd2', 'n3', 'l1', 'd3', 'n4', 'n5'];
		expect(orderForReview(ids, cards, now)).toEqual([
			'd1',
			'd2',
			'd3',
			'n1',
			'n2',
			'n3',
			'n4',
			'n5',
			'l1',
			'l2',
		]);
		const mixed = orderForReview(ids, cards, now, seededRandom(3));
		expect(mixed).toEqual(orderForReview(ids, cards, now, seededRandom(3)));
		expect(mixed.slice(0, 3).sort()).toEqual(['d1', 'd2', 'd3']);
		expect(mixed.slice(3, 8).sort()).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
		// Cards not yet due stay last, soonest first, for practicing ahead.
		expect(mixed.slice(8)).toEqual(['l1', 'l2']);
		expect(mixed.slice(0, 8)).not.toEqual(['d1', 'd2', 'd3', 'n1', 'n2', 'n3', 'n4', 'n5']);
	});
});
