// Every page the build wrote, and the 404 page, opened once each: axe (WCAG 2.0-2.2, A and AA) in
// both themes, and, on a page with diagrams, each diagram's fit at a desktop and a phone. One test
// per page. Not /print/: its chapters are these pages, each checked here.
//
// Each page loads once, at 1280x900 in the light theme, and gets every axe rule. Then the reader's
// switch to the dark theme is made in place, as the theme menu does it, and only the rules that
// depend on color run again: names, roles and structure do not change with the theme. The header
// and sidebar are the same on every page of a section, so they are checked in full on the home
// page, the 404 page and each section's index (which between them open every sidebar group) and
// left out elsewhere.
//
// On the other pages the sidebar's pane is emptied before axe runs: axe's time grows with the
// elements in the document, excluded ones too, and the sidebar holds about a quarter of them. The
// test checks that the main column has not moved.
//
// Code blocks are checked with each line as plain text in the block's own text color: axe's time
// grows with the number of elements, and syntax coloring wraps every token of a code line in a span
// of its own (about 380,000 spans in the handbook, most of the elements on a page with code). The
// token colors themselves are checked once for the whole site, in both themes, by
// themed/code-token-contrast.test.ts: every distinct token style the build wrote, on a code
// block's background, by the same axe rule. Lines holding anything but token spans keep their
// markup and are checked as they are.
//
// Diagrams: at a desktop (1280x900) and a phone (375x800), every figure whose drawing would be cut
// off or lettered under 11 px must offer the expand control, and a figure that offers it shows its
// whole drawing as the preview. The control's visibility is a container query, so resizing the
// open page is all the layout needs. What the control does is tested in diagram-expand.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
	testBuild,
	listBuiltPages,
	requireBuiltSite,
	isPrintEditionPage,
} from '../../scripts/harness/built-site.ts';
import {
	fitVerdict,
	probeDiagramFit,
	readableLabelPx,
} from '../../scripts/harness/diagram-fit-probe.ts';
import { sectionDirectories } from '../../src/config/sections.ts';
import { expect, offOriginMessage, prepareContext, test as base } from './fixtures.ts';
import {
	axeSource,
	axeViolationLines,
	emptySidebar,
	plainCodeLines,
	siteChrome,
} from './support/axe.ts';

/** One page a worker's tests share, and the requests it made to another origin. */
interface SweepPage {
	page: Page;
	offOrigin: string[];
}

const desktop = { width: 1280, height: 900 };
const phone = { width: 375, height: 800 };

// Every test opens its page afresh, but in the same tab as the worker's previous one: the warm
// cache and renderer make the suite about a third faster. Nothing a test reads carries over: the
// light theme is stored again, the sidebar's remembered state cleared before each page's scripts
// run, and the viewport set back to the desktop's.
const test = base.extend<object, { sweepPage: SweepPage }>({
	sweepPage: [
		async ({ browser, site }, use) => {
			const context = await browser.newContext({
				baseURL: site.url,
				colorScheme: 'light',
				viewport: desktop,
			});
			await context.addInitScript(() => sessionStorage.clear());
			// Axe in every page from the start, sent to the browser once rather than with each page.
			await context.addInitScript({ content: axeSource });
			const offOrigin = await prepareContext(context, 'light');
			await use({ page: await context.newPage(), offOrigin });
			await context.close();
		},
		{ scope: 'worker' },
	],
});

// The question bank's pages are long: two axe runs over one take most of a minute on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

requireBuiltSite(testBuild.dir);
const pages = [
	...listBuiltPages(testBuild.dir).filter((path) => !isPrintEditionPage(path)),
	'no-such-page/',
];

/** Pages whose header and sidebar are checked: together they show every sidebar group open. */
const chromeSamples = new Set(['', 'no-such-page/', ...sectionDirectories.map((dir) => `${dir}/`)]);

