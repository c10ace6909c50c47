// <SourceCodeTabs>: one reference file in several languages. The tabs work from the keyboard, the
// reader's language is remembered from page to page, and without JavaScript every language is
// still there to read.
import { expect, test } from './fixtures.ts';

const rateLimiting = 'api-design/rate-limiting/';
const concurrency = 'coding/concurrency/';
const labels = ['TypeScript', 'Python', 'Go', 'Java'];

/**
 * The language tabs of one reference file on the page: the bounded queue on the concurrency page,
 * the token bucket on the rate-limiting page.
 */
const languageTabs = (page: import('@playwright/test').Page) =>
	page
		.locator('starlight-tabs[data-sync-key="language"]')
		.filter({
			hasText: /src\/reference\/(concurrency\/bounded-queue|rate-limit\/token-bucket)\.ts/,
		})
		.first();

test('shows TypeScript first, then Python, Go and Java, each panel titled with its file', async ({
	page,
	activity,
}) => {
	await page.goto(concurrency);
	const tabs = languageTabs(page);
	await expect(tabs.getByRole('tab')).toHaveText(labels);
	await expect(tabs.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute(
		'aria-selected',
		'true',
	);
	const visible = tabs.getByRole('tabpanel');
	await expect(visible).toHaveCount(1);
	await expect(visible).toContainText('src/reference/concurrency/bounded-queue.ts');
	await expect(visible).toContainText('export class BoundedQueue');
	expect(activity.consoleErrors).toEqual([]);
});

test('moves between tabs with the arrow keys, Home and End', async ({ page }) => {
	await page.goto(concurrency);
	const tabs = languageTabs(page);
	await tabs.getByRole('tab', { name: 'TypeScript' }).focus();
	await page.keyboard.press('ArrowRight');
	const python = tabs.getByRole('tab', { name: 'Python' });
	await expect(python).toBeFocused();
	await expect(python).toHaveAttribute('aria-selected', 'true');
	await expect(tabs.getByRole('tabpanel')).toContainText(
		'src/reference/python/concurrency/bounded_queue.py',
	);
	await page.keyboard.press('End');
	await expect(tabs.getByRole('tab', { name: 'Java' })).toBeFocused();
	await expect(tabs.getByRole('tabpanel')).toContainText(
		'public final class BoundedBlockingQueue<T>',
	);
	await page.keyboard.press('ArrowLeft');
	await expect(tabs.getByRole('tab', { name: 'Go' })).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Home');
	await expect(tabs.getByRole('tab', { name: 'TypeScript' })).toBeFocused();
	// The selected tab is the one tab stop: Tab leaves the tab list for the panel.
	await expect(tabs.getByRole('tab', { name: 'Go' })).toHaveAttribute('tabindex', '-1');
});

test('remembers the chosen language on the next page with tabs, and after a reload', async ({
	page,
}) => {
	await page.goto(rateLimiting);
	await languageTabs(page).getByRole('tab', { name: 'Go' }).click();
	await expect(languageTabs(page).getByRole('tabpanel')).toContainText(
		'src/reference/go/ratelimit/tokenbucket.go',
	);

	await page.goto(concurrency);
	const tabs = languageTabs(page);
	await expect(tabs.getByRole('tab', { name: 'Go' })).toHaveAttribute('aria-selected', 'true');
	await expect(tabs.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute(
		'aria-selected',
		'false',
	);
	await expect(tabs.getByRole('tabpanel')).toContainText(
		'func (q *BoundedQueue[T]) Put(ctx context.Context, item T) error',
	);

	await page.reload();
	await expect(languageTabs(page).getByRole('tab', { name: 'Go' })).toHaveAttribute(
		'aria-selected',
		'true',
	);
});

test('keeps every language readable at 375 px without overflowing the page', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(concurrency);
	const tabs = languageTabs(page);
	await tabs.getByRole('tab', { name: 'Java' }).click();
	await expect(tabs.getByRole('tabpanel')).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBe(0);
});

test('prints only the first language, whichever the reader chose', async ({ page }) => {
	await page.goto(concurrency);
	await languageTabs(page).getByRole('tab', { name: 'Python' }).click();
	await page.emulateMedia({ media: 'print' });
	const tabs = languageTabs(page);
	await expect(tabs.getByRole('tablist')).toBeHidden();
	await expect(tabs.locator('[data-tab-language="ts"]')).toBeVisible();
	for (const language of ['python', 'go', 'java']) {
		await expect(tabs.locator(`[data-tab-language="${language}"]`)).toBeHidden();
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every language, one after another, each titled with its file', async ({ page }) => {
		await page.goto(concurrency);
		const tabs = languageTabs(page);
		for (const file of [
			'src/reference/concurrency/bounded-queue.ts',
			'src/reference/python/concurrency/bounded_queue.py',
			'src/reference/go/concurrency/boundedqueue.go',
			'src/reference/java/concurrency/BoundedBlockingQueue.java',
		]) {
			await expect(tabs.getByText(file, { exact: true })).toBeVisible();
		}
	});
});
