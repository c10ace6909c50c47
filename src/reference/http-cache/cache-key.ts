/**
 * Cache keys for a shared HTTP cache (a CDN edge or a reverse proxy), after RFC 9111 section 4.1.
 *
 * A stored response is found in two steps. The primary key is the method and the target URI;
 * normalizing it (lowercase host, default port dropped, tracking parameters removed, query sorted)
 * makes requests that mean the same thing share one entry. The response's `Vary` header then
 * names request headers whose values must also match: each distinct combination is a separate
 * variant under the same primary key. `Vary: *` never matches, so such a response is never reused.
 */

/** The parts of a request a cache looks at. Header names are matched case-insensitively. */
export interface CacheRequest {
	readonly method: string;
	readonly url: string;
	readonly headers: Readonly<Record<string, string | undefined>>;
}

/** Rewrites one request header's value before it is compared, to collapse equivalent values. */
export type HeaderNormalizer = (value: string | undefined) => string;

/** How a cache builds its primary key. */
export interface CacheKeyPolicy {
	/** Query parameters to drop, by exact name or by prefix ending in `*` (such as `utm_*`). */
	readonly ignoreQuery?: readonly string[];
	/** If set, only these query parameters are kept; everything else is dropped. */
	readonly includeQueryOnly?: readonly string[];
	/** Per-header normalizers for `Vary` matching, keyed by lowercase header name. */
	readonly normalizers?: Readonly<Record<string, HeaderNormalizer>>;
}

/** Parameters that identify a campaign, not a resource; caching on them only fragments the cache. */
export const trackingParameters: readonly string[] = ['utm_*', 'gclid', 'fbclid', 'msclkid'];

const defaultPorts: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

function dropped(name: string, policy: CacheKeyPolicy): boolean {
	if (policy.includeQueryOnly !== undefined && !policy.includeQueryOnly.includes(name)) return true;
	return (policy.ignoreQuery ?? []).some((pattern) =>
		pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
	);
}

/**
 * The primary key: method plus normalized URL, or undefined when the method is not cacheable here.
 * Only GET is stored; a POST, PUT or DELETE always goes to the origin.
 * @throws TypeError when `url` is not an absolute URL
 */
export function primaryCacheKey(
	request: CacheRequest,
	policy: CacheKeyPolicy = {},
): string | undefined {
	if (request.method.toUpperCase() !== 'GET') return undefined;
	const url = new URL(request.url);
	// The URL parser already lowercases scheme and host and resolves dot segments in the path.
	const port = url.port === '' || url.port === defaultPorts[url.protocol] ? '' : `:${url.port}`;
	const kept = [...url.searchParams].filter(([name]) => !dropped(name, policy));
	// Sorting makes ?a=1&b=2 and ?b=2&a=1 one entry; the stable sort keeps repeated names in order.
	kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const query = new URLSearchParams(kept).toString();
	return `GET ${url.protocol}//${url.hostname}${port}${url.pathname}${query ? `?${query}` : ''}`;
}

/** Lowercase header names listed in a `Vary` value, or `'*'` when it contains `*`. */
export function parseVary(vary: string | undefined): readonly string[] | '*' {
	if (vary === undefined) return [];
	const names = vary
		.split(',')
		.map((name) => name.trim().toLowerCase())
		.filter((name) => name !== '');
	if (names.includes('*')) return '*';
	return [...new Set(names)].sort();
}

function headerValue(request: CacheRequest, name: string): string | undefined {
	for (const [key, value] of Object.entries(request.headers)) {
		if (key.toLowerCase() === name) return value;
	}
	return undefined;
}

/** Default comparison form of a header value: trimmed, inner whitespace collapsed, absent as ''. */
function plainValue(value: string | undefined): string {
	return (value ?? '').trim().replace(/\s+/g, ' ');
}

/**
 * The secondary key for one variant: the normalized values of the request headers that `Vary`
 * names, or undefined for `Vary: *`, which RFC 9111 says never matches a later request.
 */
export function secondaryCacheKey(
	request: CacheRequest,
	vary: string | undefined,
	policy: CacheKeyPolicy = {},
): string | undefined {
	const names = parseVary(vary);
	if (names === '*') return undefined;
	return names
		.map((name) => {
			const normalize = policy.normalizers?.[name] ?? plainValue;
			return `${name}=${normalize(headerValue(request, name))}`;
		})
		.join('\n');
}

/**
 * Collapses `Accept-Encoding` to the one coding the cache would serve: `br`, `gzip` or `identity`.
 * Browsers send dozens of spellings ("gzip, deflate, br", "br;q=1.0, gzip;q=0.8, *;q=0.1");
 * varying on the raw string would store a copy per spelling.
 */
export function normalizeAcceptEncoding(value: string | undefined): string {
	const accepted = new Set<string>();
	for (const part of (value ?? '').toLowerCase().split(',')) {
		const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim());
		// A coding with q=0 is explicitly refused, not accepted.
		const refused = parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
		if (coding !== '' && !refused) accepted.add(coding);
	}
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip')) return 'gzip';
	return 'identity';
}

/** One stored response: its variant key and whatever the cache keeps (body, headers, expiry). */
interface Variant<T> {
	readonly vary: string | undefined;
	readonly secondaryKey: string;
	readonly value: T;
}

/**
 * A minimal shared cache index: primary key to the variants stored under it. It decides only
 * which stored response matches a request; freshness and eviction are separate concerns.
 */
export class VariantCache<T> {
	private readonly entries = new Map<string, Variant<T>[]>();

	constructor(private readonly policy: CacheKeyPolicy = {}) {}

	/** Stores a response for a request; returns false when it can never be reused (not GET, or `Vary: *`). */
	store(request: CacheRequest, vary: string | undefined, value: T): boolean {
		const primary = primaryCacheKey(request, this.policy);
		const secondary = secondaryCacheKey(request, vary, this.policy);
		if (primary === undefined || secondary === undefined) return false;
		// A newer response for the same variant replaces the older one.
		const variants = (this.entries.get(primary) ?? []).filter(
			(variant) => variant.secondaryKey !== secondary || variant.vary !== vary,
		);
		variants.push({ vary, secondaryKey: secondary, value });
		this.entries.set(primary, variants);
		return true;
	}

	/** The stored value whose `Vary` headers match this request, most recent first, or undefined. */
	lookup(request: CacheRequest): T | undefined {
		const primary = primaryCacheKey(request, this.policy);
		if (primary === undefined) return undefined;
		const variants = this.entries.get(primary) ?? [];
		for (let i = variants.length - 1; i >= 0; i--) {
			const variant = variants[i];
			if (variant === undefined) continue;
			// Each stored response is matched against the headers its own Vary named.
			if (secondaryCacheKey(request, variant.vary, this.policy) === variant.secondaryKey) {
				return variant.value;
			}
		}
		return undefined;
	}

	/** How many variants are stored under the request's primary key: the fragmentation to watch. */
	variantCount(request: CacheRequest): number {
		const primary = primaryCacheKey(request, this.policy);
		return primary === undefined ? 0 : (this.entries.get(primary)?.length ?? 0);
	}
}
