// First paint without a jump. Chromium sometimes paints a page before the parser has reached the
// main content (about one cold load in six on these pages before the fix), so one load proves
// little: each page is loaded cold many times, and any layout shift above 0.01 fails the test.
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

/** Cold loads per page: enough to catch a one-in-six event with near certainty (1 - (5/6)^30). */
const loads = 30;

/** Records every layout shift from the first paint on, with the element that moved. */
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
`;

interface Shift {
	value: number;
	moved: string[];
}

for (const path of ['system-design/', 'databases/indexes/']) {
	test(`/${path} paints without a layout shift in ${loads} cold loads`, async ({
		browser,
		site,
	}) => {
		test.setTimeout(loads * 8_000);
		const shifted: string[] = [];
		for (let load = 0; load < loads; load++) {
			// A new context has an empty cache, so every load fetches HTML and CSS afresh.
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			await context.addInitScript(recordShifts);
			const page = await context.newPage();
			await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
			// Shifts are reported asynchronously; let a frame or two pass before reading them.
			await page.evaluate(
				() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
			);
			const shifts = await page.evaluate<Shift[]>('window.__layoutShifts');
			for (const shift of shifts.filter((entry) => entry.value > 0.01)) {
				shifted.push(
					`load ${load + 1}: ${shift.value.toFixed(3)} moving ${shift.moved.join(', ')}`,
				);
			}
			await context.close();
		}
		expect(shifted).toEqual([]);
	});
}
