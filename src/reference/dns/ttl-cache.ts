/**
 * A DNS-style answer cache, the heart of every recursive resolver and stub cache.
 *
 * Positive answers live for their TTL. Negative answers (RFC 2308) live for the smaller of the
 * SOA record's own TTL and its MINIMUM field: NXDOMAIN ("this name does not exist") covers every
 * record type at the name, NODATA ("the name exists, but has no record of this type") covers one
 * type. Like Unbound and BIND, the cache clamps TTLs to a configured floor and ceiling, which is
 * exactly how a resolver ends up keeping an answer longer than its owner asked.
 */

/** Milliseconds since an arbitrary epoch; injected so tests control time. */
export type Clock = () => number;

/** The SOA fields a negative answer carries in its authority section. */
export interface SoaTiming {
	/** TTL of the SOA record itself, in seconds. */
	readonly ttlSeconds: number;
	/** The SOA MINIMUM field, which RFC 2308 redefined as the negative-caching TTL. */
	readonly minimumSeconds: number;
}

/** What an authoritative server (or the next resolver up) answered. */
export type UpstreamAnswer =
	| { readonly kind: 'records'; readonly values: readonly string[]; readonly ttlSeconds: number }
	| { readonly kind: 'nxdomain'; readonly soa: SoaTiming }
	| { readonly kind: 'nodata'; readonly soa: SoaTiming };

/** The result of a cache lookup. TTLs count down, as resolvers report them to their clients. */
export type CacheLookup =
	| { readonly status: 'miss' }
	| {
			readonly status: 'hit';
			readonly values: readonly string[];
			readonly remainingTtlSeconds: number;
	  }
	| {
			readonly status: 'negative';
			readonly kind: 'nxdomain' | 'nodata';
			readonly remainingTtlSeconds: number;
	  };

/** Configuration for {@link DnsTtlCache}. */
export interface DnsTtlCacheOptions {
	/** Clock in milliseconds. */
	readonly now: Clock;
	/** Floor for positive TTLs, in seconds. Default 0 (honor the owner), as in Unbound. */
	readonly minTtlSeconds?: number;
	/** Ceiling for positive TTLs, in seconds. Default 86,400 (one day), as in Unbound. */
	readonly maxTtlSeconds?: number;
	/** Ceiling for negative TTLs, in seconds. Default 3,600 (one hour), as in Unbound. */
	readonly maxNegativeTtlSeconds?: number;
}

interface Entry {
	readonly answer: UpstreamAnswer;
	readonly expiresAtMs: number;
}

/** Lowercase without the trailing dot: DNS names compare case-insensitively (RFC 4343). */
export function normalizeName(name: string): string {
	const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
	return trimmed.toLowerCase();
}

/** The negative-caching TTL RFC 2308 section 5 prescribes: min(SOA TTL, SOA MINIMUM). */
export function negativeTtlSeconds(soa: SoaTiming): number {
	return Math.min(soa.ttlSeconds, soa.minimumSeconds);
}

function assertSeconds(field: string, value: number): void {
	if (!Number.isInteger(value) || value < 0) {
		throw new RangeError(
			`DnsTtlCache: ${field} must be a whole number of seconds >= 0, got ${value}`,
		);
	}
}

/** A cache keyed by (name, type), with a separate name-wide entry for NXDOMAIN. */
export class DnsTtlCache {
	readonly #now: Clock;
	readonly #minTtl: number;
	readonly #maxTtl: number;
	readonly #maxNegativeTtl: number;
	readonly #byNameAndType = new Map<string, Entry>();
	// NXDOMAIN says the whole name is absent, so it answers queries of every type.
	readonly #nxdomainByName = new Map<string, Entry>();

