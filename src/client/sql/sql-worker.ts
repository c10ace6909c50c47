/**
 * The exercise database, in a worker so a runaway query cannot freeze the page: the page ends
 * the worker when a run takes too long. Created on the reader's first Run; PGlite and its
 * WebAssembly files load with it.
 */
import schemaSql from '../../reference/sql/ride-sharing/schema.sql?raw';
import seedSql from '../../reference/sql/ride-sharing/seed.sql?raw';
import { openExerciseDatabase, runInRollback, sqlErrorOf } from '../../practice/sql-session.ts';
import type { SqlWorkerReply, SqlWorkerRequest } from './sql-worker-messages.ts';

const scope = self as unknown as {
	postMessage(message: SqlWorkerReply): void;
	addEventListener(
		type: 'message',
		listener: (event: MessageEvent<SqlWorkerRequest>) => void,
	): void;
};

const database = openExerciseDatabase(schemaSql, seedSql);
// Runs one at a time, in the order they arrive.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event) => {
	const { id, sql } = event.data;
	queue = queue.then(async () => {
		let db;
		try {
			db = await database;
		} catch (error) {
			scope.postMessage({ id, kind: 'failed', error: sqlErrorOf(error) });
			return;
		}
		scope.postMessage({ id, kind: 'started' });
		scope.postMessage({ id, kind: 'finished', run: await runInRollback(db, sql) });
	});
});
