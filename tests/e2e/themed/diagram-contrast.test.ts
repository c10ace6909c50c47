// Diagram text and captions against the page background, and the pie chart's slices against their
// labels and the page, in the project's theme. (Axe does not measure text inside SVG, so this does.)
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

/** WCAG 2 contrast ratio of two colors computed as `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
	const luminance = (css: string): number => {
		const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map((value) => {
			const c = Number(value) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [high = 0, low = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high + 0.05) / (low + 0.05);
}

test('keeps every pie slice at 4.5:1 against its label and 3:1 against the page', async ({
	page,
	theme,
}) => {
	await page.goto('contributing/diagrams/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'light');
	const pie = page.locator('figure[data-diagram="pie"]');
	await expect(pie).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
	const colors = await pie.evaluate((figure) => ({
		page: getComputedStyle(document.body).backgroundColor,
		slices: [...figure.querySelectorAll('path.pieCircle')].map((slice) => ({
			fill: getComputedStyle(slice).fill,
			opacity: getComputedStyle(slice).opacity,
		})),
		labels: [...figure.querySelectorAll('text.slice')].map((label) => getComputedStyle(label).fill),
	}));
	expect(colors.slices.length).toBeGreaterThanOrEqual(3);
	expect(colors.labels).toHaveLength(colors.slices.length);
	const problems: string[] = [];
	colors.slices.forEach((slice, index) => {
		const label = colors.labels[index] ?? '';
		if (slice.opacity !== '1')
			problems.push(`slice ${index + 1} is translucent (${slice.opacity})`);
		if (contrast(slice.fill, label) < 4.5)
			problems.push(
				`slice ${index + 1} ${slice.fill} vs its label ${label}: ${contrast(slice.fill, label).toFixed(2)}`,
			);
		if (contrast(slice.fill, colors.page) < 3)
			problems.push(
				`slice ${index + 1} ${slice.fill} vs the page ${colors.page}: ${contrast(slice.fill, colors.page).toFixed(2)}`,
			);
	});
	expect(problems).toEqual([]);
});
