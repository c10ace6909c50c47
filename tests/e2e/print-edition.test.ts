// The print edition at /print/ of the real build: one chapter per page, no clashing ids, out of
// search. Printing it to PDF is tested on a small handbook (builds/small-handbook.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, listBuiltPages } from '../../scripts/harness/built-site.ts';
import { sidebarSections } from '../../src/config/sections.ts';
import { expect, test } from './fixtures.ts';
import { builtPageTitle, decodeEntities } from './support/page-title.ts';

test.describe.configure({ mode: 'parallel' });

const printHtml = (): string => readFileSync(join(distDir, 'print', 'index.html'), 'utf8');

/**
 * True when a built page comes from a file in src/content/docs: the handbook's own pages, not the
 * pages the site generates (the print edition itself, the question bank's section pages).
 */
function isHandbookPage(path: string): boolean {
	const id = path.replace(/\/$/, '') || 'index';
	return ['.mdx', '.md', '/index.mdx', '/index.md'].some((ending) =>
		existsSync(join('src', 'content', 'docs', `${id}${ending}`)),
	);
}

/** Every handbook page of the build (not the print edition itself), its chapter anchor and title. */
function handbookPages(): { path: string; anchor: string; title: string }[] {
	return listBuiltPages()
		.filter(isHandbookPage)
		.map((path) => ({
			path,
			anchor: `chapter-${path.replace(/\/$/, '').replaceAll('/', '-') || 'index'}`,
			title: builtPageTitle(distDir, path),
		}));
}

test('has one chapter per built page, titled as the page is, with a contents entry for each', () => {
	const html = printHtml();
	const chapters = [...html.matchAll(/<article class="print-chapter[^"]*" id="([^"]+)"/g)].map(
		(match) => match[1],
	);
	const pages = handbookPages();
	expect(pages.length).toBeGreaterThan(0);
	expect([...chapters].sort()).toEqual(pages.map((page) => page.anchor).sort());
	for (const page of pages) {
		const heading = new RegExp(`id="${page.anchor}--title"[^>]*>([^<]+)<`).exec(html)?.[1];
		expect(decodeEntities(heading ?? ''), page.path).toBe(page.title);
		expect(html, `contents entry for ${page.path}`).toContain(`href="#${page.anchor}"`);
	}
});

test('names every section of src/config/sections.ts in its contents, in order, by its label', () => {
	const contents = /<nav class="print-toc"[\s\S]*?<\/nav>/.exec(printHtml())?.[0] ?? '';
	const sections = [
		...contents.matchAll(
			/<li class="print-toc-section" data-section="([^"]+)">\s*<(?:a|span)[^>]*>([^<]+)</g,
		),
	].map((match) => ({ directory: match[1], label: decodeEntities(match[2] ?? '') }));
	expect(sections).toEqual(sidebarSections.map(({ directory, label }) => ({ directory, label })));
});

test('has no duplicate id, so diagrams and headings of different chapters cannot collide', () => {
	const ids = [...printHtml().matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
	const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
	// Every chapter has at least its own id and its title's.
	expect(ids.length).toBeGreaterThan(2 * handbookPages().length);
	expect([...new Set(duplicates)]).toEqual([]);
});

test('is kept out of the search index', () => {
	expect(printHtml()).toContain('data-pagefind-ignore="all"');
	expect(printHtml()).not.toContain('data-pagefind-body');
});
