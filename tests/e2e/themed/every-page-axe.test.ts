// Axe (WCAG 2.0-2.2, A and AA) on every page the build wrote and on the 404 page, in the project's
// theme, one test per page. Not /print/: its chapters are these pages, each checked here.
import { listBuiltPages, requireBuiltSite } from '../../../scripts/harness/built-site.ts';
import { expect, test } from '../fixtures.ts';
import { axeViolationLines } from '../support/axe.ts';

test.describe.configure({ mode: 'parallel' });

requireBuiltSite();
const pages = [...listBuiltPages().filter((path) => path !== 'print/'), 'no-such-page/'];

for (const path of pages) {
	test(`/${path} has no violation`, async ({ page, theme }) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'light');
		expect(await axeViolationLines(page)).toEqual([]);
	});
}
