import { describe, expect, it } from 'vitest';
import {
	parseCacheControl,
	sharedCacheDecision,
} from '../../../../src/reference/http-cache/shared-cache-freshness.ts';

describe('parseCacheControl', () => {
	it('reads names case-insensitively, quoted values, and flags without values', () => {
		const parsed = parseCacheControl('Public, MAX-AGE="60", s-maxage=600, no-transform');
		expect(parsed.get('public')).toBe(true);
		expect(parsed.get('max-age')).toBe('60');
		expect(parsed.get('s-maxage')).toBe('600');
		expect(parsed.get('no-transform')).toBe(true);
	});

	it('keeps the first of repeated directives', () => {
		expect(parseCacheControl('max-age=10, max-age=99').get('max-age')).toBe('10');
	});
});

describe('sharedCacheDecision', () => {
	it('lets s-maxage override max-age for shared caches', () => {
		const decision = sharedCacheDecision({ cacheControl: 'max-age=60, s-maxage=600' });
		expect(decision).toMatchObject({ storable: true, ttlSeconds: 600, reason: 's-maxage' });
	});

	it('keeps private and no-store responses out of the shared cache', () => {
		expect(sharedCacheDecision({ cacheControl: 'private, max-age=300' }).storable).toBe(false);
		expect(sharedCacheDecision({ cacheControl: 'no-store, s-maxage=300' }).storable).toBe(false);
	});

	it('stores no-cache responses but treats them as stale on every use', () => {
		expect(sharedCacheDecision({ cacheControl: 'no-cache, max-age=600' })).toMatchObject({
			storable: true,
			ttlSeconds: 0,
		});
	});

	it('refuses responses to authenticated requests unless the response opts in', () => {
		expect(
			sharedCacheDecision({ cacheControl: 'max-age=60', requestHasAuthorization: true }).storable,
		).toBe(false);
		for (const optIn of ['public, max-age=60', 's-maxage=60', 'must-revalidate, max-age=60']) {
			expect(
				sharedCacheDecision({ cacheControl: optIn, requestHasAuthorization: true }).storable,
			).toBe(true);
		}
	});

	it('reads stale-while-revalidate and stale-if-error (RFC 5861)', () => {
		const decision = sharedCacheDecision({
			cacheControl: 'max-age=60, stale-while-revalidate=30, stale-if-error=86400',
		});
		expect(decision).toMatchObject({
			ttlSeconds: 60,
			staleWhileRevalidateSeconds: 30,
			staleIfErrorSeconds: 86_400,
		});
	});

	it('opens no stale window where RFC 9111 forbids serving stale, s-maxage included', () => {
		for (const forbidding of [
			's-maxage=60',
			'max-age=60, must-revalidate',
			'max-age=60, proxy-revalidate',
			'no-cache',
		]) {
			const decision = sharedCacheDecision({
				cacheControl: `${forbidding}, stale-while-revalidate=30, stale-if-error=86400`,
			});
			expect(decision, forbidding).toMatchObject({
				staleWhileRevalidateSeconds: 0,
				staleIfErrorSeconds: 0,
			});
		}
	});

	it('falls back to Expires minus Date, then to the cache default', () => {
		expect(
			sharedCacheDecision({
				expires: 'Sun, 29 Nov 2026 12:10:00 GMT',
				date: 'Sun, 29 Nov 2026 12:00:00 GMT',
			}).ttlSeconds,
		).toBe(600);
		expect(sharedCacheDecision({ expires: 'not a date', date: 'also not' }).ttlSeconds).toBe(0);
		// Without a Date header the time of receipt is the baseline (RFC 9110, section 6.6.1).
		expect(
			sharedCacheDecision({
				expires: 'Sun, 29 Nov 2026 12:10:00 GMT',
				receivedAt: 'Sun, 29 Nov 2026 12:05:00 GMT',
			}).ttlSeconds,
		).toBe(300);
		expect(sharedCacheDecision({ expires: 'Sun, 29 Nov 2026 12:10:00 GMT' }).ttlSeconds).toBe(0);
		expect(sharedCacheDecision({ defaultTtlSeconds: 86_400 })).toMatchObject({
			storable: true,
			ttlSeconds: 86_400,
		});
	});

	it('treats a malformed max-age as already stale instead of cacheable forever', () => {
		expect(sharedCacheDecision({ cacheControl: 'max-age=soon' }).ttlSeconds).toBe(0);
	});
});
