import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/integrations/robots-txt.ts';

describe('robotsTxt', () => {
	it('points at the sitemap index under the base path when the site is known', () => {
		expect(robotsTxt('https://you.github.io', '/handbook/')).toContain(
			'Sitemap: https://you.github.io/handbook/sitemap-index.xml',
		);
	});

	it('welcomes crawlers and names no sitemap without a site URL', () => {
		const text = robotsTxt(undefined, '/');
		expect(text).toContain('User-agent: *');
		expect(text).not.toContain('Sitemap');
	});
});
