// The search dialog as a reader uses it: pages' search terms rank as the site configures them but
// never show as result tags, and the arrow keys move between the field and the results.
import type { Page } from '@playwright/test';
import { searchTermsMetaKey } from '../../src/config/search-ranking.ts';
import { expect, sitePath, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const input = '#starlight__search input.pagefind-ui__search-input';
const resultLinks = '#starlight__search a.pagefind-ui__result-link';

/** Opens the dialog from the keyboard on the home page, enters `query`, and waits for the results. */
async function search(page: Page, query: string): Promise<void> {
	await page.goto('', { waitUntil: 'networkidle' });
	await expect(page.locator('button[data-open-modal]')).toBeEnabled();
	await page.keyboard.press('Control+k');
	await expect(page.locator(input)).toBeFocused();
	await page.locator(input).fill(query);
	// Settled: the count for the whole query is shown and every result has loaded its link.
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(
		new RegExp(`results? for ${query}$`),
		{ timeout: 15_000 },
	);
	await expect(page.locator('#starlight__search .pagefind-ui__loading')).toHaveCount(0);
}

test('a search term ranks its page first in the dialog and is not shown as a tag', async ({
	page,
}) => {
	// "TC" is in the compensation page's searchTerms; without the weight astro.config.mjs gives
	// them, the TCP page comes first for these two letters.
	await search(page, 'TC');
	const first = page.locator(resultLinks).first();
	await expect(first).toHaveAttribute('href', /\/landscape\/compensation\/$/, { timeout: 15_000 });
	const firstResult = page.locator('#starlight__search .pagefind-ui__result').first();
	await expect(firstResult.locator('.pagefind-ui__result-title').first()).toBeVisible();
	// The index holds the terms as metadata (so the check below has something to hide) ...
	const indexed = await page.evaluate(
		async ({ key, url }) => {
			const pagefindUrl = `${document.baseURI.replace(/\/$/, '')}/pagefind/pagefind.js`;
			const pagefind = (await import(pagefindUrl)) as {
				search(term: string): Promise<{
					results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[];
				}>;
			};
			const { results } = await pagefind.search('salary');
			const pages = await Promise.all(results.map((result) => result.data()));
			return pages.find((data) => data.url === url)?.meta[key];
		},
		{ key: searchTermsMetaKey, url: sitePath('landscape/compensation/') },
	);
	expect(indexed).toContain('TC');
	// ... and the dialog shows no metadata tag, nor the terms' text.
	await expect(page.locator('#starlight__search [data-pagefind-ui-meta]')).toHaveCount(0);
	await expect(firstResult).not.toContainText(indexed ?? 'TC');
});

test('arrow keys move from the field through the results and back; Enter opens one', async ({
	page,
}) => {
	await search(page, 'consistent hashing');
	const links = page.locator(resultLinks);
	await expect(links.nth(2)).toBeVisible({ timeout: 15_000 });

	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(page.locator(input)).toBeFocused();
	await expect(page.locator(input)).toHaveValue('consistent hashing');

	await page.keyboard.press('ArrowDown');
	const href = await links.nth(0).getAttribute('href');
	expect(href).toBeTruthy();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}`.endsWith(href ?? '-'));
});
