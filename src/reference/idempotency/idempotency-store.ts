/**
 * In-memory idempotency key store that models the real protocol.
 *
 * A client sends a unique key (for example a UUID in an `Idempotency-Key` header) with a
 * request that has side effects. The server records the key together with a fingerprint
 * of the request before doing the work, and the stored response after. A retry with the
 * same key then replays the response instead of repeating the side effect.
 *
 * `begin` is the atomic claim. Here it is atomic because JavaScript runs it without
 * interruption; in production it is `INSERT ... ON CONFLICT DO NOTHING` against a unique
 * key in PostgreSQL or `SET key value NX PX ttl` in Redis.
 */

/** Milliseconds since an arbitrary epoch; injected so tests control expiry. */
export type Clock = () => number;

/**
 * What `begin` tells the caller to do:
 * - `'started'`: the key is now claimed; do the work, then `complete` or `fail`.
 * - `{ replay }`: the work already finished; return this stored response as is.
 * - `'in-flight'`: another attempt with this key is running; answer 409 Conflict.
 * - `'mismatch'`: the key was used with a different request; answer 422.
 */
export type BeginResult<R> = 'started' | 'in-flight' | 'mismatch' | { readonly replay: R };

/** Configuration for {@link IdempotencyStore}. */
export interface IdempotencyStoreOptions {
	/** Clock in milliseconds. */
	readonly now: Clock;
	/** How long a completed response is kept for replay. Defaults to 24 hours, as Stripe does. */
	readonly ttlMs?: number;
	/** How long an in-flight claim lasts if its holder never finishes (a crashed worker). */
	readonly leaseMs?: number;
}

type KeyRecord<R> =
	| { readonly state: 'in-flight'; readonly fingerprint: string; readonly expiresAtMs: number }
	| {
			readonly state: 'completed';
			readonly fingerprint: string;
			readonly expiresAtMs: number;
			readonly response: R;
	  };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Stores idempotency keys, their request fingerprints and their final responses. */
export class IdempotencyStore<R> {
	private readonly records = new Map<string, KeyRecord<R>>();
	private readonly now: Clock;
	private readonly ttlMs: number;
	private readonly leaseMs: number;

	/** Creates an empty store. */
	constructor(options: IdempotencyStoreOptions) {
		this.now = options.now;
		this.ttlMs = options.ttlMs ?? DAY_MS;
		this.leaseMs = options.leaseMs ?? 60_000;
	}

	/** Claims `key` for a request with `fingerprint`, or says why the caller must not proceed. */
	begin(key: string, fingerprint: string): BeginResult<R> {
		const existing = this.live(key);
		if (existing === undefined) {
			this.records.set(key, {
				state: 'in-flight',
				fingerprint,
				expiresAtMs: this.now() + this.leaseMs,
			});
			return 'started';
		}
		// Checked first: a reused key with a different body is a client bug, whatever the state.
		if (existing.fingerprint !== fingerprint) return 'mismatch';
		if (existing.state === 'in-flight') return 'in-flight';
		return { replay: existing.response };
	}

	/** Records the final response for a claimed key so retries replay it. */
	complete(key: string, response: R): void {
		const existing = this.live(key);
		if (existing?.state !== 'in-flight') {
			throw new Error(`complete(${key}): key is not in flight`);
		}
		this.records.set(key, {
			state: 'completed',
			fingerprint: existing.fingerprint,
			expiresAtMs: this.now() + this.ttlMs,
			response,
		});
	}

	/** Releases a claimed key without a response, so a retry can run the work again. */
	fail(key: string): void {
		if (this.live(key)?.state === 'in-flight') this.records.delete(key);
	}

	/** Number of live keys, for metrics and tests. */
	size(): number {
		for (const key of [...this.records.keys()]) this.live(key);
		return this.records.size;
	}

	// Returns the record if it has not expired; expired ones are dropped on read (lazy TTL).
	private live(key: string): KeyRecord<R> | undefined {
		const record = this.records.get(key);
		if (record !== undefined && record.expiresAtMs <= this.now()) {
			this.records.delete(key);
			return undefined;
		}
		return record;
	}
}
