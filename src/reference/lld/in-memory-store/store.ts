/**
 * An in-memory key-value store: typed values, per-key TTL (lazy expiry on read plus a sampled
 * sweep, as Redis does), LRU eviction by entry count or bytes, versions for compare-and-set,
 * atomic batches and snapshots. Time and randomness are injected.
 */

import { RecencyList, type Linked } from './recency-list.ts';
import { sizeOf, WrongTypeError, type StoreValue } from './value.ts';

interface Entry extends Linked {
	readonly key: string;
	value: StoreValue;
	bytes: number;
	expiresAt: number | undefined;
	version: number;
	// Position in the volatile array while the key has a TTL, for O(1) removal.
	slot: number;
}

/** Options for KeyValueStore. */
export interface StoreOptions {
	/** Most entries kept; the least recently used go first. Default unlimited. */
	readonly maxEntries?: number;
	/** Most bytes kept, by `sizeOf`. Default unlimited. */
	readonly maxBytes?: number;
	/** Current time in milliseconds; default Date.now. */
	readonly now?: () => number;
	/** Uniform random in [0, 1) for the expiry sweep; default Math.random. */
	readonly random?: () => number;
}

/** One write inside an atomic batch. */
export type BatchOp =
	| {
			readonly op: 'set';
			readonly key: string;
			readonly value: StoreValue;
			readonly ttlMs?: number;
	  }
	| { readonly op: 'delete'; readonly key: string }
	| { readonly op: 'incr'; readonly key: string; readonly by: number };

/** What one sweep did. */
export interface SweepStats {
	readonly sampled: number;
	readonly expired: number;
}

/** A point-in-time copy: each key with its value and remaining TTL. */
export type Snapshot = readonly { key: string; value: StoreValue; ttlMs?: number }[];

const SAMPLE_SIZE = 20; // Redis tests 20 keys per loop (at the default active-expire-effort)
// The classic rule: go again while more than a quarter of a sample had expired. Redis 6 and
// later repeat while more than 10% had (acceptable stale, at the default effort).
const REPEAT_ABOVE = 0.25;
const MAX_ROUNDS = 16; // a bound on one sweep's work, so it cannot stall the caller

/** The store. Every method is synchronous, so each one is atomic on a single thread. */
export class KeyValueStore {
	readonly #entries = new Map<string, Entry>();
	readonly #recency = new RecencyList<Entry>();
	readonly #volatile: Entry[] = [];
	readonly #maxEntries: number;
	readonly #maxBytes: number;
	readonly #now: () => number;
	readonly #random: () => number;
	#bytes = 0;
	#lastVersion = 0;

	/** Creates an empty store. */
	constructor(options: StoreOptions = {}) {
		this.#maxEntries = options.maxEntries ?? Number.POSITIVE_INFINITY;
		this.#maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
		this.#now = options.now ?? Date.now;
		this.#random = options.random ?? Math.random;
	}

	/** Entries held, counting expired keys that no read or sweep has removed yet. */
	get size(): number {
		return this.#entries.size;
	}

	/** Bytes held, by `sizeOf`. */
	get bytes(): number {
		return this.#bytes;
	}

	/** The value, or undefined if absent or expired. A read counts as a use. */
	get(key: string): StoreValue | undefined {
		const entry = this.#live(key);
		if (entry === undefined) return undefined;
		this.#recency.touch(entry);
		return entry.value;
	}

	/** The key's version (0 if absent); any write to the key changes it. */
	version(key: string): number {
		return this.#live(key)?.version ?? 0;
	}

	/** Milliseconds left to live, undefined for a key without TTL or an absent key. */
	ttl(key: string): number | undefined {
		const expiresAt = this.#live(key)?.expiresAt;
		return expiresAt === undefined ? undefined : expiresAt - this.#now();
	}

	/** Writes a value; a TTL in ms makes it expire. Returns the new version. */
	set(key: string, value: StoreValue, ttlMs?: number): number {
		const bytes = this.#checkWrite(key, value, ttlMs);
		let entry = this.#live(key);
		if (entry === undefined) {
			entry = {
				key,
				value,
				bytes: 0,
				expiresAt: undefined,
				version: 0,
				slot: -1,
				newer: null,
				older: null,
			};
			this.#entries.set(key, entry);
		}
		this.#bytes += bytes - entry.bytes;
		entry.value = value;
		entry.bytes = bytes;
		entry.version = ++this.#lastVersion;
		this.#setExpiry(entry, ttlMs === undefined ? undefined : this.#now() + ttlMs);
		this.#recency.touch(entry);
		this.#evictOverCapacity();
		return entry.version;
	}

	/** Writes only if the key is still at `expectedVersion` (0 means absent); false otherwise. */
	compareAndSet(key: string, expectedVersion: number, value: StoreValue, ttlMs?: number): boolean {
		if (this.version(key) !== expectedVersion) return false;
		this.set(key, value, ttlMs);
		return true;
	}

	/** Adds `by` to an integer (absent counts as 0), keeping its TTL; returns the new value. */
	incr(key: string, by = 1): number {
		const current = this.#live(key);
		const value = current?.value;
		if (value !== undefined && value.type !== 'integer') {
			throw new WrongTypeError(key, 'integer', value.type);
		}
		const next = (value?.value ?? 0) + by;
		const ttl = current?.expiresAt === undefined ? undefined : current.expiresAt - this.#now();
		this.set(key, { type: 'integer', value: next }, ttl);
		return next;
	}

