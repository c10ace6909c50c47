// A small handbook built once with the real configuration: hand-written pages, and pages that
// `npm run new` scaffolds, build with no error (so the failures in contributor-mistakes.test.ts
// are the mistakes, not the fixture); then `npm run pdf` prints it end to end: its progress, the
// file, and the titles inside it (read from the PDF's bookmarks, which Chromium writes
// uncompressed, so no PDF tool has to be installed). The real handbook's print edition is checked
// page by page in print-edition.test.ts; `npm run pdf` on it is the same script on more chapters.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listBuiltPages, isPrintEditionPage } from '../../../scripts/harness/built-site.ts';
import { serveStatic } from '../../../scripts/harness/static-server.ts';
import { expect, test as base } from '../fixtures.ts';
import {
	buildFixtureSite,
	printFixtureSite,
	removeFixtureSite,
	scaffoldPage,
	writeFixtureSite,
	type FixtureRun,
	type FixtureSite,
} from '../support/fixture-site.ts';
import { recordCspViolations } from '../support/csp-violations.ts';
import { headersFromBuild } from '../support/headers.ts';
import { builtPageTitle } from '../support/page-title.ts';
import { pdfOutlineTitles } from '../support/pdf-outline.ts';

interface SmallHandbook {
	site: FixtureSite;
	scaffoldedTopic: FixtureRun;
	scaffoldedMarket: FixtureRun;
	build: FixtureRun;
}

interface PrintedHandbook {
	run: FixtureRun;
	file: string;
}

const test = base.extend<
	object,
	{ handbook: SmallHandbook; printed: PrintedHandbook; printedSection: PrintedHandbook }
>({
	handbook: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern
		async ({}, use) => {
			const site = writeFixtureSite('small-handbook', {
				'src/content/docs/coding/fine.md': [
					'---',
					'title: Fine',
					'description: A page with nothing wrong.',
					'levels: [L4]',
					'---',
					'',
					'See [the home page](/) and [the heading below](#a-diagram).',
					'',
					'## A diagram',
					'',
					'```mermaid',
					'flowchart TB',
					'  accTitle: A request and its reply',
					'  accDescr: The client sends a request and the server replies.',
					'  client --> server',
					'```',
					'',
				].join('\n'),
			});
			const scaffoldedTopic = await scaffoldPage(site, 'coding/bloom-filters', 'Bloom filters');
			const scaffoldedMarket = await scaffoldPage(
				site,
				'landscape/hiring-freeze',
				'Hiring freezes',
			);
			// A contributor adds the sources the scaffolded market page asks for.
			const marketFile = join(site.root, 'src/content/docs/landscape/hiring-freeze.mdx');
			if (existsSync(marketFile)) {
				writeFileSync(
					marketFile,
					readFileSync(marketFile, 'utf8').replace(
						'sources: []',
						'sources:\n  - title: Example report on hiring\n    url: https://example.org/report',
					),
				);
			}
			const build = await buildFixtureSite(site);
			await use({ site, scaffoldedTopic, scaffoldedMarket, build });
			removeFixtureSite(site);
		},
		{ scope: 'worker', timeout: 300_000 },
	],
	printed: [
		async ({ handbook }, use) => {
			const file = join(mkdtempSync(join(tmpdir(), 'handbook-pdf-')), 'handbook.pdf');
			await use({ run: await printFixtureSite(handbook.site, file), file });
		},
		{ scope: 'worker', timeout: 120_000 },
	],
	printedSection: [
		async ({ handbook }, use) => {
			const file = join(mkdtempSync(join(tmpdir(), 'handbook-pdf-')), 'coding.pdf');
			await use({ run: await printFixtureSite(handbook.site, file, 'coding'), file });
		},
		{ scope: 'worker', timeout: 120_000 },
	],
});

// Pages here come from this file's own server, not the test build: no base URL, so the
// test build (dist-test/) need not exist.
test.use({ baseURL: undefined });

/** The PDF's page count: Chromium writes one `/Type /Page` object per page. */
const pdfPageCount = (pdf: Buffer): number =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/** The fixture's pages (not the print edition itself) with their titles. */
function chapters(site: FixtureSite): { path: string; title: string }[] {
	return listBuiltPages(site.dist)
		.filter((path) => !isPrintEditionPage(path))
		.map((path) => ({ path, title: builtPageTitle(site.dist, path) }));
}

test('builds with no error, writing every page and the print edition', ({ handbook }) => {
	expect(handbook.build.output).not.toContain('[ERROR]');
	expect(handbook.build.ok, handbook.build.output).toBe(true);
	expect(listBuiltPages(handbook.site.dist)).toEqual(
		expect.arrayContaining([
			'',
			'coding/bloom-filters/',
			'coding/fine/',
			'landscape/hiring-freeze/',
			'print/',
		]),
	);
});

test('builds without a warning, so a warning in a real build is news', ({ handbook }) => {
	// The real configuration: Starlight's i18n collection, the 404 page, the sitemap without
	// SITE_URL and Mermaid's chunk sizes each once printed a warning on every build.
	const warnings = handbook.build.output.split('\n').filter((line) => line.includes('[WARN]'));
	expect(warnings).toEqual([]);
});

