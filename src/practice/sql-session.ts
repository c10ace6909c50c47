/**
 * One exercise database on PGlite (PostgreSQL compiled to WebAssembly): created from the schema
 * and seed scripts, every value returned as PostgreSQL's text output, and every query run inside
 * a transaction that is rolled back, so a reader's DELETE or UPDATE never outlives its run.
 * Runs in the page's worker and in the unit tests alike.
 */
import { PGlite, types, type ParserOptions } from '@electric-sql/pglite';
import { textCell, type SqlRows } from './sql-result.ts';

/** An error as PostgreSQL reports it. */
export interface SqlError {
	message: string;
	/** 1-based character position in the query text, when PostgreSQL gives one. */
	position: number | null;
	hint: string | null;
	detail: string | null;
}

/** What one run produced: rows, or PostgreSQL's error. */
export type SqlRunResult = { ok: true; result: SqlRows } | { ok: false; error: SqlError };

/** A parser per type PGlite would otherwise convert, each returning the text unchanged. */
export function rawTextParsers(): ParserOptions {
	return Object.fromEntries(Object.keys(types.parsers).map((oid) => [oid, (text: string) => text]));
}

/** Reads the fields PostgreSQL's error carries; anything else becomes a message. */
export function sqlErrorOf(error: unknown): SqlError {
	const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<
		string,
		unknown
	>;
	const text = (value: unknown): string | null =>
		typeof value === 'string' && value !== '' ? value : null;
	const rawPosition = fields['position'];
	const position =
		typeof rawPosition === 'string' || typeof rawPosition === 'number'
			? Number.parseInt(String(rawPosition), 10)
			: Number.NaN;
	return {
		message: error instanceof Error ? error.message : String(error),
		position: Number.isInteger(position) && position > 0 ? position : null,
		hint: text(fields['hint']),
		detail: text(fields['detail']),
	};
}

/** Creates the database: UTC time zone, ISO dates, then the schema and the seed. */
export async function openExerciseDatabase(schemaSql: string, seedSql: string): Promise<PGlite> {
	const db = await PGlite.create({ parsers: rawTextParsers() });
	// PGlite adds an array parser per type once it starts; those must return the text too.
	for (const oid of Object.keys(db.parsers)) db.parsers[oid] = (text: string) => text;
	await db.exec(`SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY';`);
	await db.exec(schemaSql);
	await db.exec(seedSql);
	return db;
}

/**
 * Runs `sql` (one statement or several; the last one's rows are the result) inside BEGIN ...
 * ROLLBACK. Errors are returned, not thrown.
 */
export async function runInRollback(db: PGlite, sql: string): Promise<SqlRunResult> {
	await db.exec('BEGIN');
	try {
		const results = await db.exec(sql, { rowMode: 'array' });
		const last = results.at(-1);
		return {
			ok: true,
			result: {
				columns: (last?.fields ?? []).map((field) => field.name),
				rows: ((last?.rows ?? []) as unknown[][]).map((row) => row.map(textCell)),
			},
		};
	} catch (error) {
		return { ok: false, error: sqlErrorOf(error) };
	} finally {
		// A reader's own COMMIT or ROLLBACK ends the transaction early; this one then only warns.
		await db.exec('ROLLBACK');
	}
}
