import type { Store } from './store.ts';

/**
 * Write-through: every write goes to the database and the cache together, and
 * the call returns only when both are done.
 *
 * Reads right after a write are served from the cache with the new value, at
 * the cost of slower writes (two hops) and of caching data nobody may ever read.
 */
export class WriteThroughCache<V> {
	private readonly db: Store<V>;
	private readonly cache: Map<string, V>;

	/**
	 * @param db the system of record
	 * @param cache the cached copies
	 */
	constructor(db: Store<V>, cache: Map<string, V>) {
		this.db = db;
		this.cache = cache;
	}

	/** Returns the cached value, loading from the database on a miss. */
	async get(key: string): Promise<V | undefined> {
		const cached = this.cache.get(key);
		if (cached !== undefined) return cached;
		const loaded = await this.db.read(key);
		if (loaded !== undefined) this.cache.set(key, loaded);
		return loaded;
	}

	/** Writes the database, then the cache; the write is durable when this resolves. */
	async put(key: string, value: V): Promise<void> {
		// If the database write throws, the cache is never touched and stays consistent.
		await this.db.write(key, value);
		this.cache.set(key, value);
	}
}
