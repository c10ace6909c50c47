// The fixtures every browser test uses: the test build (`testBuild` in scripts/harness/built-site.ts)
// served on 127.0.0.1 under its base path (once per worker), the
// theme a project runs in, and a record of what the page did. Import `test` and `expect` from here.
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { testBuild, requireBuiltSite } from '../../scripts/harness/built-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server.ts';
import { headersFromBuild } from './support/headers.ts';

export { expect };

/** A theme the handbook offers. */
export type Theme = 'light' | 'dark';

/** The option the `light` and `dark` projects set (playwright.config.ts), for a whole worker. */
export interface ThemeOption {
	/** The theme stored before any page script runs, as a returning reader would have it. */
	theme: Theme | undefined;
}

/** What the page did during one test, for assertions about errors and requests. */
export interface PageActivity {
	/** Console errors and uncaught exceptions. */
	consoleErrors: string[];
	/** Requests that failed (not those the page aborted), and responses of status 400 or more. */
	failedRequests: string[];
	/** Every URL requested. */
	requests: string[];
}

interface WorkerFixtures extends ThemeOption {
	/** The test build (dist-test/) served under its base path, /handbook/. */
	site: StaticServer;
	/** The same, with the headers its own `_headers` file sets, Content-Security-Policy included. */
	siteWithHeaders: StaticServer;
}

interface TestFixtures {
	activity: PageActivity;
}

/**
 * A page's URL path as the test build links it: `sitePath('practice/')` is `/handbook/practice/`.
 * For matching `href`s and search results; `page.goto('practice/')` resolves against the base on
 * its own.
 */
export function sitePath(path: string): string {
	return `${testBuild.base}${path.replace(/^\//, '')}`;
}

/** True for an http(s) URL outside the local test servers (data: and blob: URLs are local). */
export function isOffOrigin(url: string): boolean {
	const { protocol, hostname } = new URL(url);
	return (protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1';
}

/**
 * Prepares a browser context as a reader in `theme` would open the site, and records every
 * request it makes to another origin; the site must make none. Returns the list, which fills as
 * the context's pages load.
 */
export async function prepareContext(
	context: BrowserContext,
	theme: Theme | undefined,
): Promise<string[]> {
	if (theme) {
		await context.addInitScript((value) => {
			localStorage.setItem('starlight-theme', value);
		}, theme);
	}
	const offOrigin: string[] = [];
	context.on('request', (request) => {
		if (isOffOrigin(request.url())) offOrigin.push(request.url());
	});
	return offOrigin;
}

/** The message a test fails with when its pages requested another origin. */
export const offOriginMessage = 'requests to another origin (the site must make none)';

export const test = base.extend<TestFixtures, WorkerFixtures>({
	site: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern
		async ({}, use) => {
			requireBuiltSite(testBuild.dir);
			const server = await serveStatic(testBuild.dir, testBuild.base);
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
	siteWithHeaders: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern
		async ({}, use) => {
			requireBuiltSite(testBuild.dir);
			const server = await serveStatic(testBuild.dir, testBuild.base, headersFromBuild());
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
	// `page.goto('practice/')` opens a page of the served site; paths have no leading slash.
	baseURL: async ({ site }, use) => use(site.url),
	theme: [undefined, { option: true, scope: 'worker' }],
	// Every test's context: the project's theme, and a failure if a page requested another origin.
	context: async ({ context, theme }, use) => {
		const offOrigin = await prepareContext(context, theme);
		await use(context);
		expect(offOrigin, offOriginMessage).toEqual([]);
	},
	activity: async ({ page }, use) => {
		const activity: PageActivity = { consoleErrors: [], failedRequests: [], requests: [] };
		page.on('console', (message) => {
			if (message.type() === 'error') activity.consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => activity.consoleErrors.push(error.message));
		page.on('request', (request) => activity.requests.push(request.url()));
		page.on('requestfailed', (request) => {
			// The page abandoned it itself (a hover prefetch overtaken by the click it predicted).
			if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
			activity.failedRequests.push(request.url());
		});
		page.on('response', (response) => {
			if (response.status() >= 400)
				activity.failedRequests.push(`${response.status()} ${response.url()}`);
		});
		await use(activity);
	},
});
