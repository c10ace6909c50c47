// Axe (WCAG 2.0-2.2, A and AA) on every page the build wrote and on the 404 page, in the project's
// theme, one test per page. Not /print/: its chapters are these pages, each checked here.
import type { Page } from '@playwright/test';
import { listBuiltPages, requireBuiltSite } from '../../../scripts/harness/built-site.ts';
import { expect, offOriginMessage, prepareContext, test as base } from '../fixtures.ts';
import { axeViolationLines } from '../support/axe.ts';

/** One page a worker's axe tests share, and the requests it made to another origin. */
interface AxePage {
	page: Page;
	offOrigin: string[];
}

// Every test opens its page afresh, but in the same tab as the worker's previous one: the warm
// cache and renderer make the suite about a third faster. Nothing a test reads carries over: the
// theme is stored again and the sidebar's remembered state cleared before each page's scripts run.
const test = base.extend<object, { axePage: AxePage }>({
	axePage: [
		async ({ browser, site, theme }, use) => {
			const context = await browser.newContext({
				baseURL: site.url,
				colorScheme: theme ?? 'light',
				viewport: { width: 1280, height: 900 },
			});
			await context.addInitScript(() => sessionStorage.clear());
			const offOrigin = await prepareContext(context, theme);
			await use({ page: await context.newPage(), offOrigin });
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test.describe.configure({ mode: 'parallel' });

requireBuiltSite();
const pages = [...listBuiltPages().filter((path) => path !== 'print/'), 'no-such-page/'];

for (const path of pages) {
	test(`/${path} has no violation`, async ({ axePage: { page, offOrigin }, theme }) => {
		offOrigin.length = 0;
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'light');
		expect(await axeViolationLines(page)).toEqual([]);
		expect(offOrigin, offOriginMessage).toEqual([]);
	});
}
