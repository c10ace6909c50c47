// The expand control of a diagram that does not read whole in the column, at a desktop (1280x900)
// and a phone (375x800): it opens a full-screen view by keyboard, zooms and pans from the keyboard,
// and closes back to its button; its pan-zoom code is fetched on the click and never before;
// nothing shifts as a page with such figures loads; without JavaScript the figure scrolls sideways
// and says so. That every figure which would be cut off or lettered under 11 px offers the control
// is checked on every page with diagrams, at both sizes, in every-page.test.ts.
import type { Locator, Page } from '@playwright/test';
import { probeDiagramFit, readableLabelPx } from '../../scripts/harness/diagram-fit-probe.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const viewports = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 375, height: 800 },
] as const;

/** A design page with four large diagrams (an ER model, a wide flowchart, a long sequence). */
const largeDiagramsPage = 'system-design/designs/chat/';

/** Requests for the full-screen view's code: the lazy chunk and the pan-zoom library. */
const dialogCode = /diagram-dialog|panzoom/i;

/** The scale and translation of the full-screen drawing, from its computed transform. */
function canvasTransform(page: Page): Promise<{ scale: number; x: number; y: number }> {
	return page.locator('.diagram-dialog-canvas').evaluate((canvas) => {
		const matrix = new DOMMatrixReadOnly(getComputedStyle(canvas).transform);
		return { scale: matrix.a, x: matrix.e, y: matrix.f };
	});
}

/** True when the drawing lies wholly inside the stage, to within a pixel. */
function drawingWhollyVisible(page: Page): Promise<boolean> {
	return page.locator('.diagram-dialog-stage').evaluate((stage) => {
		const outer = stage.getBoundingClientRect();
		const inner = stage.querySelector('svg')?.getBoundingClientRect();
		if (!inner || inner.width < 50) return false;
		return (
			inner.left >= outer.left - 1 &&
			inner.right <= outer.right + 1 &&
			inner.top >= outer.top - 1 &&
			inner.bottom <= outer.bottom + 1
		);
	});
}

/** The first figure on the page whose expand control is showing. */
async function firstExpandable(page: Page): Promise<Locator> {
	const buttons = page.locator('figure.diagram--large .diagram-expand');
	await expect(buttons.first()).toBeAttached();
	for (let i = 0; i < (await buttons.count()); i++) {
		if (await buttons.nth(i).isVisible()) return buttons.nth(i);
	}
	throw new Error(`no expand control is showing on ${page.url()}`);
}

for (const viewport of viewports) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		test('the expand control opens the whole diagram by keyboard; + zooms, arrows pan, 0 and 1 reset, Escape closes to the button', async ({
			page,
			activity,
		}) => {
			await page.goto(largeDiagramsPage);
			const button = await firstExpandable(page);
			const figureTitle = await button
				.locator('xpath=ancestor::figure')
				.locator('.diagram-title')
				.textContent();
			await button.focus();
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
			// The caption and the accessible name go with the drawing.
			await expect(dialog).toHaveAccessibleName(figureTitle ?? '');
			await expect(dialog.locator('svg[role="img"]')).toHaveAccessibleName(figureTitle ?? '');
			await expect(page.locator('.diagram-dialog-stage')).toBeFocused();
			await expect.poll(() => drawingWhollyVisible(page)).toBe(true);

			const opening = await canvasTransform(page);
			await page.keyboard.press('+');
			await expect
				.poll(async () => (await canvasTransform(page)).scale)
				.toBeGreaterThan(opening.scale * 1.2);
			const zoomed = await canvasTransform(page);
			await page.keyboard.press('ArrowRight');
			await expect.poll(async () => (await canvasTransform(page)).x).toBeLessThan(zoomed.x - 20);
			await page.keyboard.press('0');
			await expect
				.poll(async () => (await canvasTransform(page)).scale)
				.toBeCloseTo(opening.scale, 3);
			// 1: natural size, where every label reads, from the drawing's top-left corner.
			await page.keyboard.press('1');
			await expect.poll(async () => (await canvasTransform(page)).scale).toBeCloseTo(1, 3);
			await page.keyboard.press('0');
			await expect
				.poll(async () => (await canvasTransform(page)).scale)
				.toBeCloseTo(opening.scale, 3);

			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(button).toBeFocused();
			expect(activity.consoleErrors).toEqual([]);
		});

		test('fetches no pan-zoom code before the click, and its lazy chunk on it', async ({
			page,
			activity,
		}) => {
			await page.goto(largeDiagramsPage, { waitUntil: 'networkidle' });
			const scripts = activity.requests.filter((url) => url.endsWith('.js'));
			expect(scripts.length).toBeGreaterThan(0);
			expect(scripts.filter((url) => dialogCode.test(url))).toEqual([]);
			// Clicking the preview itself opens the view too.
			const button = await firstExpandable(page);
			await button.locator('xpath=ancestor::figure').locator('.diagram-scroll').click();
			await expect(page.getByRole('dialog')).toBeVisible();
			expect(activity.requests.filter((url) => dialogCode.test(url)).length).toBeGreaterThan(0);
			expect(activity.failedRequests).toEqual([]);
		});

		test('nothing moves as a page with large diagrams loads', async ({ browser, site }) => {
			const moved: string[] = [];
			for (let load = 0; load < 5; load++) {
				const context = await browser.newContext({
					viewport: { width: viewport.width, height: viewport.height },
				});
				await context.addInitScript(`
					window.__shifts = [];
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) {
							const nodes = (entry.sources || []).map((source) => source.node).filter((node) => node && node.nodeType === 1);
							if (nodes.some((node) => node.closest('.sl-markdown-content'))) window.__shifts.push(entry.value);
						}
					}).observe({ type: 'layout-shift', buffered: true });
				`);
				const page = await context.newPage();
				await page.goto(new URL(largeDiagramsPage, site.url).href, { waitUntil: 'load' });
				await page.evaluate(
					() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))),
				);
				const shifts = await page.evaluate<number[]>('window.__shifts');
				if (shifts.length > 0) moved.push(`load ${load + 1}: ${shifts.join(', ')}`);
				await context.close();
			}
			expect(moved).toEqual([]);
		});
	});
}

test.describe('with JavaScript off, on a phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

	test('a large diagram scrolls sideways at a readable size and says so, with no expand button', async ({
		page,
	}) => {
		await page.goto(largeDiagramsPage);
		const figure = page.locator('figure.diagram--large').first();
		await expect(figure.locator('.diagram-scroll-hint')).toBeVisible();
		await expect(figure.locator('.diagram-scroll-hint')).toHaveText(/scroll sideways/i);
		await expect(figure.locator('.diagram-expand')).toBeHidden();
		const [diagram] = await probeDiagramFit(page);
		expect(diagram?.drawingWidth).toBeGreaterThan((diagram?.boxWidth ?? 0) + 1);
		expect(diagram?.smallestLabelPx).toBeGreaterThanOrEqual(readableLabelPx - 0.01);
		const scroller = figure.locator('.diagram-scroll');
		expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(
			true,
		);
		await expect(scroller).toHaveAttribute('tabindex', '0');
	});
});