// The browser tests open the handbook under a base path (`testBuild`); this fixture is the build
// at the root of its domain, where a join that doubles the slash writes a protocol-relative URL.
test('at the root of its domain, links every page, asset and script from the root and serves them', async ({
	handbook,
	page,
	activity,
}) => {
	const offenders: string[] = [];
	let links = 0;
	for (const path of listBuiltPages(handbook.site.dist)) {
		const html = readFileSync(join(handbook.site.dist, path, 'index.html'), 'utf8');
		for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
			links += 1;
			if (/\/\//.test(url?.split(/[?#]/)[0] ?? '')) offenders.push(`${path}: ${url}`);
		}
	}
	expect(links).toBeGreaterThan(100);
	expect(offenders).toEqual([]);
	const server = await serveStatic(handbook.site.dist);
	try {
		await page.goto(`${server.url}coding/fine/`, { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'the home page' }).click();
		await expect(page).toHaveURL(`${server.url}`);
		await expect(page.locator('h1').first()).toHaveText('Fixture home');
		expect(activity.failedRequests).toEqual([]);
		expect(activity.consoleErrors).toEqual([]);
	} finally {
		await server.close();
	}
});

test('a topic page from `npm run new` builds as it is', ({ handbook }) => {
	expect(handbook.scaffoldedTopic.output).toContain(
		'Created src/content/docs/coding/bloom-filters.mdx',
	);
	expect(handbook.scaffoldedTopic.ok).toBe(true);
	expect(builtPageTitle(handbook.site.dist, 'coding/bloom-filters/')).toBe('Bloom filters');
});

test('a market page from `npm run new` builds once its sources are added', ({ handbook }) => {
	expect(handbook.scaffoldedMarket.ok, handbook.scaffoldedMarket.output).toBe(true);
	expect(builtPageTitle(handbook.site.dist, 'landscape/hiring-freeze/')).toBe('Hiring freezes');
});

test('npm run pdf reports its progress and writes the file', ({ printed }) => {
	expect(printed.run.output).toMatch(/\[2\/4\] loaded \/print\/ \(\d+ chapters\)/);
	expect(printed.run.output).toMatch(/\[4\/4\] wrote .*handbook\.pdf \(\d+ pages, [\d.]+ MB\)/);
	expect(printed.run.ok, printed.run.output).toBe(true);
	expect(readFileSync(printed.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('npm run pdf starts every chapter on a new page and carries every page title', ({
	handbook,
	printed,
}) => {
	const pages = chapters(handbook.site);
	expect(printed.run.output).toContain(`loaded /print/ (${pages.length} chapters)`);
	const pdf = readFileSync(printed.file);
	// Each chapter here is a few lines: only page breaks make more pages than chapters.
	expect(pdfPageCount(pdf)).toBeGreaterThan(pages.length);
	const titles = new Set(pdfOutlineTitles(pdf));
	expect(pages.filter((page) => !titles.has(page.title))).toEqual([]);
});

test('npm run pdf -- --section prints that section alone, every page of it in order', ({
	handbook,
	printedSection,
}) => {
	const coding = chapters(handbook.site).filter((page) => page.path.startsWith('coding/'));
	const others = chapters(handbook.site).filter((page) => !page.path.startsWith('coding/'));
	expect(coding.length).toBe(2);
	expect(others.length).toBeGreaterThan(0);
	expect(printedSection.run.output).toContain(`loaded /print/coding/ (${coding.length} chapters)`);
	expect(printedSection.run.ok, printedSection.run.output).toBe(true);
	const pdf = readFileSync(printedSection.file);
	expect(pdfPageCount(pdf)).toBeGreaterThan(coding.length);
	const titles = pdfOutlineTitles(pdf);
	// The scaffolded page has a sidebar order and the hand-written one none: it comes first in the
	// sidebar, and so in the edition.
	expect(
		titles.filter((title) => chapters(handbook.site).some((page) => page.title === title)),
	).toEqual(['Bloom filters', 'Fine']);
	expect(others.filter((page) => titles.includes(page.title))).toEqual([]);
});

test('npm run pdf -- --section names the sections it knows when given another', async ({
	handbook,
}) => {
	const run = await printFixtureSite(handbook.site, join(tmpdir(), 'never-written.pdf'), 'nope');
	expect(run.ok).toBe(false);
	expect(run.output).toContain("pdf: --section nope is not a reader's section.");
	expect(run.output).toContain('landscape, interviews, coding');
});

test('its print edition runs under the Content-Security-Policy of its own _headers, theme switch included', async ({
	handbook,
	page,
}) => {
	const server = await serveStatic(handbook.site.dist, '/', headersFromBuild(handbook.site.dist));
	try {
		const violations = await recordCspViolations(page);
		const response = await page.goto(`${server.url}print/`, { waitUntil: 'load' });
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
		await expect(page.locator('.print-chapter')).toHaveCount(chapters(handbook.site).length);
		const themeSelect = page.locator('starlight-theme-select select').first();
		await themeSelect.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await themeSelect.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await violations()).toEqual([]);
	} finally {
		await server.close();
	}
});
