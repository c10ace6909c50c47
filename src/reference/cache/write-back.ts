import type { Store } from './store.ts';

/**
 * Write-back (write-behind): writes land in the cache only and are marked dirty;
 * the database catches up later, when `flush` runs.
 *
 * Writes are as fast as the cache and repeated writes to one key collapse into
 * one database write. The price: until the flush, the database is stale, and if
 * the cache process dies first, the dirty writes are gone for good.
 */
export class WriteBackCache<V> {
	private readonly db: Store<V>;
	private readonly cache: Map<string, V>;
	/** Keys written to the cache but not yet to the database. */
	private readonly dirty = new Set<string>();

	/**
	 * @param db the system of record, written only on flush
	 * @param cache the cached copies; clearing it simulates a cache crash
	 */
	constructor(db: Store<V>, cache: Map<string, V>) {
		this.db = db;
		this.cache = cache;
	}

	/** Returns the cached value (including unflushed writes), else the database's. */
	async get(key: string): Promise<V | undefined> {
		const cached = this.cache.get(key);
		if (cached !== undefined) return cached;
		const loaded = await this.db.read(key);
		if (loaded !== undefined) this.cache.set(key, loaded);
		return loaded;
	}

	/** Acknowledges the write as soon as the cache has it; nothing is durable yet. */
	put(key: string, value: V): Promise<void> {
		this.cache.set(key, value);
		this.dirty.add(key);
		return Promise.resolve();
	}

	/** Number of writes the database has not seen yet: the data at risk. */
	get pendingWrites(): number {
		return this.dirty.size;
	}

	/**
	 * Writes every dirty key to the database and returns how many were written.
	 * Keys missing from the cache (lost in a crash) cannot be recovered.
	 */
	async flush(): Promise<number> {
		let written = 0;
		for (const key of [...this.dirty]) {
			this.dirty.delete(key);
			const value = this.cache.get(key);
			if (value === undefined) continue;
			await this.db.write(key, value);
			written += 1;
		}
		return written;
	}
}
