import { describe, it, expect } from 'vitest';
import {
	InMemoryCheckpointStore,
	runBackfill,
	type BackfillOptions,
	type BatchReport,
	type Checkpoint,
	type CheckpointStore,
} from '../../../../src/reference/migrations/batched-backfill.ts';
import { InMemoryTable, type Row } from '../../../../src/reference/migrations/in-memory-table.ts';

// The migration: prices move from a floating-point dollars column to integer cents. The new
// column starts empty (null) for existing rows; the application already dual-writes both columns.
interface Order extends Row {
	readonly amountDollars: number;
	readonly amountCents: number | null;
}

const ROWS = 1_050;

function ordersTable(rows = ROWS): InMemoryTable<Order> {
	const table = new InMemoryTable<Order>();
	for (let i = 1; i <= rows; i++) table.insert({ amountDollars: i + 0.99, amountCents: null });
	return table;
}

/** The application's insert after the dual-write deploy: both columns written together. */
function insertDualWritten(table: InMemoryTable<Order>, dollars: number): Order {
	return table.insert({ amountDollars: dollars, amountCents: Math.round(dollars * 100) });
}

/** A sleep that returns at once, records how long it was asked to wait, and can run a hook. */
function fakeSleep(onSleep?: (call: number) => void) {
	const calls: number[] = [];
	const sleep = (ms: number): Promise<void> => {
		calls.push(ms);
		onSleep?.(calls.length);
		return Promise.resolve();
	};
	return { calls, sleep };
}

/** A checkpoint store whose Nth save fails, as if the process were killed at that moment. */
class KilledAtSave implements CheckpointStore {
	private saves = 0;
	constructor(
		private readonly inner: CheckpointStore,
		private readonly failingSave: number,
	) {}
	load(): Promise<Checkpoint | undefined> {
		return this.inner.load();
	}
	async save(checkpoint: Checkpoint): Promise<void> {
		this.saves++;
		if (this.saves === this.failingSave) throw new Error('process killed');
		await this.inner.save(checkpoint);
	}
}

function options(
	table: InMemoryTable<Order>,
	overrides: Partial<BackfillOptions<Order>> = {},
): BackfillOptions<Order> {
	return {
		table,
		checkpoints: new InMemoryCheckpointStore(),
		isDone: (row) => row.amountCents !== null,
		fill: (row) => ({ ...row, amountCents: Math.round(row.amountDollars * 100) }),
		batchSize: 100,
		pauseMs: 250,
		sleep: fakeSleep().sleep,
		...overrides,
	};
}

function expectEveryRowFilledOnce(table: InMemoryTable<Order>, upTo = ROWS): void {
	for (let id = 1; id <= upTo; id++) {
		const row = table.get(id)!;
		expect(row.amountCents, `row ${id}`).toBe(Math.round(row.amountDollars * 100));
		// One write for the insert and exactly one for the backfill.
		expect(table.writes(id), `writes to row ${id}`).toBe(2);
	}
}

describe('a backfill in keyset batches', () => {
	it('fills every existing row exactly once, in batches of the given size', async () => {
		const table = ordersTable();
		const { calls, sleep } = fakeSleep();
		const batches: BatchReport[] = [];
		const report = await runBackfill(
			options(table, { sleep, onBatch: (batch) => batches.push(batch) }),
		);
		expectEveryRowFilledOnce(table);
		// 1,050 rows in batches of 100: ten full batches and one of 50.
		expect(batches.map((batch) => batch.scanned)).toEqual([...Array<number>(10).fill(100), 50]);
		expect(batches[0]).toEqual({ fromId: 1, toId: 100, scanned: 100, changed: 100 });
		expect(batches.at(-1)).toEqual({ fromId: 1_001, toId: 1_050, scanned: 50, changed: 50 });
		expect(report).toEqual({
			resumedAfter: undefined,
			batches: 11,
			scanned: 1_050,
			changed: 1_050,
			holds: 0,
		});
		// A pause between batches, none after the last.
		expect(calls).toEqual(Array<number>(10).fill(250));
	});

	it('resumes from the checkpoint after a crash, and the repeated batch changes nothing', async () => {
		const table = ordersTable();
		const store = new InMemoryCheckpointStore();
		// Save 1 records the end; save 5 would follow batch 4. The process dies after batch 4 commits.
		await expect(
			runBackfill(options(table, { checkpoints: new KilledAtSave(store, 5) })),
		).rejects.toThrow('process killed');
		expect(await store.load()).toEqual({ afterId: 300, endId: 1_050 });
		expect(table.get(400)?.amountCents).toBe(40_099);
		expect(table.get(401)?.amountCents).toBeNull();

		const batches: BatchReport[] = [];
		const report = await runBackfill(
			options(table, { checkpoints: store, onBatch: (batch) => batches.push(batch) }),
		);
		expect(report.resumedAfter).toBe(300);
		// Batch 4 runs again and finds its rows already filled.
		expect(batches[0]).toEqual({ fromId: 301, toId: 400, scanned: 100, changed: 0 });
		expect(report.changed).toBe(650);
		expectEveryRowFilledOnce(table);
	});

	it('writes the repeated batch twice without the guard: the guard is what makes it safe', async () => {
		const table = ordersTable();
		const store = new InMemoryCheckpointStore();
		const unguarded = { isDone: () => false };
		await expect(
			runBackfill(options(table, { ...unguarded, checkpoints: new KilledAtSave(store, 5) })),
		).rejects.toThrow('process killed');
		await runBackfill(options(table, { ...unguarded, checkpoints: store }));
		expect(table.writes(350)).toBe(3);
		expect(table.writes(250)).toBe(2);
	});

	it('writes nothing when it dies inside a batch, and fills that batch on resume', async () => {
		const table = ordersTable();
		const store = new InMemoryCheckpointStore();
		let batch = 0;
		table.beforeCommit = () => {
			if (++batch === 3) throw new Error('process killed');
		};
		await expect(runBackfill(options(table, { checkpoints: store }))).rejects.toThrow(
			'process killed',
		);
		expect(table.get(201)?.amountCents).toBeNull();
		expect(table.writes(201)).toBe(1);
		table.beforeCommit = undefined;
		const report = await runBackfill(options(table, { checkpoints: store }));
		expect(report.resumedAfter).toBe(200);
		expectEveryRowFilledOnce(table);
	});
});

