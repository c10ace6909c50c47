// A topic page read on a 375 px phone, in the project's theme: a wide table scrolls inside its own
// box with its first column held in place, a table caption wraps instead of being cut, and a long
// reference file's fold control passes axe open and closed.
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { axeViolationLines, type AxeScope } from '../support/axe.ts';

/** Every rule in the light theme, the color rules in the dark one. */
const scopeFor = (theme: string | undefined): AxeScope => ({
	rules: theme === 'dark' ? 'color' : 'all',
});

/** The write-policy comparison on the caching page: six columns. */
const writePolicyTable = (page: import('@playwright/test').Page): Locator =>
	page
		.locator('table')
		.filter({ has: page.getByRole('columnheader', { name: 'Durability risk' }) });

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 375, height: 812 } });

test('the write-policy table keeps its first column in view when scrolled right', async ({
	page,
	theme,
}) => {
	await page.goto('system-design/caching/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'light');
	const table = writePolicyTable(page);
	const rowName = table.getByRole('cell', { name: 'Write-back', exact: true });
	await rowName.scrollIntoViewIfNeeded();
	const scrolled = await table.evaluate((element) => {
		element.scrollLeft = element.scrollWidth;
		return element.scrollLeft;
	});
	expect(scrolled, 'the table is wider than a phone and scrolls').toBeGreaterThan(100);
	const view = await rowName.evaluate((cell) => {
		const box = cell.getBoundingClientRect();
		const tableBox = cell.closest('table')?.getBoundingClientRect();
		const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return {
			left: box.left,
			tableLeft: tableBox?.left ?? Number.NaN,
			onTop: onTop !== null && cell.contains(onTop),
			background: getComputedStyle(cell).backgroundColor,
		};
	});
	expect(view.left).toBeCloseTo(view.tableLeft, 0);
	expect(view.onTop, 'the first column is drawn over the scrolled columns').toBe(true);
	expect(view.background, 'an opaque background').toMatch(/^rgb\(/);
});

test('the wide table is a named tab stop that scrolls with the arrow keys', async ({ page }) => {
	await page.goto('system-design/caching/');
	const table = writePolicyTable(page);
	await expect(table).toHaveAttribute('tabindex', '0');
	await expect(table).toHaveAccessibleName('Trade-offs');
	await table.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('the compensation table caption wraps inside the table box', async ({ page }) => {
	await page.goto('landscape/compensation/');
	const caption = page.locator('caption', { hasText: 'Backend engineer total compensation' });
	await caption.scrollIntoViewIfNeeded();
	const before = await caption.evaluate((element) => {
		const table = element.closest('table');
		if (table) table.scrollLeft = table.scrollWidth;
		const box = element.getBoundingClientRect();
		const tableBox = table?.getBoundingClientRect();
		return {
			fits: element.scrollWidth <= element.clientWidth,
			inBox:
				tableBox !== undefined && box.left >= tableBox.left - 1 && box.right <= tableBox.right + 1,
			scrolled: table?.scrollLeft ?? 0,
		};
	});
	expect(before.scrolled, 'the table is wider than a phone and scrolls').toBeGreaterThan(0);
	expect(before.fits).toBe(true);
	expect(before.inBox, 'the caption stays inside the visible box when the table scrolls').toBe(
		true,
	);
});

test('the fold control of a long reference file passes axe closed and open', async ({
	page,
	theme,
}) => {
	await page.goto('system-design/caching/');
	const toggle = page.locator('.expressive-code summary').first();
	await toggle.scrollIntoViewIfNeeded();
	await expect(toggle).toBeVisible();
	expect(await axeViolationLines(page, scopeFor(theme))).toEqual([]);
	await toggle.click();
	await expect(toggle.locator('.ec-fold-open-label')).toBeVisible();
	expect(await axeViolationLines(page, scopeFor(theme))).toEqual([]);
});
