/**
 * Runs readers' queries in the exercise database's worker, one database per page, created on the
 * first Run. A query still running after the time limit is stopped by ending the worker (PGlite
 * runs PostgreSQL in one thread, so `statement_timeout` cannot interrupt it); the next Run starts
 * a fresh database from the files the browser already has.
 */
import type { SqlRunResult } from '../../practice/sql-session.ts';
import type { SqlWorkerReply, SqlWorkerRequest } from './sql-worker-messages.ts';

/** How long a query may run before it is stopped, in milliseconds. */
export const queryTimeLimitMs = 5000;

/**
 * How long the database may take to start before the Run gives up, in milliseconds: the
 * download and PostgreSQL's start, which takes seconds on a slow phone.
 */
export const startTimeLimitMs = 120_000;

/** A run's outcome: the database's answer, or that the query was stopped or never ran. */
export type SqlRunOutcome =
	| SqlRunResult
	| { ok: false; stopped: true; message: string }
	| { ok: false; startFailed: true; message: string };

let worker: Worker | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
	return new Worker(new URL('./sql-worker.ts', import.meta.url), {
		type: 'module',
		name: 'sql-exercises',
	});
}

function runOnce(sql: string): Promise<SqlRunOutcome> {
	worker ??= startWorker();
	const current = worker;
	const id = nextId++;
	return new Promise((resolve) => {
		const stop = (): void => {
			current.terminate();
			if (worker === current) worker = null;
		};
		// Until the query starts, the limit is the database's start; then the query's own.
		let timer = setTimeout(() => {
			stop();
			finish({
				ok: false,
				startFailed: true,
				message: `PostgreSQL did not start within ${startTimeLimitMs / 1000} seconds. Check the connection and press Run again.`,
			});
		}, startTimeLimitMs);
		const finish = (outcome: SqlRunOutcome): void => {
			clearTimeout(timer);
			current.removeEventListener('message', onMessage);
			current.removeEventListener('error', onError);
			resolve(outcome);
		};
		const onMessage = (event: MessageEvent<SqlWorkerReply>): void => {
			const reply = event.data;
			if (reply.id !== id) return;
			if (reply.kind === 'started') {
				clearTimeout(timer);
				timer = setTimeout(() => {
					stop();
					finish({
						ok: false,
						stopped: true,
						message: `The query was stopped after ${queryTimeLimitMs / 1000} seconds. A recursive CTE without a stopping condition runs forever; add one to its recursive part.`,
					});
				}, queryTimeLimitMs);
			} else if (reply.kind === 'finished') finish(reply.run);
			else finish({ ok: false, startFailed: true, message: reply.error.message });
		};
		const onError = (event: ErrorEvent): void => {
			stop();
			finish({
				ok: false,
				startFailed: true,
				message: `The database could not start in this browser (${event.message || 'the worker failed to load'}).`,
			});
		};
		current.addEventListener('message', onMessage);
		current.addEventListener('error', onError);
		current.postMessage({ id, sql } satisfies SqlWorkerRequest);
	});
}

/** Runs `sql` after any run already waiting; never rejects. */
export function runSql(sql: string): Promise<SqlRunOutcome> {
	const outcome = queue.then(() => runOnce(sql));
	queue = outcome;
	return outcome;
}
