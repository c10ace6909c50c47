import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	launchBrowser,
	openWatchedPage,
	type TestBrowser,
	type WatchedPage,
} from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, listBuiltPages, requireBuiltSite } from './support/site.ts';
import { runAxe } from './support/axe.ts';

requireBuiltSite();
// Every page the build wrote, each its own test, so one slow page cannot time out the rest.
const pages = listBuiltPages();
let server: StaticServer;
let chromium: TestBrowser;

beforeAll(async () => {
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

it('has a built site with pages to check', () => {
	expect(pages.length).toBeGreaterThan(40);
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

	it.each(pages)(
		'/%s has no violation',
		async (path) => {
			await watched.page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 300_000 });
			expect(await watched.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(
				theme,
			);
			const violations = await runAxe(watched.page);
			expect(
				violations.map((v) => `${v.rule} (${v.impact}): ${v.targets.slice(0, 3).join(' | ')}`),
			).toEqual([]);
			// Generous: the print edition at /print/ holds the whole handbook on one page.
		},
		600_000,
	);
});
