// The full-screen diagram view in the project's theme, on a desktop and a phone: no axe violation
// on the page with its expand controls nor with the view open, its background the page's, and its drawing lettered in the theme's colors at
// 4.5:1 or more.
import { expect, test } from '../fixtures.ts';
import { axeViolationLines } from '../support/axe.ts';
import { measureTextContrast } from '../support/contrast.ts';

test.describe.configure({ mode: 'parallel' });

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 375, height: 800 },
]) {
	test(`the full-screen diagram view follows the theme with no axe violation at ${viewport.width}x${viewport.height}`, async ({
		page,
		theme,
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('system-design/designs/chat/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'light');
		// The page itself, with its previews, "Larger diagram" marks and expand buttons.
		expect(await axeViolationLines(page)).toEqual([]);
		await page.locator('.diagram-expand').first().click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		const colors = await page.evaluate(() => {
			const fill = (selector: string): string => {
				const element = document.querySelector(selector);
				return element ? getComputedStyle(element).fill : 'missing';
			};
			return {
				dialog: getComputedStyle(document.querySelector('.diagram-dialog') ?? document.body)
					.backgroundColor,
				page: getComputedStyle(document.body).backgroundColor,
				text: fill('.diagram-dialog svg text'),
				figureText: fill('figure.diagram svg[role="img"] text'),
			};
		});
		expect(colors.dialog).toBe(colors.page);
		expect(colors.text).toBe(colors.figureText);
		// Entity-relationship attributes are painted by their tspans, not their text elements.
		const text = await measureTextContrast(
			page,
			'.diagram-dialog svg :is(text:not(:has(tspan)), tspan)',
		);
		expect(text.checked).toBeGreaterThan(10);
		expect(text.minimum, text.worst).toBeGreaterThanOrEqual(4.5);
		expect(await axeViolationLines(page)).toEqual([]);
	});
}
