import { describe, expect, it } from 'vitest';
import {
	normalizeAcceptEncoding,
	parseVary,
	primaryCacheKey,
	secondaryCacheKey,
	trackingParameters,
	VariantCache,
	type CacheRequest,
} from '../../../../src/reference/http-cache/cache-key.ts';

const get = (url: string, headers: Record<string, string> = {}): CacheRequest => ({
	method: 'GET',
	url,
	headers,
});

describe('primaryCacheKey', () => {
	it('treats spellings of the same URL as one key', () => {
		const keys = new Set(
			[
				'https://Shop.Example.com/products?color=red&size=m',
				'https://shop.example.com:443/products?size=m&color=red',
				'https://shop.example.com/products?size=m&color=red#reviews',
				'https://shop.example.com/a/../products?color=red&size=m',
			].map((url) => primaryCacheKey(get(url))),
		);
		expect(keys).toEqual(new Set(['GET https://shop.example.com/products?color=red&size=m']));
	});

	it('keeps what changes the resource: path case, scheme, a non-default port', () => {
		const base = primaryCacheKey(get('https://example.com/Docs'));
		expect(primaryCacheKey(get('https://example.com/docs'))).not.toBe(base);
		expect(primaryCacheKey(get('http://example.com/Docs'))).not.toBe(base);
		expect(primaryCacheKey(get('https://example.com:8443/Docs'))).not.toBe(base);
	});

	it('drops tracking parameters so campaign links share the cached page', () => {
		const policy = { ignoreQuery: trackingParameters };
		const plain = primaryCacheKey(get('https://example.com/sale?page=2'), policy);
		const tracked = primaryCacheKey(
			get('https://example.com/sale?utm_source=mail&page=2&utm_campaign=x&gclid=abc'),
			policy,
		);
		expect(tracked).toBe(plain);
		expect(plain).toBe('GET https://example.com/sale?page=2');
	});

	it('keeps only allowlisted parameters when told to', () => {
		const key = primaryCacheKey(get('https://img.example.com/a.png?w=200&sig=1&cb=99'), {
			includeQueryOnly: ['w'],
		});
		expect(key).toBe('GET https://img.example.com/a.png?w=200');
	});

	it('keeps repeated parameters in their original order', () => {
		const a = primaryCacheKey(get('https://example.com/s?tag=b&q=x&tag=a'));
		const b = primaryCacheKey(get('https://example.com/s?tag=a&q=x&tag=b'));
		expect(a).toBe('GET https://example.com/s?q=x&tag=b&tag=a');
		expect(a).not.toBe(b);
	});

	it('does not cache methods other than GET', () => {
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
			expect(primaryCacheKey({ method, url: 'https://example.com/cart', headers: {} })).toBe(
				undefined,
			);
		}
	});
});

describe('Vary', () => {
	it('parses names case-insensitively, deduplicated and sorted, and recognizes *', () => {
		expect(parseVary('Accept-Encoding, accept-language ,ACCEPT-ENCODING')).toEqual([
			'accept-encoding',
			'accept-language',
		]);
		expect(parseVary('Accept-Encoding, *')).toBe('*');
		expect(parseVary(undefined)).toEqual([]);
	});

	it('builds the secondary key from the named request headers only', () => {
		const request = get('https://example.com/', {
			'Accept-Language': 'fr',
			Cookie: 'session=1',
		});
		expect(secondaryCacheKey(request, 'Accept-Language')).toBe('accept-language=fr');
		expect(secondaryCacheKey(request, undefined)).toBe('');
		expect(secondaryCacheKey(request, '*')).toBe(undefined);
	});

	it('serves each language its own variant and never mixes them', () => {
		const cache = new VariantCache<string>();
		const url = 'https://example.com/home';
		expect(cache.store(get(url, { 'Accept-Language': 'en' }), 'Accept-Language', 'Hello')).toBe(
			true,
		);
		cache.store(get(url, { 'Accept-Language': 'fr' }), 'Accept-Language', 'Bonjour');
		expect(cache.lookup(get(url, { 'accept-language': 'fr' }))).toBe('Bonjour');
		expect(cache.lookup(get(url, { 'Accept-Language': 'en' }))).toBe('Hello');
		expect(cache.lookup(get(url, { 'Accept-Language': 'de' }))).toBe(undefined);
		expect(cache.variantCount(get(url))).toBe(2);
	});

	it('never reuses a response that says Vary: *', () => {
		const cache = new VariantCache<string>();
		const request = get('https://example.com/personal');
		expect(cache.store(request, '*', 'yours only')).toBe(false);
		expect(cache.lookup(request)).toBe(undefined);
	});

	it('replaces a variant when a newer response for the same headers arrives', () => {
		const cache = new VariantCache<string>();
		const request = get('https://example.com/p', { 'Accept-Language': 'en' });
		cache.store(request, 'Accept-Language', 'v1');
		cache.store(request, 'Accept-Language', 'v2');
		expect(cache.lookup(request)).toBe('v2');
		expect(cache.variantCount(request)).toBe(1);
	});
});

describe('Accept-Encoding normalization', () => {
	// Real-world spellings of the same capability, as different browsers and clients send them.
	const spellings = [
		'gzip, deflate, br',
		'gzip, deflate, br, zstd',
		'br, gzip',
		'gzip,deflate,br',
		'br;q=1.0, gzip;q=0.8, *;q=0.1',
		'gzip, deflate',
		'gzip',
		'deflate, gzip',
		'identity',
		'',
		'gzip;q=0, deflate',
	];

	it('maps each spelling to the coding the cache would serve', () => {
		expect(spellings.map(normalizeAcceptEncoding)).toEqual([
			'br',
			'br',
			'br',
			'br',
			'br',
			'gzip',
			'gzip',
			'gzip',
			'identity',
			'identity',
			'identity',
		]);
	});

	it('cuts the variants stored for one URL from one per spelling to three', () => {
		const url = 'https://example.com/app.js';
		const raw = new VariantCache<string>();
		const normalized = new VariantCache<string>({
			normalizers: { 'accept-encoding': normalizeAcceptEncoding },
		});
		for (const spelling of spellings) {
			const request = get(url, { 'Accept-Encoding': spelling });
			raw.store(request, 'Accept-Encoding', spelling);
			normalized.store(request, 'Accept-Encoding', normalizeAcceptEncoding(spelling));
		}
		expect(raw.variantCount(get(url))).toBe(spellings.length);
		expect(normalized.variantCount(get(url))).toBe(3);
		// A client sending yet another spelling still hits the right stored copy.
		expect(normalized.lookup(get(url, { 'Accept-Encoding': 'br, deflate' }))).toBe('br');
		expect(raw.lookup(get(url, { 'Accept-Encoding': 'br, deflate' }))).toBe(undefined);
	});
});
