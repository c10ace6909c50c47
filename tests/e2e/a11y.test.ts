import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, listBuiltPages, requireBuiltSite } from './support/site.ts';
import { runAxe } from './support/axe.ts';

let server: StaticServer;
let chromium: TestBrowser;

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
	it('finds no violation on any built page', async () => {
		const pages = listBuiltPages();
		expect(pages.length).toBeGreaterThan(5);
		const watched = await openWatchedPage(chromium.browser, { colorScheme: theme });
		await watched.context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		const report: string[] = [];
		for (const path of pages) {
			await watched.page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 300_000 });
			expect(await watched.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
			for (const violation of await runAxe(watched.page)) {
				report.push(`/${path} ${violation.rule} (${violation.impact}): ${violation.targets.slice(0, 3).join(' | ')}`);
			}
		}
		await watched.context.close();
		expect(report).toEqual([]);
		// Generous: the print edition at /print/ holds the whole handbook on one page.
	}, 900_000);
});
