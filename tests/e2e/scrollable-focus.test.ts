// Wide code blocks and tables become keyboard tab stops so a keyboard user can scroll them. In a
// closed <details> (the question bank's answers) a block has no box, so it is measured when its
// answer opens, not at load: a long bank page then does no layout work for unread answers.
import { expect, test } from './fixtures.ts';

test('a wide code block in a bank answer becomes a tab stop when the answer opens', async ({
	page,
}) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await page.goto('practice/coding/');
	// The first answer holding a code block wider than a phone's column.
	const index = await page.evaluate(() =>
		[...document.querySelectorAll('details')].findIndex((details) =>
			[...details.querySelectorAll('pre')].some((pre) =>
				(pre.textContent ?? '').split('\n').some((line) => line.length > 45),
			),
		),
	);
	expect(index).toBeGreaterThanOrEqual(0);
	const details = page.locator('details').nth(index);
	const block = details.locator('pre').first();
	await expect(block).not.toHaveAttribute('tabindex');
	await details.locator('summary').first().click();
	await expect(block).toHaveAttribute('tabindex', '0');
	await expect(block).toHaveAttribute('data-scrollable', '');
	// It scrolls inside its own box: the page itself does not scroll sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

for (const path of ['system-design/caching/', 'coding/concurrency/', 'api-design/rate-limiting/']) {
	test(`/${path} does not scroll sideways on a phone with every answer and fold open`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await page.goto(path);
		await page.evaluate(() => {
			for (const details of document.querySelectorAll('details')) details.open = true;
		});
		await expect
			.poll(() => page.evaluate(() => document.documentElement.scrollWidth))
			.toBeLessThanOrEqual(375);
	});
}
