/**
 * An LRU cache that many async callers share: a miss loads the value, and concurrent misses for
 * one key load it once (single flight), not once per caller. This is the single-threaded
 * counterpart of a thread-safe LRU: JavaScript needs no lock around the map and list, since no
 * other code runs between two statements, but every `await` in a load is a point where other
 * callers arrive, and without coalescing each of them would send its own database query.
 *
 * The interviewer's probe is the stale fill: a key deleted (or overwritten) while its load is in
 * flight must not be refilled with the value that load read before the change.
 */
import { LruCache } from './lru-cache.ts';
import { SingleFlight } from './single-flight.ts';

/** An LRU cache with a loader; `get` loads on a miss, once per key however many callers wait. */
export class ConcurrentLruCache<V> {
	readonly #cache: LruCache<string, V>;
	readonly #flights = new SingleFlight<V>();
	// Keys with a load running, and whether a delete or set has made that load's value stale.
	// Entries live only while their load runs, so the map never outgrows the loads in flight.
	readonly #loads = new Map<string, { stale: boolean }>();
	readonly #load: (key: string) => Promise<V>;

	/** @param capacity most entries kept; `load` reads a value on a miss (the database, say). */
	constructor(capacity: number, load: (key: string) => Promise<V>) {
		this.#cache = new LruCache<string, V>({ capacity });
		this.#load = load;
	}

	/** Entries cached now. */
	get size(): number {
		return this.#cache.size;
	}

	/** Loads in progress. */
	get loading(): number {
		return this.#flights.size;
	}

	/** The cached value, or the loaded one; callers missing the same key share one load. */
	async get(key: string): Promise<V> {
		const cached = this.#cache.get(key);
		if (cached !== undefined) return cached;
		return this.#flights.do(key, async () => {
			const load = { stale: false };
			this.#loads.set(key, load);
			try {
				const value = await this.#load(key);
				// Cache only what is still current: a delete or set during the load wins.
				if (!load.stale) this.#cache.set(key, value);
				return value;
			} finally {
				this.#loads.delete(key);
			}
		});
	}

	/** Stores a value written elsewhere (write-through), replacing any load in flight. */
	set(key: string, value: V): void {
		this.#markStale(key);
		this.#cache.set(key, value);
	}

	/** Removes a key (invalidation after a write); a load in flight will not refill it. */
	delete(key: string): boolean {
		this.#markStale(key);
		return this.#cache.delete(key);
	}

	#markStale(key: string): void {
		const load = this.#loads.get(key);
		if (load !== undefined) load.stale = true;
	}
}
