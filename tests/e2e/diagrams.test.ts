import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, requireBuiltSite } from './support/site.ts';
import { measureTextContrast } from './support/contrast.ts';

let server: StaticServer;
let chromium: TestBrowser;

// Three build-time diagrams: a flowchart, a sequence diagram and a flowchart with partitions.
const buildTimePage = 'system-design/';
// Every build-time type plus a pie chart, which only the browser can draw.
const guidePage = 'contributing/diagrams/';

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

/**
 * Sum of the layout-shift scores, so far in the page's life, of shifts that moved a diagram or
 * anything inside one. (Shifts of other page furniture are the benchmark's business.)
 */
function diagramLayoutShift(page: import('playwright-core').Page): Promise<number> {
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

describe('diagrams in the browser', () => {
	it.each(['light', 'dark'] as const)(
		'keeps diagram text at 4.5:1 or more in the %s theme',
		async (theme) => {
			const watched = await openWatchedPage(chromium.browser, { colorScheme: theme });
			await watched.context.addInitScript(
				(value) => localStorage.setItem('starlight-theme', value),
				theme,
			);
			for (const path of [buildTimePage, guidePage]) {
				await watched.page.goto(`${server.url}${path}`);
				const report = await measureTextContrast(watched.page, 'figure.diagram svg text');
				expect(report.checked, path).toBeGreaterThan(10);
				expect(report.minimum, `${path}: ${report.worst}`).toBeGreaterThanOrEqual(4.5);
				const captions = await measureTextContrast(watched.page, 'figure.diagram figcaption span');
				expect(captions.minimum, `${path}: ${captions.worst}`).toBeGreaterThanOrEqual(4.5);
			}
			await watched.context.close();
		},
	);

	it('restyles every diagram when the theme changes, with no re-render', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}${buildTimePage}`);
		const readColours = (): Promise<{ text: string; stroke: string; markup: string }> =>
			watched.page.evaluate(() => {
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
		await watched.page.locator('starlight-theme-select select').first().selectOption('dark');
		const dark = await readColours();
		expect(light.text).not.toBe('');
		expect(dark.text).not.toBe(light.text);
		expect(dark.stroke).not.toBe(light.stroke);
		expect(dark.markup).toBe(light.markup);
		await watched.context.close();
	});

	it('gives each diagram an accessible name and a visible caption', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}${buildTimePage}`);
		const figures = watched.page.locator('figure.diagram');
		expect(await figures.count()).toBeGreaterThanOrEqual(3);
		for (let i = 0; i < (await figures.count()); i++) {
			const svg = figures.nth(i).locator('svg[role="img"]');
			const name = await svg.evaluate((element) => {
				const ids = element.getAttribute('aria-labelledby')?.split(' ') ?? [];
				return ids
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
					.trim();
			});
			expect(name.length).toBeGreaterThan(5);
			expect(await figures.nth(i).locator('figcaption').isVisible()).toBe(true);
		}
		await watched.context.close();
	});

	it('loads no diagram JavaScript on a page whose diagrams are all drawn at build time', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}${buildTimePage}`, { waitUntil: 'networkidle' });
		const scripts = watched.requests.filter((url) => url.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.filter((url) => /mermaid|cytoscape|d3|dagre|katex/i.test(url))).toEqual([]);
		expect(await diagramLayoutShift(watched.page)).toBe(0);
		await watched.context.close();
	});

	it('draws a pie chart in the browser, in the space reserved for it, with no layout shift', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}${guidePage}`);
		const pie = watched.page.locator('figure[data-diagram="pie"]');
		const before = await pie.boundingBox();
		await pie
			.locator('[data-rendered="true"], .diagram-canvas svg')
			.first()
			.waitFor({ timeout: 20_000 });
		await watched.page.waitForFunction(
			() =>
				document.querySelector('figure[data-diagram="pie"]')?.getAttribute('data-rendered') ===
				'true',
		);
		const after = await pie.boundingBox();
		expect(await pie.locator('.diagram-canvas svg').count()).toBe(1);
		expect(await pie.locator('.diagram-canvas svg text').allTextContents()).toEqual(
			expect.arrayContaining([expect.stringContaining('Answering out loud')]),
		);
		expect(after?.height).toBe(before?.height);
		expect(watched.requests.some((url) => /mermaid/i.test(url))).toBe(true);
		expect(await diagramLayoutShift(watched.page)).toBe(0);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('shows the pie chart source as readable text when JavaScript is off', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}${guidePage}`);
		const source = page.locator('figure[data-diagram="pie"] .diagram-source');
		expect(await source.isVisible()).toBe(true);
		expect(await source.textContent()).toContain('"Answering out loud" : 35');
		expect(await page.locator('figure[data-diagram="flowchart"] svg').first().isVisible()).toBe(
			true,
		);
		await context.close();
	});

	it('lets search find a diagram by its title and description, not by its raw source', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}${guidePage}`);
		// A string, not a function: the test runner would rewrite a dynamic import() inside a function.
		const search = (term: string): Promise<string[]> =>
			watched.page.evaluate(`(async () => {
				const pagefind = await import('/pagefind/pagefind.js');
				const found = await pagefind.search(${JSON.stringify(term)});
				const data = await Promise.all(found.results.map((result) => result.data()));
				return data.map((entry) => new URL(entry.url, location.origin).pathname);
			})()`);
		// "SELECT trips" appears only as a message label inside the sequence diagram's source.
		expect(await search('Where an hour of interview practice goes')).toContain(`/${guidePage}`);
		expect(await search('passes the CDN')).toContain(`/${guidePage}`);
		expect(await search('SELECT trips')).not.toContain(`/${guidePage}`);
		await watched.context.close();
	});
});
