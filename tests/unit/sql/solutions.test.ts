// Every exercise's model solution, run on PGlite from schema.sql and seed.sql exactly as the page
// runs a reader's query, must return the exercise's `expected` rows (in order when `ordered`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../scripts/content-lint/frontmatter-text.ts';
import { sqlExerciseFolder, sqlSolutionPath } from '../../../src/content/sql-exercise-checks.ts';
import { sqlExerciseSchema } from '../../../src/content/sql-exercise-schema.ts';
import { compareSqlRows } from '../../../src/practice/sql-result.ts';
import { openExerciseDatabase, runInRollback } from '../../../src/practice/sql-session.ts';

const root = process.cwd();
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const ids = readdirSync(join(root, sqlExerciseFolder))
	.filter((name) => name.endsWith('.md'))
	.map((name) => name.replace(/\.md$/, ''))
	.sort();

let db: PGlite;
beforeAll(async () => {
	db = await openExerciseDatabase(
		read('src/reference/sql/ride-sharing/schema.sql'),
		read('src/reference/sql/ride-sharing/seed.sql'),
	);
}, 120_000);
afterAll(async () => {
	await db.close();
});

test('finds the exercises', () => {
	expect(ids.length).toBeGreaterThanOrEqual(3);
});

describe('each model solution returns its expected rows', () => {
	for (const id of ids) {
		const file = `${sqlExerciseFolder}/${id}.md`;
		test(file, async () => {
			const exercise = sqlExerciseSchema.parse(readFrontmatter(read(file)).data);
			const run = await runInRollback(db, read(sqlSolutionPath(id)));
			if (!run.ok) {
				expect.fail(`${sqlSolutionPath(id)} fails in PostgreSQL: ${run.error.message}`);
			}
			const verdict = compareSqlRows(
				{ ...exercise.expected, ordered: exercise.ordered },
				run.result,
			);
			expect(
				verdict,
				`${file}: \`expected\` differs from what ${sqlSolutionPath(id)} returns (actual rows: ${JSON.stringify(run.result.rows)})`,
			).toMatchObject({ correct: true });
		});
	}
});
