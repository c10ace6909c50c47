// Diagram text and captions against the page background, in the project's theme. (Axe does not
// measure text inside SVG, so this does.)
import { expect, test } from '../fixtures.ts';
import { measureTextContrast } from '../support/contrast.ts';

test.describe.configure({ mode: 'parallel' });

// Build-time diagrams; and every build-time type plus a pie chart drawn in the browser.
for (const path of ['system-design/', 'contributing/diagrams/']) {
	test(`keeps diagram text at 4.5:1 or more on /${path}`, async ({ page, theme }) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'light');
		const text = await measureTextContrast(page, 'figure.diagram svg text');
		expect(text.checked).toBeGreaterThan(10);
		expect(text.minimum, text.worst).toBeGreaterThanOrEqual(4.5);
		const captions = await measureTextContrast(page, 'figure.diagram figcaption span');
		expect(captions.checked).toBeGreaterThan(0);
		expect(captions.minimum, captions.worst).toBeGreaterThanOrEqual(4.5);
	});
}
