// Axe (WCAG 2.0-2.2, A and AA) on every page the build wrote and on the 404 page, in both themes,
// one test per page. Not /print/: its chapters are these pages, each checked here.
//
// Each page loads once, in the light theme, and gets every rule. Then the reader's switch to the
// dark theme is made in place, as the theme menu does it, and only the rules that depend on color
// run again: names, roles and structure do not change with the theme. The header and sidebar are
// the same on every page of a section, so they are checked in full on the home page, the 404
// page and each section's index (which between them open every sidebar group) and left out
// elsewhere.
import type { Page } from '@playwright/test';
import {
	listBuiltPages,
	requireBuiltSite,
	isPrintEditionPage,
} from '../../scripts/harness/built-site.ts';
import { sectionDirectories } from '../../src/config/sections.ts';
import { expect, offOriginMessage, prepareContext, test as base } from './fixtures.ts';
import { axeViolationLines, siteChrome } from './support/axe.ts';

/** One page a worker's axe tests share, and the requests it made to another origin. */
interface AxePage {
	page: Page;
	offOrigin: string[];
}

// Every test opens its page afresh, but in the same tab as the worker's previous one: the warm
// cache and renderer make the suite about a third faster. Nothing a test reads carries over: the
// light theme is stored again and the sidebar's remembered state cleared before each page's
// scripts run.
const test = base.extend<object, { axePage: AxePage }>({
	axePage: [
		async ({ browser, site }, use) => {
			const context = await browser.newContext({
				baseURL: site.url,
				colorScheme: 'light',
				viewport: { width: 1280, height: 900 },
			});
			await context.addInitScript(() => sessionStorage.clear());
			const offOrigin = await prepareContext(context, 'light');
			await use({ page: await context.newPage(), offOrigin });
			await context.close();
		},
		{ scope: 'worker' },
	],
});

// The question bank's pages are long: two axe runs over one take most of a minute on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

requireBuiltSite();
const pages = [...listBuiltPages().filter((path) => !isPrintEditionPage(path)), 'no-such-page/'];

/** Pages whose header and sidebar are checked: together they show every sidebar group open. */
const chromeSamples = new Set(['', 'no-such-page/', ...sectionDirectories.map((dir) => `${dir}/`)]);

test('the chrome samples are pages the build wrote', () => {
	const built = new Set(pages);
	expect([...chromeSamples].filter((path) => !built.has(path))).toEqual([]);
});

for (const path of pages) {
	test(`/${path} has no violation in the light or the dark theme`, async ({
		axePage: { page, offOrigin },
	}) => {
		offOrigin.length = 0;
		const exclude = chromeSamples.has(path) ? [] : siteChrome;
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const light = await axeViolationLines(page, { exclude });
		const lightBackground = await page.evaluate(
			() => getComputedStyle(document.body).backgroundColor,
		);
		await page.evaluate(() => {
			localStorage.setItem('starlight-theme', 'dark');
			document.documentElement.dataset['theme'] = 'dark';
		});
		// The switch took: the page is drawn in other colors before the color rules run again.
		await expect
			.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
			.not.toBe(lightBackground);
		const dark = await axeViolationLines(page, { rules: 'color', exclude });
		expect([
			...light.map((line) => `light: ${line}`),
			...dark.map((line) => `dark: ${line}`),
		]).toEqual([]);
		expect(offOrigin, offOriginMessage).toEqual([]);
	});
}
