import { describe, expect, test } from 'vitest';
import {
	compareSqlRows,
	describeColumnProblem,
	textCell,
	type ExpectedRows,
} from '../../../src/practice/sql-result.ts';

const expected = (ordered: boolean): ExpectedRows => ({
	columns: ['rider_id', 'name'],
	rows: [
		['1', 'Ana'],
		['2', null],
		['2', null],
	],
	ordered,
});

describe('compareSqlRows', () => {
	test('accepts the same rows in any order when order does not matter', () => {
		const verdict = compareSqlRows(expected(false), {
			columns: ['rider_id', 'name'],
			rows: [
				['2', null],
				['1', 'Ana'],
				['2', null],
			],
		});
		expect(verdict).toEqual({
			correct: true,
			columnProblem: null,
			missing: [],
			unexpected: [],
			wrongOrder: false,
		});
	});

	test('counts duplicates: one copy short is a missing row, one too many an unexpected one', () => {
		const short = compareSqlRows(expected(false), {
			columns: ['rider_id', 'name'],
			rows: [
				['1', 'Ana'],
				['2', null],
			],
		});
		expect(short.correct).toBe(false);
		expect(short.missing).toEqual([['2', null]]);
		expect(short.unexpected).toEqual([]);
		const extra = compareSqlRows(expected(false), {
			columns: ['rider_id', 'name'],
			rows: [
				['1', 'Ana'],
				['1', 'Ana'],
				['2', null],
				['2', null],
			],
		});
		expect(extra.unexpected).toEqual([['1', 'Ana']]);
		expect(extra.missing).toEqual([]);
	});

	test('tells NULL from the text "null" and compares values as text', () => {
		const verdict = compareSqlRows(
			{ columns: ['a'], rows: [[null], ['12.50']], ordered: false },
			{ columns: ['a'], rows: [['null'], ['12.5']] },
		);
		expect(verdict.missing).toEqual([[null], ['12.50']]);
		expect(verdict.unexpected).toEqual([['null'], ['12.5']]);
	});

	test('reports right rows in the wrong order only when the exercise is ordered', () => {
		const reversed = {
			columns: ['rider_id', 'name'],
			rows: [
				['2', null],
				['2', null],
				['1', 'Ana'],
			],
		};
		expect(compareSqlRows(expected(true), reversed)).toMatchObject({
			correct: false,
			wrongOrder: true,
			missing: [],
			unexpected: [],
		});
		expect(compareSqlRows(expected(false), reversed).correct).toBe(true);
	});

	test('does not call wrong rows a wrong order', () => {
		const verdict = compareSqlRows(expected(true), {
			columns: ['rider_id', 'name'],
			rows: [['1', 'Ana']],
		});
		expect(verdict.wrongOrder).toBe(false);
		expect(verdict.missing).toEqual([
			['2', null],
			['2', null],
		]);
	});

	test('fails on column names even when the rows match', () => {
		const verdict = compareSqlRows(expected(false), {
			columns: ['rider_id', 'rider_name'],
			rows: expected(false).rows,
		});
		expect(verdict.correct).toBe(false);
		expect(verdict.columnProblem).toBe(
			'Column names differ: "rider_name" where "name" is expected. Name a column with AS.',
		);
	});
});

describe('describeColumnProblem', () => {
	test('is null for the same names in the same order', () => {
		expect(describeColumnProblem(['a', 'b'], ['a', 'b'])).toBeNull();
	});
	test('names the counts and the columns when there are more or fewer', () => {
		expect(describeColumnProblem(['a', 'b'], ['a'])).toBe(
			'The result has 1 column ("a"); the exercise asks for 2 ("a", "b").',
		);
	});
	test('says when the columns are only in another order', () => {
		expect(describeColumnProblem(['a', 'b'], ['b', 'a'])).toBe(
			'The columns are right but in another order: expected "a", "b", got "b", "a".',
		);
	});
});

describe('textCell', () => {
	test('keeps text and null, and refuses a value a type parser converted', () => {
		expect(textCell('t')).toBe('t');
		expect(textCell(null)).toBeNull();
		expect(() => textCell(42)).toThrow(/raw text/);
	});
});
