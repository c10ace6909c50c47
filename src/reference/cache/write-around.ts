import type { Store } from './store.ts';

/**
 * Write-around: writes go straight to the database and skip the cache; any
 * cached copy is dropped so it cannot be served stale.
 *
 * The first read after a write misses and pays a database read. That is the
 * point: data written once and rarely read (logs, uploads, cold records) never
 * pushes hot entries out of the cache.
 */
export class WriteAroundCache<V> {
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

	/** Writes only the database and invalidates the cached copy. */
	async put(key: string, value: V): Promise<void> {
		await this.db.write(key, value);
		// Without this delete, write-around would serve the old value until the TTL ran out.
		this.cache.delete(key);
	}
}
