/**
 * URL normalization for a crawler: two spellings of one resource must map to one string, or the
 * crawler fetches it twice and the seen-URL set fills with duplicates. Only changes that RFC 3986
 * section 6.2.2 calls meaning-preserving are applied, plus dropping the fragment, which a browser
 * never sends to the server.
 */

// RFC 3986 section 2.3: unreserved characters mean the same encoded or not.
const unreserved = /^[A-Za-z0-9\-._~]$/;

/**
 * Decodes percent-escapes of unreserved characters (`%7E` becomes `~`) and upper-cases the hex
 * digits of every other escape (`%2f` becomes `%2F`). Reserved characters stay encoded, because
 * `/a%2Fb` and `/a/b` are different paths.
 */
export function normalizePercentEncoding(text: string): string {
	return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) => {
		const char = String.fromCharCode(Number.parseInt(hex, 16));
		return unreserved.test(char) ? char : `%${hex.toUpperCase()}`;
	});
}

/**
 * The canonical form of an http(s) URL, or undefined for anything a web crawler should not fetch
 * (mailto:, javascript:, unparseable text). Relative links resolve against `base`.
 *
 * The WHATWG URL parser (the one in Node and browsers) already lower-cases the scheme and host,
 * drops the default port (80 for http, 443 for https), removes dot segments and turns an empty
 * path into `/`. This function adds the rest: fragment removed, percent-encoding normalized, an
 * empty query (`?` alone) removed. Query parameters keep their order: `?a=1&b=2` and `?b=2&a=1`
 * may be different resources, so sorting them is a per-site rule, not a general one.
 */
export function normalizeUrl(raw: string, base?: string): string | undefined {
	let url: URL;
	try {
		url = new URL(raw.trim(), base);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	url.hash = '';
	url.pathname = normalizePercentEncoding(url.pathname);
	// Assigning '' removes a lone '?', which the parser otherwise keeps.
	url.search = url.search.length <= 1 ? '' : normalizePercentEncoding(url.search);
	return url.href;
}

/** The politeness key of a normalized URL: host name plus any non-default port. */
export function hostOf(normalizedUrl: string): string {
	return new URL(normalizedUrl).host;
}
