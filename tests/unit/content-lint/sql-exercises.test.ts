// `npm run lint:content` on SQL exercise files: each problem at the file and line to fix.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { lintSqlExercises } from '../../../scripts/content-lint/check-sql-exercises.ts';

let root = '';
afterEach(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
	root = mkdtempSync(join(tmpdir(), 'sql-lint-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const exercise = (order: number, rows: string): string => `---
title: Riders without trips
topic: joins
order: ${order}
difficulty: easy
prompt: List the riders with \`rider_id\` and \`name\`.
ordered: false
expected:
  columns: [rider_id, name]
  rows:
${rows}
---

Explanation.
`;

test('passes exercises that each have a solution and their own place', () => {
	const dir = project({
		'src/content/sql-exercises/a.md': exercise(1, "    - ['1', 'Ana']"),
		'src/content/sql-exercises/b.md': exercise(2, "    - ['2', null]"),
		'src/reference/sql/exercises/a.sql': 'SELECT 1;',
		'src/reference/sql/exercises/b.sql': 'SELECT 1;',
	});
	expect(lintSqlExercises(dir)).toEqual({ problems: [], files: 2 });
});

test('reports a short row, a missing solution and a taken order, each at its line', () => {
	const dir = project({
		'src/content/sql-exercises/a.md': exercise(1, "    - ['1', 'Ana']"),
		'src/content/sql-exercises/b.md': exercise(1, "    - ['2', null]"),
		'src/content/sql-exercises/c.md': exercise(3, "    - ['3']"),
		'src/reference/sql/exercises/a.sql': 'SELECT 1;',
		'src/reference/sql/exercises/c.sql': 'SELECT 1;',
	});
	const { problems } = lintSqlExercises(dir);
	expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual([
		'src/content/sql-exercises/c.md:10',
		'src/content/sql-exercises/b.md:2',
		'src/content/sql-exercises/b.md:4',
	]);
	expect(problems[0]?.message).toMatch(/row 1 has 1 values but `expected.columns` names 2/);
	expect(problems[1]?.message).toBe(
		'no model solution: add src/reference/sql/exercises/b.sql, one SELECT whose result is `expected`.',
	);
	expect(problems[2]?.message).toMatch(
		/order 1 in topic joins is taken by src\/content\/sql-exercises\/a.md/,
	);
});