	/** Removes a key; returns whether a live key was there. */
	delete(key: string): boolean {
		const entry = this.#live(key);
		if (entry === undefined) return false;
		this.#drop(entry);
		return true;
	}

	/**
	 * Applies every op or none. With `watch` (key to version, as read earlier), nothing is
	 * applied and null returned if any watched key changed since. Types, TTLs and sizes are
	 * checked before the first write, so a bad op cannot leave half a batch applied.
	 */
	exec(ops: readonly BatchOp[], watch: Readonly<Record<string, number>> = {}): number[] | null {
		for (const [key, version] of Object.entries(watch)) {
			if (this.version(key) !== version) return null;
		}
		const typeAfter = new Map<string, StoreValue['type'] | undefined>();
		for (const op of ops) {
			const type = typeAfter.has(op.key) ? typeAfter.get(op.key) : this.#live(op.key)?.value.type;
			if (op.op === 'incr' && type !== undefined && type !== 'integer') {
				throw new WrongTypeError(op.key, 'integer', type);
			}
			if (op.op === 'set') this.#checkWrite(op.key, op.value, op.ttlMs);
			if (op.op === 'incr') this.#checkWrite(op.key, { type: 'integer', value: 0 });
			typeAfter.set(
				op.key,
				op.op === 'delete' ? undefined : op.op === 'set' ? op.value.type : 'integer',
			);
		}
		// No await below: on one thread nothing can run between these writes.
		return ops.map((op) => {
			if (op.op === 'set') return this.set(op.key, op.value, op.ttlMs);
			if (op.op === 'incr') return this.incr(op.key, op.by);
			return this.delete(op.key) ? 1 : 0;
		});
	}

	/**
	 * Active expiry, Redis style: test a random sample of keys that have a TTL, delete the
	 * expired ones, and go again while more than a quarter of the sample had expired.
	 */
	sweepExpired(): SweepStats {
		let sampled = 0;
		let expired = 0;
		for (let round = 0; round < MAX_ROUNDS && this.#volatile.length > 0; round++) {
			const n = Math.min(SAMPLE_SIZE, this.#volatile.length);
			let roundExpired = 0;
			for (let i = 0; i < n && this.#volatile.length > 0; i++) {
				const entry = this.#volatile[Math.floor(this.#random() * this.#volatile.length)];
				if (entry !== undefined && this.#isExpired(entry)) {
					this.#drop(entry);
					roundExpired += 1;
				}
			}
			sampled += n;
			expired += roundExpired;
			if (roundExpired <= n * REPEAT_ABOVE) break;
		}
		return { sampled, expired };
	}

	/** A copy of every live key, oldest use first, with remaining TTLs. */
	snapshot(): Snapshot {
		const out: { key: string; value: StoreValue; ttlMs?: number }[] = [];
		for (let e = this.#recency.oldest; e !== null; e = e.newer as Entry | null) {
			if (this.#isExpired(e)) continue;
			out.push(
				e.expiresAt === undefined
					? { key: e.key, value: e.value }
					: { key: e.key, value: e.value, ttlMs: e.expiresAt - this.#now() },
			);
		}
		return out;
	}

	/** Loads a snapshot into this store, keeping its recency order. */
	restore(snapshot: Snapshot): void {
		for (const { key, value, ttlMs } of snapshot) this.set(key, value, ttlMs);
	}

	/** Throws, naming the key, for a write that `set` would refuse; returns the entry's bytes. */
	#checkWrite(key: string, value: StoreValue, ttlMs?: number): number {
		if (ttlMs !== undefined && !(ttlMs > 0)) {
			throw new RangeError(`"${key}": ttlMs must be > 0, got ${ttlMs}`);
		}
		const bytes = sizeOf(key, value);
		if (bytes > this.#maxBytes) {
			throw new RangeError(`"${key}" needs ${bytes} bytes, more than maxBytes ${this.#maxBytes}`);
		}
		return bytes;
	}

	#live(key: string): Entry | undefined {
		const entry = this.#entries.get(key);
		if (entry === undefined) return undefined;
		// Lazy expiry: a read that finds an expired key deletes it and reports a miss.
		if (this.#isExpired(entry)) {
			this.#drop(entry);
			return undefined;
		}
		return entry;
	}

	#isExpired(entry: Entry): boolean {
		return entry.expiresAt !== undefined && entry.expiresAt <= this.#now();
	}

	#setExpiry(entry: Entry, expiresAt: number | undefined): void {
		entry.expiresAt = expiresAt;
		if (expiresAt !== undefined && entry.slot === -1) {
			entry.slot = this.#volatile.push(entry) - 1;
		} else if (expiresAt === undefined && entry.slot !== -1) {
			this.#removeVolatile(entry);
		}
	}

	#removeVolatile(entry: Entry): void {
		// Swap with the last element so removal is O(1).
		const last = this.#volatile.pop();
		if (last !== undefined && last !== entry) {
			this.#volatile[entry.slot] = last;
			last.slot = entry.slot;
		}
		entry.slot = -1;
	}

	#drop(entry: Entry): void {
		this.#entries.delete(entry.key);
		this.#recency.remove(entry);
		if (entry.slot !== -1) this.#removeVolatile(entry);
		this.#bytes -= entry.bytes;
	}

	#evictOverCapacity(): void {
		while (this.#entries.size > this.#maxEntries || this.#bytes > this.#maxBytes) {
			const victim = this.#recency.oldest;
			if (victim === null) return;
			this.#drop(victim);
		}
	}
}
