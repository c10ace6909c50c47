/**
 * What a shared cache (CDN, reverse proxy) may do with a response, after RFC 9111 sections 3
 * and 4.2 and RFC 5861: whether it may store it at all, for how long it is fresh, and how long
 * it may serve it stale while revalidating or while the origin is failing.
 *
 * The order of precedence is the point: `no-store` and `private` forbid storing; a request with
 * `Authorization` may be stored only if the response opts in; `s-maxage` beats `max-age`, which
 * beats `Expires`; and only when none is present does the cache fall back to its own default.
 *
 * The RFC 5861 stale windows apply only where RFC 9111 section 4.2.4 allows serving stale at all:
 * `no-cache`, `must-revalidate`, `proxy-revalidate` and, for a shared cache, `s-maxage` (which
 * carries `proxy-revalidate`'s meaning, section 5.2.2.10) forbid it. Some CDNs serve stale with
 * `s-maxage` anyway; this module follows the RFC.
 */

/** Parsed `Cache-Control`: directive name (lowercase) to its value, or true when it has none. */
export type CacheControl = ReadonlyMap<string, string | true>;

/** Parses a `Cache-Control` header value; unknown directives are kept and ignored by callers. */
export function parseCacheControl(value: string | undefined): CacheControl {
	const directives = new Map<string, string | true>();
	for (const part of (value ?? '').split(',')) {
		const [rawName = '', ...rest] = part.split('=');
		const name = rawName.trim().toLowerCase();
		if (name === '') continue;
		const rawValue = rest.join('=').trim();
		// RFC 9111 allows quoted values; strip the quotes so `max-age="60"` reads as 60.
		const unquoted = rawValue.replace(/^"(.*)"$/, '$1');
		// When a directive repeats, the first occurrence wins.
		if (!directives.has(name)) directives.set(name, rest.length === 0 ? true : unquoted);
	}
	return directives;
}

/** A delta-seconds value, or undefined when absent; malformed values count as 0 (already stale). */
function seconds(directives: CacheControl, name: string): number | undefined {
	const value = directives.get(name);
	if (value === undefined) return undefined;
	if (value === true || !/^\d+$/.test(value)) return 0;
	return Number(value);
}

/** The response fields the decision depends on. Header names are lowercase. */
export interface SharedCacheInput {
	readonly cacheControl?: string;
	/** `Expires` header, an HTTP date. */
	readonly expires?: string;
	/** `Date` header of the response; the baseline for `Expires`. */
	readonly date?: string;
	/**
	 * When the cache received the response, as an HTTP date. Stands in for a missing `Date`, as
	 * RFC 9110 section 6.6.1 has a recipient with a clock record the time of receipt.
	 */
	readonly receivedAt?: string;
	/** Whether the request carried an `Authorization` header. */
	readonly requestHasAuthorization?: boolean;
	/** Lifetime the cache applies when the origin gives none, such as a CDN's default TTL. */
	readonly defaultTtlSeconds?: number;
}

/** The decision. `ttlSeconds` 0 with `storable` true means: store, but revalidate before each use. */
export interface SharedCacheDecision {
	readonly storable: boolean;
	readonly ttlSeconds: number;
	readonly staleWhileRevalidateSeconds: number;
	readonly staleIfErrorSeconds: number;
	/** Which rule decided, for logs and for the reader. */
	readonly reason: string;
}

const notStorable = (reason: string): SharedCacheDecision => ({
	storable: false,
	ttlSeconds: 0,
	staleWhileRevalidateSeconds: 0,
	staleIfErrorSeconds: 0,
	reason,
});

/** Decides storage and freshness for a shared cache. */
export function sharedCacheDecision(input: SharedCacheInput): SharedCacheDecision {
	const directives = parseCacheControl(input.cacheControl);
	if (directives.has('no-store')) return notStorable('no-store');
	// Unqualified `private` keeps a response out of every shared cache.
	if (directives.get('private') === true) return notStorable('private');
	const optedIn =
		directives.has('public') || directives.has('s-maxage') || directives.has('must-revalidate');
	if (input.requestHasAuthorization === true && !optedIn) {
		return notStorable('request had Authorization and the response did not opt in');
	}

	// RFC 9111 section 4.2.4: these directives forbid serving a stale copy, so no stale window opens.
	const staleForbidden = ['no-cache', 'must-revalidate', 'proxy-revalidate', 's-maxage'].some(
		(name) => directives.has(name),
	);
	const stale = {
		staleWhileRevalidateSeconds: staleForbidden
			? 0
			: (seconds(directives, 'stale-while-revalidate') ?? 0),
		staleIfErrorSeconds: staleForbidden ? 0 : (seconds(directives, 'stale-if-error') ?? 0),
	};
	if (directives.has('no-cache')) {
		return { storable: true, ttlSeconds: 0, ...stale, reason: 'no-cache: revalidate every use' };
	}
	const sMaxAge = seconds(directives, 's-maxage');
	if (sMaxAge !== undefined)
		return { storable: true, ttlSeconds: sMaxAge, ...stale, reason: 's-maxage' };
	const maxAge = seconds(directives, 'max-age');
	if (maxAge !== undefined)
		return { storable: true, ttlSeconds: maxAge, ...stale, reason: 'max-age' };
	if (input.expires !== undefined) {
		const expires = Date.parse(input.expires);
		const baseline = input.date ?? input.receivedAt;
		const date = baseline === undefined ? Number.NaN : Date.parse(baseline);
		// An Expires the cache cannot parse, or one with nothing to measure from, means already stale.
		const ttl =
			Number.isNaN(expires) || Number.isNaN(date) ? 0 : Math.max(0, (expires - date) / 1000);
		return { storable: true, ttlSeconds: Math.floor(ttl), ...stale, reason: 'Expires - Date' };
	}
	return {
		storable: true,
		ttlSeconds: input.defaultTtlSeconds ?? 0,
		...stale,
		reason: 'no explicit lifetime: cache default',
	};
}
