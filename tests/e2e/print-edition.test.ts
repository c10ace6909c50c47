// The print editions of the real build: the whole handbook at /print/ and one per section at
// /print/<section>/, one chapter per printable page in the order of the sidebar, out of search,
// with no id twice and no reference to an id a chapter lost: checkEditionIds()
// (scripts/harness/edition-ids.ts) reads every edition for what composing chapters can break,
// which the Nu HTML check (markup.test.ts) no longer reads every edition to find. Printing them
// to PDF is tested on a small handbook (builds/small-handbook.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { testBuild, listBuiltPages } from '../../scripts/harness/built-site.ts';
import { checkEditionIds } from '../../scripts/harness/edition-ids.ts';
import { sidebarSections } from '../../src/config/sections.ts';
import { expect, sitePath, test } from './fixtures.ts';
import { axeViolationLines } from './support/axe.ts';
import { builtPageTitle, decodeEntities } from './support/page-title.ts';

test.describe.configure({ mode: 'parallel' });

const editionHtml = (path = 'print/'): string =>
	readFileSync(join(testBuild.dir, path, 'index.html'), 'utf8');

/** The source file of a page id, or undefined for a page the site generates. */
function sourceFile(id: string): string | undefined {
	return ['.mdx', '.md', '/index.mdx', '/index.md']
		.map((ending) => join('src', 'content', 'docs', `${id}${ending}`))
		.find((file) => existsSync(file));
}

/** A built page of the handbook, as the print editions should hold it. */
interface HandbookPage {
	path: string;
	section: string;
	anchor: string;
	title: string;
	/** False for a page that only works on screen (`print: false` in its frontmatter). */
	printable: boolean;
}

/** What {@link handbookPages} read, once per worker: the build does not change under the tests. */
let readPages: HandbookPage[] | undefined;

/**
 * Every built page that comes from a file in src/content/docs (not the print editions, not the
 * question bank's generated pages), with its section, chapter anchor, title and print flag.
 */
function handbookPages(): HandbookPage[] {
	readPages ??= readHandbookPages();
	return readPages;
}

function readHandbookPages(): HandbookPage[] {
	return listBuiltPages(testBuild.dir).flatMap((path) => {
		const id = path.replace(/\/$/, '') || 'index';
		const file = sourceFile(id);
		if (!file) return [];
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
		return [
			{
				path,
				section: id.split('/')[0] ?? '',
				anchor: `chapter-${id.replaceAll('/', '-')}`,
				title: builtPageTitle(testBuild.dir, path),
				printable: !/^print: false$/m.test(frontmatter),
			},
		];
	});
}

const readerSections = new Set(sidebarSections.map((section) => section.directory));

/** The home page and About, which open the whole edition and belong to no section. */
const frontMatter = new Set(['', 'about/']);

/** The pages an edition should print: printable pages of the reader's sections (or of one). */
function printablePages(section?: string): HandbookPage[] {
	return handbookPages().filter(
		(page) =>
			page.printable &&
			(section === undefined
				? readerSections.has(page.section) || frontMatter.has(page.path)
				: page.section === section),
	);
}

/** The sections with at least one printable page: each has an edition, in sidebar order. */
const sectionsWithEditions = (): typeof sidebarSections =>
	sidebarSections.filter((section) => printablePages(section.directory).length > 0);

