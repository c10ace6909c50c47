import { describe, expect, it } from 'vitest';
import { isInSitemap } from '../../../src/print/sitemap-filter.ts';

describe('isInSitemap', () => {
	it('leaves out the print editions at the root and under a base path', () => {
		expect(isInSitemap('https://example.com/print/databases/', '/')).toBe(false);
		expect(isInSitemap('https://example.github.io/handbook/print/coding/', '/handbook/')).toBe(
			false,
		);
		expect(isInSitemap('https://example.com/print/', '/')).toBe(false);
		expect(isInSitemap('https://example.com/print', '/')).toBe(false);
		expect(isInSitemap('https://example.github.io/handbook/print/', '/handbook/')).toBe(false);
		expect(isInSitemap('https://example.github.io/handbook/print/', '/handbook')).toBe(false);
	});

	it('keeps every other page, including ones whose path merely starts like it', () => {
		expect(isInSitemap('https://example.com/', '/')).toBe(true);
		expect(isInSitemap('https://example.com/practice/databases/', '/')).toBe(true);
		expect(isInSitemap('https://example.com/printing-press/', '/')).toBe(true);
		expect(isInSitemap('https://example.github.io/handbook/print/', '/')).toBe(true);
		expect(isInSitemap('https://example.github.io/handbook/databases/', '/handbook/')).toBe(true);
	});
});
