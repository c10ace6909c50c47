// The database a reader's query runs on: text output as the exercises state it, errors as
// PostgreSQL reports them, and nothing kept between runs.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openExerciseDatabase, runInRollback } from '../../../src/practice/sql-session.ts';

let db: PGlite;
beforeAll(async () => {
	db = await openExerciseDatabase(
		'CREATE TABLE t (id int PRIMARY KEY, at timestamptz, ok boolean, amount numeric(6,2), note text);',
		"INSERT INTO t VALUES (1, '2026-03-02 08:15:00+00', true, 12.5, NULL);",
	);
}, 120_000);
afterAll(async () => {
	await db.close();
});

test('returns every value as PostgreSQL prints it, in UTC, with NULL as null', async () => {
	const run = await runInRollback(
		db,
		'SELECT id, at, at::date AS day, ok, amount, note, ARRAY[1, 2] AS ids, \'{"a": 1}\'::jsonb AS doc, 10::bigint AS big FROM t',
	);
	expect(run).toEqual({
		ok: true,
		result: {
			columns: ['id', 'at', 'day', 'ok', 'amount', 'note', 'ids', 'doc', 'big'],
			rows: [
				[
					'1',
					'2026-03-02 08:15:00+00',
					'2026-03-02',
					't',
					'12.50',
					null,
					'{1,2}',
					'{"a": 1}',
					'10',
				],
			],
		},
	});
});

test('keeps duplicate column names apart', async () => {
	const run = await runInRollback(db, 'SELECT 1 AS a, 2 AS a');
	expect(run).toEqual({ ok: true, result: { columns: ['a', 'a'], rows: [['1', '2']] } });
});

test('rolls back a DELETE, so the next run sees the seed again', async () => {
	const deleted = await runInRollback(db, 'DELETE FROM t; SELECT count(*) AS n FROM t');
	expect(deleted).toMatchObject({ ok: true, result: { rows: [['0']] } });
	const after = await runInRollback(db, 'SELECT count(*) AS n FROM t');
	expect(after).toMatchObject({ ok: true, result: { rows: [['1']] } });
});

test("reports PostgreSQL's message, position and hint", async () => {
	const syntax = await runInRollback(db, 'SELECT id FROM t WHER id = 1');
	expect(syntax).toEqual({
		ok: false,
		error: {
			message: 'syntax error at or near "id"',
			position: 23,
			hint: null,
			detail: null,
		},
	});
	const hinted = await runInRollback(db, 'SELECT round(1.5::float8, 1)');
	expect(hinted).toMatchObject({ ok: false, error: { position: 8 } });
	expect(hinted.ok ? '' : (hinted.error.hint ?? '')).toMatch(/explicit type casts/);
	const recovered = await runInRollback(db, 'SELECT 1 AS one');
	expect(recovered).toMatchObject({ ok: true });
});
