// First paint without a jump. Chromium paints a page before the parser has reached the main
// content whenever the HTML arrives slowly enough (on a cold load, about one time in six here).
// The server below makes that happen on every load: it sends each page up to the content column,
// pauses, then sends the rest. The test proves the early paint happened (first contentful paint
// before the content column existed), then fails on any layout shift above 0.01.
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server.ts';
import { testBuild } from '../../scripts/harness/built-site.ts';
import { expect, test as base } from './fixtures.ts';

/** Where Starlight's content column starts in the HTML; everything before it is painted alone. */
const contentColumn = '<div class="main-pane';

const test = base.extend<object, { slowSite: StaticServer }>({
	slowSite: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern
		async ({}, use) => {
			const server = await serveStatic(
				testBuild.dir,
				testBuild.base,
				{},
				{
					pauseHtmlBefore: { marker: contentColumn, ms: 800 },
				},
			);
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
});

test.describe.configure({ mode: 'parallel' });

/**
 * Records every layout shift from the first paint on, with the element that moved, and when the
 * content column entered the document.
 */
const recordShifts = `
	window.__layoutShifts = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			const moved = (entry.sources || []).map((source) =>
				source.node && source.node.nodeType === 1 ? source.node.className || source.node.nodeName : '#text',
			);
			window.__layoutShifts.push({ value: entry.value, moved });
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new MutationObserver((records, observer) => {
		if (document.querySelector('.main-pane')) {
			window.__contentColumnAt = performance.now();
			observer.disconnect();
		}
	}).observe(document, { childList: true, subtree: true });
`;

interface FirstPaint {
	shifts: { value: number; moved: string[] }[];
	firstContentfulPaint: number | undefined;
	contentColumnAt: number | undefined;
}

/** Cold loads per page; each one paints before its content column exists, so two are plenty. */
const loads = 2;

for (const path of ['system-design/', 'databases/indexes/', 'practice/']) {
	test(`/${path} paints its sidebar and table of contents where they stay`, async ({
		browser,
		slowSite,
	}) => {
		for (let load = 1; load <= loads; load++) {
			// A new context has an empty cache, so every load fetches HTML and CSS afresh.
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			await context.addInitScript(recordShifts);
			const page = await context.newPage();
			await page.goto(new URL(path, slowSite.url).href, { waitUntil: 'load' });
			// Shifts are reported asynchronously; let a frame or two pass before reading them.
			await page.evaluate(
				() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
			);
			const paint = await page.evaluate<FirstPaint>(`({
				shifts: window.__layoutShifts,
				firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				contentColumnAt: window.__contentColumnAt,
			})`);
			await context.close();
			expect(paint.firstContentfulPaint, `load ${load}: no first paint recorded`).toBeDefined();
			expect(
				paint.firstContentfulPaint,
				`load ${load}: the page was not painted before its content column arrived, so this load tested nothing`,
			).toBeLessThan(paint.contentColumnAt ?? 0);
			const shifted = paint.shifts
				.filter((shift) => shift.value > 0.01)
				.map((shift) => `load ${load}: ${shift.value.toFixed(3)} moving ${shift.moved.join(', ')}`);
			expect(shifted).toEqual([]);
		}
	});
}
