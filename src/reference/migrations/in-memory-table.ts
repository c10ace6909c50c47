/**
 * A table in memory with the few operations a backfill needs from a database: insert with an
 * increasing primary key, a keyset page of rows after an id, and an all-or-nothing update of a
 * batch. It counts writes per row, so tests can check that a migration touched each row once.
 */

/** Every row has an integer primary key. */
export interface Row {
	readonly id: number;
}

/** The table operations the backfill runner uses; a SQL table offers the same three. */
export interface BackfillTable<R extends Row> {
	/** The largest id in the table, or 0 when it is empty: `SELECT max(id)`. */
	maxId(): Promise<number>;
	/**
	 * Up to `limit` rows with `id > afterId`, in id order: `WHERE id > $1 ORDER BY id LIMIT $2`,
	 * which a database answers from the primary key index however far the scan has gone.
	 */
	pageAfter(afterId: number, limit: number): Promise<R[]>;
	/**
	 * Applies `change` to each listed row in one transaction; `change` returns the new row, or
	 * undefined to leave the row alone. Either every change is written or none is.
	 */
	updateBatch(ids: readonly number[], change: (row: R) => R | undefined): Promise<number>;
}

/** An in-memory {@link BackfillTable}, plus the insert and update an application would make. */
export class InMemoryTable<R extends Row> implements BackfillTable<R> {
	private readonly rows = new Map<number, R>();
	/** Every id in increasing order, the stand-in for the primary key index. */
	private readonly ids: number[] = [];
	private readonly writeCounts = new Map<number, number>();
	private lastId = 0;
	/** Called inside updateBatch after the changes are computed and before any is written. */
	beforeCommit: (() => void) | undefined;

	/** Inserts a row with the next id, as an auto-increment or identity column would. */
	insert(values: Omit<R, 'id'>): R {
		const row = { ...values, id: ++this.lastId } as R;
		this.rows.set(row.id, row);
		this.ids.push(row.id);
		this.countWrite(row.id);
		return row;
	}

	/** Replaces a row, as the application's own UPDATE would. */
	update(id: number, change: (row: R) => R): R {
		const row = this.rows.get(id);
		if (row === undefined) throw new RangeError(`no row with id ${id}`);
		const next = { ...change(row), id };
		this.rows.set(id, next);
		this.countWrite(id);
		return next;
	}

	get(id: number): R | undefined {
		return this.rows.get(id);
	}

	all(): R[] {
		return [...this.rows.values()];
	}

	/** How many times a row has been written, its insert included. */
	writes(id: number): number {
		return this.writeCounts.get(id) ?? 0;
	}

	maxId(): Promise<number> {
		return Promise.resolve(this.lastId);
	}

	pageAfter(afterId: number, limit: number): Promise<R[]> {
		// Seek to the first id above afterId, as an index lookup would, instead of walking from
		// the start of the table (which is what OFFSET costs). Ids only grow, so `ids` is sorted.
		let low = 0;
		let high = this.ids.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if ((this.ids[mid] ?? Infinity) <= afterId) low = mid + 1;
			else high = mid;
		}
		const page = this.ids
			.slice(low, low + limit)
			.map((id) => this.rows.get(id))
			.filter((row): row is R => row !== undefined);
		return Promise.resolve(page);
	}

	updateBatch(ids: readonly number[], change: (row: R) => R | undefined): Promise<number> {
		const changes: R[] = [];
		for (const id of ids) {
			const row = this.rows.get(id);
			const next = row === undefined ? undefined : change(row);
			if (next !== undefined) changes.push({ ...next, id });
		}
		// A crash here leaves the table as it was: nothing is written until every change is known.
		this.beforeCommit?.();
		for (const row of changes) {
			this.rows.set(row.id, row);
			this.countWrite(row.id);
		}
		return Promise.resolve(changes.length);
	}

	private countWrite(id: number): void {
		this.writeCounts.set(id, this.writes(id) + 1);
	}
}
