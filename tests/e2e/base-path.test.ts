import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openWatchedPage, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { listBuiltPages } from './support/site.ts';
import { productionBuildEnv } from './support/build-env.ts';

// The same handbook built for a project site such as https://user.github.io/handbook/.
const base = '/handbook/';
const outDir = join(process.cwd(), 'dist-handbook');
let server: StaticServer;
let chromium: TestBrowser;

beforeAll(async () => {
	const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		encoding: 'utf8',
		env: productionBuildEnv({ BASE_PATH: base, SITE_URL: 'https://example.github.io' }),
	});
	if (build.status !== 0) throw new Error(`BASE_PATH=${base} build failed:\n${build.stdout}\n${build.stderr}`);
	server = await serveStatic(outDir, base);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

describe(`the handbook built with BASE_PATH=${base}`, () => {
	it('links every internal page, asset and script under the base path', () => {
		const offenders: string[] = [];
		for (const page of listBuiltPages(outDir)) {
			const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
			for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
				if (url && !url.startsWith(base) && !url.startsWith('//')) offenders.push(`${page}: ${url}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('serves pages, styles and scripts with no failed request, and navigates by the sidebar', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}practice/`, { waitUntil: 'networkidle' });
		expect(await watched.page.title()).toContain('Backend Interview Handbook');
		const sidebarLink = watched.page.locator(`nav[aria-label="Main"] a[href="${base}coding/"]`).first();
		await sidebarLink.click();
		await watched.page.waitForURL(`${server.url}coding/`);
		expect(watched.failedRequests).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('searches and follows a result under the base path', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}coding/`, { waitUntil: 'networkidle' });
		await watched.page.locator('button[data-open-modal]').click();
		await watched.page.locator('#starlight__search input.pagefind-ui__search-input').fill('Practice');
		const result = watched.page.locator(`#starlight__search a[href^="${base}practice/"]`).first();
		await result.waitFor({ timeout: 15_000 });
		await result.click();
		await watched.page.waitForURL((url) => url.pathname.startsWith(`${base}practice/`));
		expect(watched.failedRequests).toEqual([]);
		await watched.context.close();
	});

	it('answers an unknown URL with the styled 404 page', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const response = await watched.page.goto(`${server.url}no-such-page/`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(404);
		expect(await watched.page.locator('h1').first().textContent()).toMatch(/not found|404/i);
		// Its stylesheet loaded from under the base path, so the page is styled.
		const sidebarDisplay = await watched.page.evaluate(() => getComputedStyle(document.body).fontFamily);
		expect(sidebarDisplay).not.toBe('');
		expect(watched.failedRequests.filter((url) => !url.includes('no-such-page'))).toEqual([]);
		await watched.context.close();
	});
});
