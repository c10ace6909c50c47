/**
 * In-memory idempotency key store that models the real protocol.
 *
 * A client sends a unique key (for example a UUID in an `Idempotency-Key` header) with a
 * request that has side effects. The server claims the key together with a fingerprint of
 * the request before doing the work, and records the response after. A retry with the same
 * key then replays the response instead of repeating the side effect.
 *
 * Every claim carries a fencing token, a number that grows with each claim. A worker can
 * only record or release a key while it still owns it: once its lease ran out and another
 * attempt took the key over, the first worker's late writes are refused.
 *
 * `begin` is the atomic claim. Here it is atomic because JavaScript runs it without
 * interruption; in PostgreSQL it is `INSERT ... ON CONFLICT DO NOTHING` against a unique key
 * (plus a conditional `UPDATE` for a takeover), in Redis a `SET ... NX` or a Lua script.
 */

/** Milliseconds since an arbitrary epoch; injected so tests control expiry. */
export type Clock = () => number;

/**
 * What `begin` tells the caller to do:
 * - `claimed`: the caller now owns the key under `token`. Do the work, then `complete`,
 *   `release` or `markUnknown` with that token. `recovering` is true when an earlier owner
 *   may have done the work (it reported an unknown outcome, or its lease ran out): find out
 *   what happened before doing it again.
 * - `replay`: the work already finished; return this stored response as is.
 * - `in-flight`: another attempt holds a live lease on this key; answer 409 Conflict.
 * - `mismatch`: the key was used with a different request; answer 422.
 */
export type BeginResult<R> =
	| { readonly kind: 'claimed'; readonly token: number; readonly recovering: boolean }
	| { readonly kind: 'replay'; readonly response: R }
	| { readonly kind: 'in-flight' }
	| { readonly kind: 'mismatch' };

/** Configuration for {@link IdempotencyStore}. */
export interface IdempotencyStoreOptions {
	/** Clock in milliseconds. */
	readonly now: Clock;
	/** How long a key is kept, from its claim or its completion. Defaults to 24 hours, as Stripe does. */
	readonly ttlMs?: number;
	/** How long a claim excludes other attempts before one may take it over. Defaults to 60 s. */
	readonly leaseMs?: number;
}

interface Claim {
	readonly fingerprint: string;
	/** The fencing token of the attempt that owns the key. */
	readonly token: number;
	readonly expiresAtMs: number;
}

type KeyRecord<R> =
	| (Claim & { readonly state: 'in-flight'; readonly leaseUntilMs: number })
	| (Claim & { readonly state: 'unknown' })
	| (Claim & { readonly state: 'completed'; readonly response: R });

const DAY_MS = 24 * 60 * 60 * 1000;

/** Stores idempotency keys, their owners, their request fingerprints and their final responses. */
export class IdempotencyStore<R> {
	private readonly records = new Map<string, KeyRecord<R>>();
	private readonly now: Clock;
	private readonly ttlMs: number;
	private readonly leaseMs: number;
	// A sequence shared by all keys: every claim gets a larger token than any before it.
	private lastToken = 0;

	/** Creates an empty store. */
	constructor(options: IdempotencyStoreOptions) {
		this.now = options.now;
		this.ttlMs = options.ttlMs ?? DAY_MS;
		this.leaseMs = options.leaseMs ?? 60_000;
	}

	/** Claims `key` for a request with `fingerprint`, or says why the caller must not proceed. */
	begin(key: string, fingerprint: string): BeginResult<R> {
		const existing = this.live(key);
		if (existing === undefined) return this.claim(key, fingerprint, false);
		// Checked first: a reused key with a different body is a client bug, whatever the state.
		if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
		if (existing.state === 'completed') return { kind: 'replay', response: existing.response };
		if (existing.state === 'in-flight' && existing.leaseUntilMs > this.now()) {
			return { kind: 'in-flight' };
		}
		// Unknown outcome or an expired lease: take over, but the new owner must check first.
		return this.claim(key, fingerprint, true);
	}

	/**
	 * Records the final response, if `token` still owns the key. Returns false, and writes
	 * nothing, when a newer attempt has taken the key over or the key is already completed.
	 * A lease that ran out with nobody taking over does not stop the owner from recording.
	 */
	complete(key: string, token: number, response: R): boolean {
		const existing = this.owned(key, token);
		if (existing === undefined || existing.state === 'completed') return false;
		this.records.set(key, {
			state: 'completed',
			fingerprint: existing.fingerprint,
			token,
			expiresAtMs: this.now() + this.ttlMs,
			response,
		});
		return true;
	}

	/**
	 * Frees the key so a retry runs the work again. Only for an attempt that is sure nothing
	 * happened (validation failed, the database was unreachable before the charge). Returns
	 * false, and frees nothing, when `token` no longer owns an in-flight claim.
	 */
	release(key: string, token: number): boolean {
		if (this.owned(key, token)?.state !== 'in-flight') return false;
		this.records.delete(key);
		return true;
	}

	/**
	 * Says "the work may or may not have happened" (a timeout from the card network). The key
	 * stays held: the next attempt takes it over with `recovering: true` instead of running
	 * the work blind. Returns false when `token` no longer owns an in-flight claim.
	 */
	markUnknown(key: string, token: number): boolean {
		const existing = this.owned(key, token);
		if (existing?.state !== 'in-flight') return false;
		const { fingerprint, expiresAtMs } = existing;
		this.records.set(key, { state: 'unknown', fingerprint, token, expiresAtMs });
		return true;
	}

	/** Number of live keys, for metrics and tests. */
	size(): number {
		for (const key of [...this.records.keys()]) this.live(key);
		return this.records.size;
	}

	private claim(key: string, fingerprint: string, recovering: boolean): BeginResult<R> {
		const now = this.now();
		this.lastToken += 1;
		this.records.set(key, {
			state: 'in-flight',
			fingerprint,
			token: this.lastToken,
			leaseUntilMs: now + this.leaseMs,
			expiresAtMs: now + this.ttlMs,
		});
		return { kind: 'claimed', token: this.lastToken, recovering };
	}

	// The record, if it is live and `token` is its owner's; the fencing check.
	private owned(key: string, token: number): KeyRecord<R> | undefined {
		const record = this.live(key);
		return record?.token === token ? record : undefined;
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