describe('the in-memory table', () => {
	it('pages by key from any point, in id order, after updates too', async () => {
		const table = ordersTable();
		table.update(5, (row) => ({ ...row, amountCents: 599 }));
		expect((await table.pageAfter(0, 3)).map((row) => row.id)).toEqual([1, 2, 3]);
		expect((await table.pageAfter(4, 2)).map((row) => row.id)).toEqual([5, 6]);
		expect((await table.pageAfter(1_040, 100)).map((row) => row.id)).toEqual(
			Array.from({ length: 10 }, (_, i) => 1_041 + i),
		);
		expect(await table.pageAfter(1_050, 5)).toEqual([]);
		expect(await table.pageAfter(2_000, 5)).toEqual([]);
	});
});

describe('writes during the backfill', () => {
	it('leaves alone rows the application dual-writes, new and updated', async () => {
		const table = ordersTable();
		const inserted: Order[] = [];
		// While the backfill pauses after its second batch, the application takes a new order and
		// changes the price of order 900, which the backfill has not reached yet.
		const { sleep } = fakeSleep((call) => {
			if (call !== 2) return;
			inserted.push(insertDualWritten(table, 12.5));
			table.update(900, (row) => ({ ...row, amountDollars: 7.25, amountCents: 725 }));
		});
		const report = await runBackfill(options(table, { sleep }));
		// New rows lie past the end fixed at the start, so the backfill never even reads them.
		expect(report.scanned).toBe(ROWS);
		expect(inserted[0]?.id).toBe(1_051);
		expect(table.get(1_051)?.amountCents).toBe(1_250);
		expect(table.writes(1_051)).toBe(1);
		// Order 900 keeps the application's value; the backfill skipped it.
		expect(table.get(900)?.amountCents).toBe(725);
		expect(table.writes(900)).toBe(2);
		expect(report.changed).toBe(ROWS - 1);
	});

	it('misses a row inserted without the dual write, which is why the dual write ships first', async () => {
		const table = ordersTable();
		const { sleep } = fakeSleep((call) => {
			if (call === 1) table.insert({ amountDollars: 3, amountCents: null });
		});
		await runBackfill(options(table, { sleep }));
		expectEveryRowFilledOnce(table);
		expect(table.get(1_051)?.amountCents).toBeNull();
	});
});

describe('throttling and settings', () => {
	it('holds before a batch while the database is under pressure', async () => {
		const table = ordersTable(300);
		// Replica lag is high for the three checks before the second batch.
		const answers = [false, true, true, true, false, false];
		const { calls, sleep } = fakeSleep();
		const report = await runBackfill(
			options(table, {
				sleep,
				shouldHold: () => answers.shift() ?? false,
				holdPollMs: 2_000,
			}),
		);
		expect(report.holds).toBe(3);
		expect(calls).toEqual([250, 2_000, 2_000, 2_000, 250]);
		expectEveryRowFilledOnce(table, 300);
	});

	it('does nothing on an empty table and stops at once when resumed at the end', async () => {
		const store = new InMemoryCheckpointStore();
		const empty = new InMemoryTable<Order>();
		expect(await runBackfill(options(empty, { checkpoints: store }))).toEqual({
			resumedAfter: undefined,
			batches: 0,
			scanned: 0,
			changed: 0,
			holds: 0,
		});
		const table = ordersTable(10);
		const done = new InMemoryCheckpointStore();
		await runBackfill(options(table, { checkpoints: done }));
		const again = await runBackfill(options(table, { checkpoints: done }));
		expect(again).toEqual({ resumedAfter: 10, batches: 0, scanned: 0, changed: 0, holds: 0 });
	});

	it('rejects settings that cannot work, naming the option', async () => {
		const table = ordersTable(1);
		await expect(runBackfill(options(table, { batchSize: 0 }))).rejects.toThrow(
			'batchSize must be a whole number of at least 1, got 0',
		);
		await expect(runBackfill(options(table, { batchSize: 2.5 }))).rejects.toThrow(/batchSize/);
		await expect(runBackfill(options(table, { pauseMs: -1 }))).rejects.toThrow(
			'pauseMs must be 0 or more milliseconds, got -1',
		);
		await expect(runBackfill(options(table, { holdPollMs: 0 }))).rejects.toThrow(
			'holdPollMs must be more than 0 milliseconds, got 0',
		);
	});
});
