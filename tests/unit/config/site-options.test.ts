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
			llmsTxt: true,
		});
	});

	it('defaults to the root with no site and no edit links', () => {
		expect(siteOptionsFromEnv({})).toEqual({
			site: undefined,
			base: '/',
			repositoryUrl: undefined,
			llmsTxt: false,
		});
	});

	it.each([
		[undefined, true],
		['on', true],
		[' OFF ', false],
		['off', false],
	])('with SITE_URL set and LLMS_TXT=%j, publishes llms.txt: %j', (llmsTxt, expected) => {
		expect(
			siteOptionsFromEnv({ SITE_URL: 'https://you.github.io', LLMS_TXT: llmsTxt }).llmsTxt,
		).toBe(expected);
	});

	it('publishes no llms.txt without SITE_URL, even with LLMS_TXT=on, as its links are absolute', () => {
		expect(siteOptionsFromEnv({ LLMS_TXT: 'on' }).llmsTxt).toBe(false);
	});

	it('refuses an LLMS_TXT other than on or off, naming both', () => {
		expect(() => siteOptionsFromEnv({ SITE_URL: 'https://you.github.io', LLMS_TXT: 'no' })).toThrow(
			'LLMS_TXT must be "on" (the default: publish llms.txt when SITE_URL is set) or "off" (publish none), got "no".',
		);
	});

	it('refuses a SITE_URL that is not an absolute http(s) URL, saying what it expects', () => {
		expect(() => siteOptionsFromEnv({ SITE_URL: 'handbook.example.com' })).toThrow(
			/SITE_URL must be an absolute http\(s\) URL/,
		);
	});
});
