import type { Store } from './store.ts';

/**
 * What a cache-aside writer does to the cached copy after updating the database.
 * - "delete": drop the key, so the next read reloads it (the usual advice).
 * - "update": overwrite the cached copy with the new value (racy, see below).
 */
export type OnWrite = 'delete' | 'update';

/**
 * Cache-aside (lazy loading): the application talks to both the cache and the
 * database. Reads check the cache, and on a miss read the database and fill the
 * cache. Writes go to the database, then delete (or update) the cached copy.
 *
 * With "update", two concurrent writers can finish their database writes in one
 * order and their cache writes in the other, leaving the older value cached
 * until it expires. Deleting has no such race between writers, because "absent"
 * is the same no matter which writer gets there last.
 */
export class CacheAside<V> {
	private readonly db: Store<V>;
	private readonly cache: Map<string, V>;
	private readonly onWrite: OnWrite;

	/**
	 * @param db the system of record
	 * @param cache the cache; a Map standing in for Redis or Memcached
	 * @param onWrite what to do to the cached copy after a database write
	 */
	constructor(db: Store<V>, cache: Map<string, V>, onWrite: OnWrite = 'delete') {
		this.db = db;
		this.cache = cache;
		this.onWrite = onWrite;
	}

	/** Returns the cached value, or loads it from the database and caches it. */
	async get(key: string): Promise<V | undefined> {
		const cached = this.cache.get(key);
		if (cached !== undefined) return cached;
		const loaded = await this.db.read(key);
		// Do not cache "not found" here; negative caching needs its own short TTL.
		if (loaded !== undefined) this.cache.set(key, loaded);
		return loaded;
	}

	/** Writes the database first, then invalidates or updates the cache. */
	async put(key: string, value: V): Promise<void> {
		// Database first: if we crash between the steps, the cache is stale, not the truth.
		await this.db.write(key, value);
		if (this.onWrite === 'delete') this.cache.delete(key);
		else this.cache.set(key, value);
	}
}