/** Build-time diagrams on the page, pie charts apart (they are drawn to fit), from its HTML. */
function diagramCount(path: string): number {
	if (path === 'no-such-page/') return 0;
	const html = readFileSync(join(testBuild.dir, path, 'index.html'), 'utf8');
	if (!/<figure class="diagram[ "][^>]*data-diagram="(?!pie)/.test(html)) return 0;
	return html.match(/<figure class="diagram[ "](?![^>]*data-render="client")/g)?.length ?? 0;
}

test('the chrome samples are pages the build wrote', () => {
	const built = new Set(pages);
	expect([...chromeSamples].filter((path) => !built.has(path))).toEqual([]);
});

test('the diagram check has pages to open, and some of their figures need the expand control', () => {
	const withDiagrams = pages.filter((path) => diagramCount(path) > 0);
	expect(withDiagrams.length).toBeGreaterThan(20);
	// The build marks a figure large when its drawing is wider than the column can show whole.
	expect(
		withDiagrams.filter((path) =>
			readFileSync(join(testBuild.dir, path, 'index.html'), 'utf8').includes('diagram--large'),
		).length,
	).toBeGreaterThan(5);
});

/** Diagrams on the open page that do not read whole, at its current viewport. */
async function unreadableDiagrams(page: Page, path: string, where: string): Promise<string[]> {
	const problems: string[] = [];
	for (const diagram of await probeDiagramFit(page)) {
		const verdict = fitVerdict(diagram);
		if (verdict === 'cut off' || verdict === 'too small') {
			problems.push(
				`/${path}#${diagram.id} "${diagram.title}" at ${where}: ${verdict} (drawing ${diagram.drawingWidth.toFixed(0)} px in ${diagram.boxWidth} px, smallest label ${diagram.smallestLabelPx.toFixed(1)} px, under ${readableLabelPx} px) with no expand control`,
			);
		}
		// The preview is the whole drawing, scaled to the column.
		if (diagram.expandShown && diagram.drawingWidth > diagram.boxWidth + 1) {
			problems.push(`/${path}#${diagram.id} at ${where}: its preview is cut off`);
		}
	}
	return problems;
}

for (const path of pages) {
	test(`/${path} has no violation in the light or the dark theme, and its diagrams read at a desktop and a phone`, async ({
		sweepPage: { page, offOrigin },
	}) => {
		offOrigin.length = 0;
		const exclude = chromeSamples.has(path) ? [] : siteChrome;
		const diagrams = diagramCount(path);
		await page.setViewportSize(desktop);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

		const unreadable: string[] = [];
		if (diagrams > 0) {
			// Every figure in the HTML is measured: a probe that found none would pass vacuously.
			const probed = await probeDiagramFit(page);
			expect(probed.length, `diagrams measured on /${path}`).toBe(diagrams);
			unreadable.push(...(await unreadableDiagrams(page, path, 'desktop')));
		}

		await plainCodeLines(page);
		if (exclude.length > 0) {
			const main = await page.locator('main').boundingBox();
			expect(await emptySidebar(page), `sidebar elements on /${path}`).toBeGreaterThan(100);
			expect(await page.locator('main').boundingBox(), 'the page around the sidebar').toEqual(main);
		}
		const light = await axeViolationLines(page, { exclude });
		const lightBackground = await page.evaluate(
			() => getComputedStyle(document.body).backgroundColor,
		);
		await page.evaluate(() => {
			localStorage.setItem('starlight-theme', 'dark');
			document.documentElement.dataset['theme'] = 'dark';
		});
		// The switch took: the page is drawn in other colors before the color rules run again.
		await expect
			.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
			.not.toBe(lightBackground);
		const dark = await axeViolationLines(page, { rules: 'color', exclude });
		// Soft, so that a page with an axe violation still has its diagrams measured and reported.
		expect
			.soft([...light.map((line) => `light: ${line}`), ...dark.map((line) => `dark: ${line}`)])
			.toEqual([]);

		if (diagrams > 0) {
			await page.setViewportSize(phone);
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
			unreadable.push(...(await unreadableDiagrams(page, path, 'phone')));
		}
		expect(unreadable).toEqual([]);
		expect(offOrigin, offOriginMessage).toEqual([]);
	});
}
