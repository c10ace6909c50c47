/**
 * The backing store the cache write policies sit in front of: a stand-in for
 * PostgreSQL or DynamoDB that counts how often it is touched, so tests can show
 * which policy reads or writes the database and when.
 */

/** An async key-value store: the system of record behind a cache. */
export interface Store<V> {
	/** Returns the stored value, or undefined when the key has never been written. */
	read(key: string): Promise<V | undefined>;
	/** Durably stores `value` under `key`. Once this resolves, the write survives a cache crash. */
	write(key: string, value: V): Promise<void>;
}

/** An in-memory fake database that counts every read and write it serves. */
export class CountingStore<V> implements Store<V> {
	/** Number of `read` calls served; each one stands for a real query. */
	reads = 0;
	/** Number of `write` calls served. */
	writes = 0;
	private readonly rows = new Map<string, V>();

	/** @param seed initial rows, which count as neither reads nor writes */
	constructor(seed: Iterable<readonly [string, V]> = []) {
		for (const [key, value] of seed) this.rows.set(key, value);
	}

	/** Reads one row, after yielding once so concurrent callers really overlap. */
	async read(key: string): Promise<V | undefined> {
		this.reads += 1;
		await Promise.resolve();
		return this.rows.get(key);
	}

	/** Writes one row, after yielding once like a real network call would. */
	async write(key: string, value: V): Promise<void> {
		this.writes += 1;
		await Promise.resolve();
		this.rows.set(key, value);
	}

	/** Looks at a row without counting it: the test's view of what is durable. */
	peek(key: string): V | undefined {
		return this.rows.get(key);
	}
}
