import { describe, expect, it } from 'vitest';
import { normaliseBasePath, siteOptionsFromEnv } from '../../../src/config/site-options.ts';

describe('normaliseBasePath', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['handbook', '/handbook/'],
		['/handbook', '/handbook/'],
		['/handbook/', '/handbook/'],
		['//docs/handbook//', '/docs/handbook/'],
	])('turns %j into %j', (raw, expected) => {
		expect(normaliseBasePath(raw)).toBe(expected);
	});
});

describe('siteOptionsFromEnv', () => {
	it('reads SITE_URL, BASE_PATH and REPOSITORY_URL, trimming a trailing slash from the repository', () => {
		expect(
			siteOptionsFromEnv({
				SITE_URL: 'https://you.github.io',
				BASE_PATH: 'handbook',
				REPOSITORY_URL: 'https://github.com/you/handbook/',
			}),
		).toEqual({
			site: 'https://you.github.io',
			base: '/handbook/',
			repositoryUrl: 'https://github.com/you/handbook',
		});
	});

	it('defaults to the root with no site and no edit links', () => {
		expect(siteOptionsFromEnv({})).toEqual({
			site: undefined,
			base: '/',
			repositoryUrl: undefined,
		});
	});

	it('refuses a SITE_URL that is not an absolute http(s) URL, saying what it expects', () => {
		expect(() => siteOptionsFromEnv({ SITE_URL: 'handbook.example.com' })).toThrow(
			/SITE_URL must be an absolute http\(s\) URL/,
		);
	});
});
