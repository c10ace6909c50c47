import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentErrorTemplate, repositoryLinks } from '../../../src/config/repository-links.ts';
import { siteOptionsFromEnv } from '../../../src/config/site-options.ts';

describe('repository links', () => {
	it('links the repository and its content-error issue form when REPOSITORY_URL is set', () => {
		const { repositoryUrl } = siteOptionsFromEnv({
			REPOSITORY_URL: 'https://github.com/you/handbook/',
		});
		expect(repositoryLinks(repositoryUrl)).toEqual({
			repository: 'https://github.com/you/handbook',
			reportError: 'https://github.com/you/handbook/issues/new?template=content-error.yml',
		});
	});

	it('gives no links when REPOSITORY_URL is unset', () => {
		expect(repositoryLinks(siteOptionsFromEnv({}).repositoryUrl)).toBeUndefined();
	});

	it('names an issue form the repository has', () => {
		const form = join(process.cwd(), '.github', 'ISSUE_TEMPLATE', contentErrorTemplate);
		expect(existsSync(form), form).toBe(true);
	});
});