/** The chapter anchors of an edition, in the order it prints them. */
const chapterAnchors = (html: string): string[] =>
	[...html.matchAll(/<article class="print-chapter[^"]*" id="([^"]+)"/g)].map(
		(match) => match[1] ?? '',
	);

/** Each top-level sidebar group's label and its page paths (nested groups included), in order. */
function sidebarPages(page: Page): Promise<{ label: string; paths: string[] }[]> {
	return page.locator('nav[aria-label="Main"] ul.top-level > li > details').evaluateAll(
		(groups, base) =>
			groups.map((details) => ({
				label: details.querySelector(':scope > summary .large')?.textContent?.trim() ?? '',
				// Under the site's base path, as `databases/sharding/`; a link outside it stays whole.
				paths: [...details.querySelectorAll('a[href]')].map((link) => {
					const href = link.getAttribute('href') ?? '';
					return href.startsWith(base) ? href.slice(base.length) : href;
				}),
			})),
		sitePath(''),
	);
}

test('the whole edition has one chapter per printable page, titled as the page is, with a contents entry for each', () => {
	const html = editionHtml();
	const pages = printablePages();
	expect(pages.length).toBeGreaterThan(0);
	expect([...chapterAnchors(html)].sort()).toEqual(pages.map((page) => page.anchor).sort());
	for (const page of pages) {
		const heading = new RegExp(`id="${page.anchor}--title"[^>]*>([^<]+)<`).exec(html)?.[1];
		expect(decodeEntities(heading ?? ''), page.path).toBe(page.title);
		expect(html, `contents entry for ${page.path}`).toContain(`href="#${page.anchor}"`);
	}
});

test('no edition prints a tool page or the contributor guide', () => {
	const left = handbookPages().filter(
		(page) => !page.printable || (!frontMatter.has(page.path) && !readerSections.has(page.section)),
	);
	// The practice tools and the contributor guide exist, so this checks something.
	expect(left.map((page) => page.path)).toEqual(
		expect.arrayContaining(['practice/mock-interview/', 'contributing/']),
	);
	const printed = new Set(
		['print/', ...sectionsWithEditions().map((s) => `print/${s.directory}/`)].flatMap((path) =>
			chapterAnchors(editionHtml(path)),
		),
	);
	expect(left.filter((page) => printed.has(page.anchor)).map((page) => page.path)).toEqual([]);
	expect(existsSync(join(testBuild.dir, 'print', 'contributing'))).toBe(false);
});

test('names every section with a printable page in its contents, in order, by its label', () => {
	const contents = /<nav class="print-toc"[\s\S]*?<\/nav>/.exec(editionHtml())?.[0] ?? '';
	const sections = [
		...contents.matchAll(
			/<li class="print-toc-section" data-section="([^"]+)">\s*<(?:a|span)[^>]*>([^<]+)</g,
		),
	].map((match) => ({ directory: match[1], label: decodeEntities(match[2] ?? '') }));
	expect(sections).toEqual(
		sectionsWithEditions().map(({ directory, label }) => ({ directory, label })),
	);
});

test('each section edition holds exactly its printable pages, in the order of the sidebar', async ({
	page,
}) => {
	await page.goto('databases/');
	const sidebar = await sidebarPages(page);
	const editions = sectionsWithEditions();
	expect(editions.length).toBeGreaterThan(5);
	for (const section of editions) {
		const printable = new Map(
			printablePages(section.directory).map((entry) => [entry.path, entry.anchor]),
		);
		const inSidebarOrder = (sidebar.find((group) => group.label === section.label)?.paths ?? [])
			.filter((path) => printable.has(path))
			.map((path) => printable.get(path));
		expect(inSidebarOrder, `${section.directory}: its sidebar group`).toHaveLength(printable.size);
		const html = editionHtml(`print/${section.directory}/`);
		expect(chapterAnchors(html), `print/${section.directory}/`).toEqual(inSidebarOrder);
		expect(html).toContain('<meta name="robots" content="noindex"');
	}
});

test('the whole edition holds every section edition in full, in the same order, after the front matter', () => {
	const whole = chapterAnchors(editionHtml());
	const sections = sectionsWithEditions().flatMap((section) =>
		chapterAnchors(editionHtml(`print/${section.directory}/`)),
	);
	expect(whole).toEqual(['chapter-index', 'chapter-about', ...sections]);
});

