/** The messages between the page and the exercise database's worker. */
import type { SqlError, SqlRunResult } from '../../practice/sql-session.ts';

/** Run `sql`; the replies carry the same id. */
export interface SqlWorkerRequest {
	id: number;
	sql: string;
}

/**
 * `started` when the database is ready and the query begins (the time limit counts from here),
 * then `finished` with rows or PostgreSQL's error; `failed` when the database could not start.
 */
export type SqlWorkerReply =
	| { id: number; kind: 'started' }
	| { id: number; kind: 'finished'; run: SqlRunResult }
	| { id: number; kind: 'failed'; error: SqlError };
