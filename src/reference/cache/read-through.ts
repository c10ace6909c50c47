import type { Store } from './store.ts';

/**
 * Read-through: the cache, not the application, knows how to load a missing key.
 *
 * The application only ever calls `get`. On a miss the cache calls its loader
 * (here, the database) and keeps the result. This is how Caffeine's
 * LoadingCache, a CDN in front of an origin, or DAX in front of DynamoDB behave.
 * Writes bypass it, so whoever writes the database must `invalidate` the key.
 */
export class ReadThroughCache<V> {
	private readonly loader: Store<V>;
	private readonly cache: Map<string, V>;

	/**
	 * @param loader where misses are loaded from
	 * @param cache the cached copies
	 */
	constructor(loader: Store<V>, cache: Map<string, V>) {
		this.loader = loader;
		this.cache = cache;
	}

	/** Returns the cached value, loading it through the cache on a miss. */
	async get(key: string): Promise<V | undefined> {
		const cached = this.cache.get(key);
		if (cached !== undefined) return cached;
		const loaded = await this.loader.read(key);
		if (loaded !== undefined) this.cache.set(key, loaded);
		return loaded;
	}

	/** Drops a key after someone changed the database behind the cache's back. */
	invalidate(key: string): void {
		this.cache.delete(key);
	}
}
