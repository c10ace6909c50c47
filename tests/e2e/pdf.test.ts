import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, listBuiltPages, requireBuiltSite } from './support/site.ts';
import { productionBuildEnv } from './support/build-env.ts';
import { pdfOutlineTitles } from './support/pdf-outline.ts';

// The print edition against the built pages, then `npm run pdf` end to end: its progress, the file,
// and the titles inside it (read from the PDF's bookmarks, which Chromium writes uncompressed, so
// no PDF tool has to be installed).
const printHtml = (): string => readFileSync(join(distDir, 'print', 'index.html'), 'utf8');

/** Decodes the few entities Astro writes in text. */
function decodeEntities(text: string): string {
	return text
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replace(/&#x([0-9a-f]+);/gi, (_all, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** Every handbook page of the build (not the print edition itself) with its <h1> title. */
function handbookPages(): { path: string; anchor: string; title: string }[] {
	return listBuiltPages()
		.filter((path) => path !== 'print/')
		.map((path) => {
			const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
			const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim() ?? '';
			return {
				path,
				anchor: `chapter-${path.replace(/\/$/, '').replaceAll('/', '-') || 'index'}`,
				title: decodeEntities(title),
			};
		});
}

let pdfRun: { status: number | null; output: string; file: string };

beforeAll(() => {
	requireBuiltSite();
	const file = join(mkdtempSync(join(tmpdir(), 'handbook-pdf-')), 'handbook.pdf');
	const run = spawnSync(process.execPath, ['scripts/pdf.ts', '--out', file], {
		encoding: 'utf8',
		env: productionBuildEnv(),
		timeout: 1_500_000,
	});
	pdfRun = { status: run.status, output: `${run.stdout}\n${run.stderr}`, file };
}, 1_600_000);

describe('the print edition at /print/', () => {
	it('has one chapter per built page, titled as the page is, with a contents entry for each', () => {
		const html = printHtml();
		const chapters = [...html.matchAll(/<article class="print-chapter[^"]*" id="([^"]+)"/g)].map(
			(match) => match[1],
		);
		const pages = handbookPages();
		expect(pages.length).toBeGreaterThan(20);
		expect([...chapters].sort()).toEqual(pages.map((page) => page.anchor).sort());
		for (const page of pages) {
			const heading = new RegExp(`id="${page.anchor}--title"[^>]*>([^<]+)<`).exec(html)?.[1];
			expect(decodeEntities(heading ?? ''), page.path).toBe(page.title);
			expect(html, `contents entry for ${page.path}`).toContain(`href="#${page.anchor}"`);
		}
	});

	it('has no duplicate id, so diagrams and headings of different chapters cannot collide', () => {
		const ids = [...printHtml().matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
		const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
		expect(ids.length).toBeGreaterThan(500);
		expect([...new Set(duplicates)]).toEqual([]);
	});

	it('is kept out of the search index', () => {
		expect(printHtml()).toContain('data-pagefind-ignore="all"');
		expect(printHtml()).not.toContain('data-pagefind-body');
	});
});

describe('npm run pdf', () => {
	it('reports its progress and writes the file', () => {
		expect(pdfRun.output).toMatch(/\[2\/4\] loaded \/print\/ \(\d+ chapters\)/);
		expect(pdfRun.output).toMatch(/\[4\/4\] wrote .*handbook\.pdf \(\d+ pages, [\d.]+ MB\)/);
		expect(pdfRun.status).toBe(0);
		expect(readFileSync(pdfRun.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('starts every chapter on a new page and carries every page title', () => {
		const pdf = readFileSync(pdfRun.file);
		const pages = handbookPages();
		const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
		expect(pageCount).toBeGreaterThan(pages.length);
		const titles = new Set(pdfOutlineTitles(pdf));
		const missing = pages
			.filter((page) => !titles.has(page.title))
			.map((page) => `${page.path}: ${page.title}`);
		expect(missing).toEqual([]);
	});
});