	/** Creates an empty cache; throws RangeError naming the option that is out of range. */
	constructor(options: DnsTtlCacheOptions) {
		this.#now = options.now;
		this.#minTtl = options.minTtlSeconds ?? 0;
		this.#maxTtl = options.maxTtlSeconds ?? 86_400;
		this.#maxNegativeTtl = options.maxNegativeTtlSeconds ?? 3_600;
		assertSeconds('minTtlSeconds', this.#minTtl);
		assertSeconds('maxTtlSeconds', this.#maxTtl);
		assertSeconds('maxNegativeTtlSeconds', this.#maxNegativeTtl);
		if (this.#minTtl > this.#maxTtl) {
			throw new RangeError(
				`DnsTtlCache: minTtlSeconds (${this.#minTtl}) must not exceed maxTtlSeconds (${this.#maxTtl})`,
			);
		}
	}

	/**
	 * The TTL this cache will actually apply to an answer, after clamping. Positive answers are
	 * clamped to [min, max]; negative ones use RFC 2308's rule, capped at the negative maximum.
	 */
	effectiveTtlSeconds(answer: UpstreamAnswer): number {
		if (answer.kind === 'records') {
			return Math.min(Math.max(answer.ttlSeconds, this.#minTtl), this.#maxTtl);
		}
		return Math.min(negativeTtlSeconds(answer.soa), this.#maxNegativeTtl);
	}

	/** Stores an answer for (name, type) and returns the TTL applied; 0 means it was not stored. */
	store(name: string, type: string, answer: UpstreamAnswer): number {
		if (answer.kind === 'records') assertSeconds('ttlSeconds', answer.ttlSeconds);
		else {
			assertSeconds('soa.ttlSeconds', answer.soa.ttlSeconds);
			assertSeconds('soa.minimumSeconds', answer.soa.minimumSeconds);
		}
		const key = normalizeName(name);
		const ttl = this.effectiveTtlSeconds(answer);
		// A TTL of 0 means "use once, do not cache" (RFC 1035 section 3.2.1).
		if (ttl === 0) return 0;
		const entry: Entry = { answer, expiresAtMs: this.#now() + ttl * 1000 };
		if (answer.kind === 'nxdomain') {
			this.#nxdomainByName.set(key, entry);
		} else {
			// Any positive or NODATA answer proves the name exists now, so an old NXDOMAIN is stale.
			this.#nxdomainByName.delete(key);
			this.#byNameAndType.set(`${key}/${type.toUpperCase()}`, entry);
		}
		return ttl;
	}

	/** Looks up (name, type); expired entries are dropped and reported as a miss. */
	lookup(name: string, type: string): CacheLookup {
		const key = normalizeName(name);
		const nowMs = this.#now();
		const nameWide = this.#fresh(this.#nxdomainByName, key, nowMs);
		const found =
			nameWide ?? this.#fresh(this.#byNameAndType, `${key}/${type.toUpperCase()}`, nowMs);
		if (found === undefined) return { status: 'miss' };
		// Clients see the time left, rounded up so a live entry never reports 0.
		const remainingTtlSeconds = Math.ceil((found.expiresAtMs - nowMs) / 1000);
		const { answer } = found;
		if (answer.kind === 'records') {
			return { status: 'hit', values: answer.values, remainingTtlSeconds };
		}
		return { status: 'negative', kind: answer.kind, remainingTtlSeconds };
	}

	/**
	 * Answers from the cache, or asks `upstream` once and caches what it says. This is the whole
	 * job of a caching resolver: most queries never leave it.
	 */
	resolve(
		name: string,
		type: string,
		upstream: (name: string, type: string) => UpstreamAnswer,
	): { readonly source: 'cache' | 'upstream'; readonly answer: CacheLookup } {
		const cached = this.lookup(name, type);
		if (cached.status !== 'miss') return { source: 'cache', answer: cached };
		const answer = upstream(normalizeName(name), type.toUpperCase());
		const ttl = this.store(name, type, answer);
		const fresh: CacheLookup =
			answer.kind === 'records'
				? { status: 'hit', values: answer.values, remainingTtlSeconds: ttl }
				: { status: 'negative', kind: answer.kind, remainingTtlSeconds: ttl };
		return { source: 'upstream', answer: fresh };
	}

	/** Number of live entries, for metrics; expired ones still held are not counted. */
	get size(): number {
		const nowMs = this.#now();
		let live = 0;
		for (const map of [this.#byNameAndType, this.#nxdomainByName]) {
			for (const entry of map.values()) if (entry.expiresAtMs > nowMs) live += 1;
		}
		return live;
	}

	#fresh(map: Map<string, Entry>, key: string, nowMs: number): Entry | undefined {
		const entry = map.get(key);
		if (entry === undefined) return undefined;
		// At exactly the expiry instant the TTL has run out: RFC 1035 counts it as gone.
		if (entry.expiresAtMs <= nowMs) {
			map.delete(key);
			return undefined;
		}
		return entry;
	}
}
