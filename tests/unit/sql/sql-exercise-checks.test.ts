import { expect, test } from 'vitest';
import { checkSqlExercises } from '../../../src/content/sql-exercise-checks.ts';
import { sqlExerciseSchema } from '../../../src/content/sql-exercise-schema.ts';

const exercise = (id: string, topic: 'joins' | 'nulls', order: number) => ({
	id,
	data: { topic, order },
});

test('names the file and the missing solution path', () => {
	expect(checkSqlExercises([exercise('a', 'joins', 1)], () => false)).toEqual([
		{
			file: 'src/content/sql-exercises/a.md',
			field: 'id',
			message:
				'no model solution: add src/reference/sql/exercises/a.sql, one SELECT whose result is `expected`.',
		},
	]);
});

test('reports a topic position claimed twice, and allows the same order in another topic', () => {
	const problems = checkSqlExercises(
		[exercise('b', 'joins', 1), exercise('a', 'joins', 1), exercise('c', 'nulls', 1)],
		() => true,
	);
	expect(problems).toEqual([
		{
			file: 'src/content/sql-exercises/b.md',
			field: 'order',
			message:
				'order 1 in topic joins is taken by src/content/sql-exercises/a.md: give each exercise of a topic its own order.',
		},
	]);
});

const valid = {
	title: 'Riders',
	topic: 'joins',
	order: 1,
	difficulty: 'easy',
	prompt: 'List the riders with `rider_id`.',
	ordered: false,
	expected: { columns: ['rider_id', 'name'], rows: [['1', null]] },
};

test('the schema accepts a valid exercise', () => {
	expect(sqlExerciseSchema.safeParse(valid).success).toBe(true);
});

test('the schema rejects a row whose length differs from the columns, at that row', () => {
	const result = sqlExerciseSchema.safeParse({
		...valid,
		expected: { columns: ['rider_id', 'name'], rows: [['1', null], ['2']] },
	});
	expect(result.success).toBe(false);
	expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
		[
			['expected', 'rows', 1],
			'row 2 has 1 values but `expected.columns` names 2: give every row one value per column, in the same order.',
		],
	]);
});

test('the schema rejects an unknown topic and a number where text is expected', () => {
	const result = sqlExerciseSchema.safeParse({
		...valid,
		topic: 'join',
		expected: { columns: ['a'], rows: [[1]] },
	});
	expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
		expect.arrayContaining(['topic', 'expected.rows.0.0']),
	);
});
