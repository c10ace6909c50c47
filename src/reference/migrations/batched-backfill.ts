/**
 * A backfill runner: the step of an expand-and-contract migration that fills a new column for
 * the rows that existed before the application started writing it.
 *
 * It walks the primary key in keyset-ordered batches (never OFFSET, which rescans every earlier
 * row), commits each batch on its own so no lock is held for long, pauses between batches and
 * holds while the database is under pressure, and saves a checkpoint after each batch so a crash
 * costs at most one batch of work. A batch re-run after a crash changes nothing, because each
 * row is filled only while it is still unfilled: the guard `isDone` plays the part of
 * `WHERE new_column IS NULL`.
 */
import type { BackfillTable, Row } from './in-memory-table.ts';

/** How far a backfill has got, kept outside the process (a row in a progress table). */
export interface Checkpoint {
	/** The last id of the last committed batch; the next batch starts after it. */
	readonly afterId: number;
	/** The largest id when the backfill began; rows inserted later are written by the new code. */
	readonly endId: number;
}

/** Where checkpoints live between runs. */
export interface CheckpointStore {
	load(): Promise<Checkpoint | undefined>;
	save(checkpoint: Checkpoint): Promise<void>;
}

/** A checkpoint store in memory, standing in for a progress table. */
export class InMemoryCheckpointStore implements CheckpointStore {
	private saved: Checkpoint | undefined;

	load(): Promise<Checkpoint | undefined> {
		return Promise.resolve(this.saved);
	}

	save(checkpoint: Checkpoint): Promise<void> {
		this.saved = checkpoint;
		return Promise.resolve();
	}
}

/** What one batch did. */
export interface BatchReport {
	readonly fromId: number;
	readonly toId: number;
	readonly scanned: number;
	readonly changed: number;
}

/** What one run did; a resumed run reports only its own work. */
export interface BackfillReport {
	/** The checkpoint's afterId this run started from, or undefined for a fresh start. */
	readonly resumedAfter: number | undefined;
	readonly batches: number;
	readonly scanned: number;
	readonly changed: number;
	/** Times the run waited because `shouldHold` said so. */
	readonly holds: number;
}

export interface BackfillOptions<R extends Row> {
	readonly table: BackfillTable<R>;
	readonly checkpoints: CheckpointStore;
	/** True when the row already has its new value, from an earlier batch or a dual write. */
	readonly isDone: (row: R) => boolean;
	/** The row with its new value, computed from its old columns. */
	readonly fill: (row: R) => R;
	/** Rows per batch: small enough that each transaction is short (often 500 to 5,000). */
	readonly batchSize: number;
	/** Pause after each batch, leaving room for production traffic and for replicas to catch up. */
	readonly pauseMs: number;
	/** Waits; production passes a timer, tests a fake that records the calls. */
	readonly sleep: (ms: number) => Promise<void>;
	/** Asked before each batch; while it returns true (replica lag too high, say), the run waits. */
	readonly shouldHold?: () => boolean | Promise<boolean>;
	/** How long to wait before asking `shouldHold` again; default 1,000 ms. */
	readonly holdPollMs?: number;
	/** Told about each committed batch, for progress logs. */
	readonly onBatch?: (batch: BatchReport) => void;
}

/**
 * Runs (or resumes) a backfill to the end. Throws a RangeError naming the option for invalid
 * settings; any error from the table or the checkpoint store stops the run, and calling again
 * with the same checkpoint store resumes after the last saved batch.
 */
export async function runBackfill<R extends Row>(
	options: BackfillOptions<R>,
): Promise<BackfillReport> {
	const { table, checkpoints, isDone, fill, batchSize, pauseMs, sleep } = options;
	const holdPollMs = options.holdPollMs ?? 1_000;
	if (!Number.isInteger(batchSize) || batchSize < 1) {
		throw new RangeError(`batchSize must be a whole number of at least 1, got ${batchSize}`);
	}
	if (!Number.isFinite(pauseMs) || pauseMs < 0) {
		throw new RangeError(`pauseMs must be 0 or more milliseconds, got ${pauseMs}`);
	}
	if (!Number.isFinite(holdPollMs) || holdPollMs <= 0) {
		throw new RangeError(`holdPollMs must be more than 0 milliseconds, got ${holdPollMs}`);
	}

	const saved = await checkpoints.load();
	let checkpoint = saved ?? { afterId: 0, endId: await table.maxId() };
	// Fix the end before touching a row, so a resumed run stops at the same place.
	if (saved === undefined) await checkpoints.save(checkpoint);
	let batches = 0;
	let scanned = 0;
	let changed = 0;
	let holds = 0;

	while (checkpoint.afterId < checkpoint.endId) {
		while ((await options.shouldHold?.()) === true) {
			holds++;
			await sleep(holdPollMs);
		}
		const page = (await table.pageAfter(checkpoint.afterId, batchSize)).filter(
			(row) => row.id <= checkpoint.endId,
		);
		const last = page.at(-1);
		if (last === undefined) break;
		// The guard runs inside the batch's transaction, on rows as they are now, dual writes included.
		const batchChanged = await table.updateBatch(
			page.map((row) => row.id),
			(row) => (isDone(row) ? undefined : fill(row)),
		);
		// Saved after the commit: a crash in between repeats this batch, which the guard makes harmless.
		checkpoint = { ...checkpoint, afterId: last.id };
		await checkpoints.save(checkpoint);
		batches++;
		scanned += page.length;
		changed += batchChanged;
		options.onBatch?.({
			fromId: page[0]?.id ?? last.id,
			toId: last.id,
			scanned: page.length,
			changed: batchChanged,
		});
		if (checkpoint.afterId < checkpoint.endId) await sleep(pauseMs);
	}
	return { resumedAfter: saved?.afterId, batches, scanned, changed, holds };
}