test('links every section edition from /print/, and every other edition from each section edition', async ({
	page,
}) => {
	const editions = sectionsWithEditions();
	/** The links of an edition's "Other editions" list, read from its HTML. */
	const otherEditions = (path: string): string[] =>
		[
			...(/<nav class="print-editions"[\s\S]*?<\/nav>/.exec(editionHtml(path))?.[0] ?? '').matchAll(
				/href="([^"]+)"/g,
			),
		].map((match) => match[1] ?? '');
	// /print/ itself takes minutes to load in a browser here: its list is read from the HTML.
	expect(otherEditions('print/')).toEqual(editions.map((s) => sitePath(`print/${s.directory}/`)));
	expect(otherEditions('print/preparation/')).toEqual([
		sitePath('print/'),
		...editions
			.filter((s) => s.directory !== 'preparation')
			.map((s) => sitePath(`print/${s.directory}/`)),
	]);
	await page.goto('print/preparation/');
	const list = page.getByRole('navigation', { name: 'Other editions' });
	await expect(list.getByRole('link', { name: 'The whole handbook' })).toHaveAttribute(
		'href',
		sitePath('print/'),
	);
	await expect(list.getByRole('link', { name: 'Databases', exact: true })).toBeVisible();
	// On paper the list is gone: it is for choosing an edition on screen.
	await page.emulateMedia({ media: 'print' });
	await expect(list).toBeHidden();
});

test('a section edition, its intro, edition list and contents, has no axe violation', async ({
	page,
}) => {
	// The chapters are the handbook's pages, each checked in every-page.test.ts.
	await page.goto('print/preparation/');
	expect(await axeViolationLines(page, { exclude: ['.print-chapter'] })).toEqual([]);
});

test("links a section's edition from its index page, and only there", async ({ page }) => {
	await page.goto('databases/');
	const link = page.locator('.section-print-link a');
	await expect(link).toHaveAttribute('href', sitePath('print/databases/'));
	await expect(link).toHaveText(`Databases, ${printablePages('databases').length} chapters`);
	await link.click();
	await expect(page).toHaveURL(/\/print\/databases\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Databases: print edition');
	await page.goto('databases/sharding/');
	await expect(page.locator('.section-print-link')).toHaveCount(0);
	// Practice holds only tools, so it has no edition and its index page no link.
	expect(existsSync(join(testBuild.dir, 'print', 'practice'))).toBe(false);
	await page.goto('practice/');
	await expect(page.locator('.section-print-link')).toHaveCount(0);
});

test('no edition has an id twice or a reference to an id it lacks, so chapters cannot collide', () => {
	// The composition half of the Nu HTML check (markup.test.ts checks one section edition whole):
	// duplicate ids and dangling for/list/headers/ARIA/#fragment/url(#) references, in every edition.
	const editions = ['print/', ...sectionsWithEditions().map((s) => `print/${s.directory}/`)];
	const reports = editions.map((path) => ({ path, ...checkEditionIds(editionHtml(path), path) }));
	// Every chapter has at least its own id and its title's, and its title names it by reference.
	const chapters = printablePages().length;
	const whole = reports[0];
	expect(whole?.ids).toBeGreaterThan(2 * chapters);
	expect(whole?.references).toBeGreaterThan(chapters);
	expect(reports.flatMap((report) => report.problems)).toEqual([]);

	// The same check over a copy of the smallest edition with one id repeated and one reference
	// left dangling, as a chapter would if prefixIds() missed them.
	const smallest = [...reports].sort((a, b) => a.ids - b.ids)[0]?.path ?? '';
	const [first, second] = chapterAnchors(editionHtml(smallest));
	const titleOf = (anchor = ''): string => `<h2 class="print-chapter-title" id="${anchor}--title">`;
	const broken = editionHtml(smallest)
		.replace(titleOf(first), (title) => `${title}<p id="probe-twice"></p>`)
		.replace(
			titleOf(second),
			(title) => `${title}<p id="probe-twice" aria-describedby="probe-gone"></p>`,
		);
	expect(checkEditionIds(broken, smallest).problems).toEqual([
		expect.stringContaining(
			`id "probe-twice" occurs more than once, in "${first}" and "${second}"`,
		),
		expect.stringContaining(
			`chapter "${second}": <p aria-describedby="probe-gone"> refers to id "probe-gone"`,
		),
	]);
});

test('is kept out of the search index', () => {
	for (const path of ['print/', 'print/databases/']) {
		expect(editionHtml(path)).toContain('data-pagefind-ignore="all"');
		expect(editionHtml(path)).not.toContain('data-pagefind-body');
	}
});
