// Diagrams in the browser: drawn at build time where they can be, restyled by the theme, named
// for screen readers, found by search, and the one type only the browser draws (a pie chart)
// drawn in the space reserved for it. Their text contrast in each theme: themed/diagram-contrast.
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

// Three build-time diagrams: a flowchart, a sequence diagram and a flowchart with partitions.
const buildTimePage = 'system-design/';
// Every build-time type plus a pie chart, which only the browser can draw.
const guidePage = 'contributing/diagrams/';

/**
 * Sum of the layout-shift scores, so far in the page's life, of shifts that moved a diagram or
 * anything inside one. (Shifts of other page furniture are the benchmark's business.)
 */
function diagramLayoutShift(page: Page): Promise<number> {
	return page.evaluate(`new Promise((resolve) => {
		let total = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				const moved = (entry.sources || []).some((source) => source.node && source.node.nodeType === 1 && source.node.closest('figure.diagram, .sl-markdown-content'));
				if (!entry.hadRecentInput && moved) total += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
		setTimeout(() => resolve(total), 300);
	})`);
}

test('restyles every diagram when the theme changes, with no re-render', async ({ page }) => {
	await page.goto(buildTimePage);
	const readColours = (): Promise<{ text: string; stroke: string; markup: string }> =>
		page.evaluate(() => {
			const svg = document.querySelector('figure.diagram svg');
			const text = svg?.querySelector('text');
			const shape = svg?.querySelector('rect, polygon, path');
			return {
				text: text ? getComputedStyle(text).fill : '',
				stroke: shape ? getComputedStyle(shape).stroke : '',
				markup: svg?.outerHTML ?? '',
			};
		});
	const light = await readColours();
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const dark = await readColours();
	expect(light.text).not.toBe('');
	expect(dark.text).not.toBe(light.text);
	expect(dark.stroke).not.toBe(light.stroke);
	expect(dark.markup).toBe(light.markup);
});

test('gives each diagram an accessible name and a visible caption', async ({ page }) => {
	await page.goto(buildTimePage);
	const figures = page.locator('figure.diagram');
	const count = await figures.count();
	expect(count).toBeGreaterThanOrEqual(3);
	for (let i = 0; i < count; i++) {
		const svg = figures.nth(i).locator('svg[role="img"]');
		// The name comes from the title and description the SVG points at with aria-labelledby.
		await expect(svg).toHaveAccessibleName(/.{6,}/);
		await expect(figures.nth(i).locator('figcaption')).toBeVisible();
	}
});

test('loads no diagram JavaScript on a page whose diagrams are all drawn at build time', async ({
	page,
	activity,
}) => {
	await page.goto(buildTimePage, { waitUntil: 'networkidle' });
	const scripts = activity.requests.filter((url) => url.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((url) => /mermaid|cytoscape|d3|dagre|katex/i.test(url))).toEqual([]);
	expect(await diagramLayoutShift(page)).toBe(0);
});

test('draws a pie chart in the browser, in the space reserved for it, with no layout shift', async ({
	page,
	activity,
}) => {
	await page.goto(guidePage);
	const pie = page.locator('figure[data-diagram="pie"]');
	const before = await pie.boundingBox();
	await expect(pie).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
	await expect(pie.locator('.diagram-canvas svg')).toHaveCount(1);
	await expect(
		pie.locator('.diagram-canvas svg text', { hasText: 'Answering out loud' }),
	).not.toHaveCount(0);
	const after = await pie.boundingBox();
	expect(after?.height).toBe(before?.height);
	expect(activity.requests.some((url) => /mermaid/i.test(url))).toBe(true);
	expect(await diagramLayoutShift(page)).toBe(0);
	expect(activity.consoleErrors).toEqual([]);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the pie chart source as readable text, and build-time diagrams as drawn', async ({
		page,
	}) => {
		await page.goto(guidePage);
		const source = page.locator('figure[data-diagram="pie"] .diagram-source');
		await expect(source).toBeVisible();
		await expect(source).toContainText('"Answering out loud" : 35');
		await expect(page.locator('figure[data-diagram="flowchart"] svg').first()).toBeVisible();
	});
});

test('lets search find a diagram by its title and description, not by its raw source', async ({
	page,
}) => {
	await page.goto(guidePage);
	// A string, not a function: the test runner would rewrite a dynamic import() inside a function.
	const search = (term: string): Promise<string[]> =>
		page.evaluate(`(async () => {
			const pagefind = await import(${JSON.stringify(sitePath('pagefind/pagefind.js'))});
			const found = await pagefind.search(${JSON.stringify(term)});
			const data = await Promise.all(found.results.map((result) => result.data()));
			return data.map((entry) => new URL(entry.url, location.origin).pathname);
		})()`);
	expect(await search('Where an hour of interview practice goes')).toContain(sitePath(guidePage));
	expect(await search('passes the CDN')).toContain(sitePath(guidePage));
	// "SELECT trips" appears only as a message label inside the sequence diagram's source.
	expect(await search('SELECT trips')).not.toContain(sitePath(guidePage));
});
