import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openWatchedPage, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, listBuiltPages, requireBuiltSite } from './support/site.ts';

let server: StaticServer;
let chromium: TestBrowser;
const requestedUrls: string[] = [];

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

describe('the built handbook in Chromium', () => {
	it('loads the home page with no console error and no failed request', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(server.url, { waitUntil: 'networkidle' });
		requestedUrls.push(...watched.requests);
		expect(await watched.page.title()).toContain('Backend Interview Handbook');
		expect(watched.consoleErrors).toEqual([]);
		expect(watched.failedRequests).toEqual([]);
		await watched.context.close();
	});

	it('navigates through the sidebar', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}practice/`);
		const link = watched.page.locator('nav[aria-label="Main"] a[href$="/coding/"]').first();
		await link.click();
		await watched.page.waitForURL(/\/coding\/$/);
		const heading = await watched.page.locator('h1').first().textContent();
		expect(heading?.trim().length).toBeGreaterThan(0);
		expect(
			await watched.page
				.locator('nav[aria-label="Main"] a[aria-current="page"]')
				.getAttribute('href'),
		).toMatch(/\/coding\/$/);
		requestedUrls.push(...watched.requests);
		await watched.context.close();
	});

	it('searches: typing a page title finds that page, and the result navigates there', async () => {
		const target =
			listBuiltPages().find((page) => page.startsWith('api-design/') && page !== 'api-design/') ??
			'practice/';
		const title = /<h1[^>]*>([^<]+)<\/h1>/
			.exec(readFileSync(join(distDir, target, 'index.html'), 'utf8'))?.[1]
			?.trim();
		expect(title, `no <h1> in ${target}`).toBeTruthy();
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(server.url, { waitUntil: 'networkidle' });
		await watched.page.locator('button[data-open-modal]').click();
		const input = watched.page.locator('#starlight__search input.pagefind-ui__search-input');
		await input.fill(title ?? '');
		const result = watched.page.locator(`#starlight__search a[href*="/${target}"]`).first();
		await result.waitFor({ timeout: 15_000 });
		await result.click();
		await watched.page.waitForURL((url) => url.pathname.startsWith(`/${target}`));
		expect(await watched.page.locator('h1').first().textContent()).toContain(title);
		requestedUrls.push(...watched.requests);
		await watched.context.close();
	});

	it('keeps the chosen theme across navigation', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}practice/`);
		await watched.page.locator('starlight-theme-select select').first().selectOption('dark');
		expect(await watched.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(
			'dark',
		);
		await watched.page.locator('nav[aria-label="Main"] a[href$="/coding/"]').first().click();
		await watched.page.waitForURL(/\/coding\/$/);
		expect(await watched.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(
			'dark',
		);
		await watched.page.locator('starlight-theme-select select').first().selectOption('light');
		await watched.page.reload();
		expect(await watched.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(
			'light',
		);
		await watched.context.close();
	});

	it('makes no request outside its own origin', () => {
		expect(requestedUrls.length).toBeGreaterThan(5);
		const offOrigin = requestedUrls.filter(
			(url) => !url.startsWith(server.origin) && !url.startsWith('data:'),
		);
		expect(offOrigin).toEqual([]);
	});

	it('ships no reference to another origin in any built page (web fonts, analytics, CDN scripts)', () => {
		const offenders: string[] = [];
		for (const page of listBuiltPages()) {
			const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
			const loads =
				html.match(
					/<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="(?:https?:)?\/\/[^"]+"/g,
				) ?? [];
			const imports = html.match(/@import\s+url\(['"]?https?:/g) ?? [];
			for (const tag of [...loads, ...imports]) {
				if (!/rel="(?:canonical|alternate)"|<link[^>]*rel="sitemap"/.test(tag))
					offenders.push(`${page}: ${tag}`);
			}
		}
		expect(offenders).toEqual([]);
	});
});
