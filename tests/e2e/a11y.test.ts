import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	launchBrowser,
	openWatchedPage,
	type TestBrowser,
	type WatchedPage,
} from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, listBuiltPages, requireBuiltSite } from './support/site.ts';
import { runAxe } from './support/axe.ts';

let server: StaticServer;
let chromium: TestBrowser;

// One test per page, so the suite's time grows with the site without any one test timing out
// (the question bank alone takes axe several seconds). Read at collection time; an unbuilt site
// yields no page tests and fails the "has pages" test below and requireBuiltSite.
const pages = existsSync(join(distDir, 'index.html')) ? listBuiltPages() : [];

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

describe.each(['light', 'dark'] as const)('axe, WCAG 2.0-2.2 A/AA, %s theme', (theme) => {
	let watched: WatchedPage;

	beforeAll(async () => {
		watched = await openWatchedPage(chromium.browser, { colorScheme: theme });
		await watched.context.addInitScript(
			(value) => localStorage.setItem('starlight-theme', value),
			theme,
		);
	});

	afterAll(async () => {
		await watched?.context.close();
	});

	it('has built pages to check', () => {
		expect(pages.length).toBeGreaterThan(5);
	});

	it.each(pages)('finds no violation on /%s', async (path) => {
		await watched.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
		expect(await watched.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(
			theme,
		);
		const report = (await runAxe(watched.page)).map(
			(violation) =>
				`/${path} ${violation.rule} (${violation.impact}): ${violation.targets.slice(0, 3).join(' | ')}`,
		);
		expect(report).toEqual([]);
	});
});
