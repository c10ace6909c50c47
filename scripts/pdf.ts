// `npm run pdf`: prints the handbook's print edition (/print/) to handbook.pdf with Chromium.
// Builds the site first when dist/ has no print edition. Options: --section <folder> prints one
// section's edition (/print/<folder>/) to handbook-<folder>.pdf; --out <file> (default
// handbook.pdf), --dist <dir> (default dist).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sidebarSections } from '../src/config/sections.ts';
import { printEditionHref } from '../src/print/print-edition.ts';
import { launchChromium } from './harness/chromium.ts';
import { serveStatic } from './harness/static-server.ts';

const { values } = parseArgs({
	options: {
		section: { type: 'string' },
		out: { type: 'string' },
		dist: { type: 'string', default: 'dist' },
	},
});
const section = values.section;
const outFile = resolve(values.out ?? (section ? `handbook-${section}.pdf` : 'handbook.pdf'));
const distDir = resolve(values.dist);
// The edition's path under the site root: print/ or print/<section>/.
const editionPath = printEditionHref('', section);

/** Small print in the page margins: the handbook's name on top, page x of y below. */
const headerTemplate =
	'<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;font-family:sans-serif">Backend Interview Handbook</div>';
const footerTemplate =
	'<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;font-family:sans-serif;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

function fail(message: string): never {
	console.error(`pdf: ${message}`);
	process.exit(1);
}

if (section !== undefined && !sidebarSections.some((s) => s.directory === section)) {
	fail(
		`--section ${section} is not a reader's section. Use one of the folders in src/config/sections.ts: ${sidebarSections.map((s) => s.directory).join(', ')}.`,
	);
}

if (existsSync(join(distDir, printEditionHref(''), 'index.html'))) {
	console.log(`[1/4] using the existing build in ${distDir} (delete it to rebuild)`);
} else {
	console.log(`[1/4] building the site into ${distDir}`);
	const build = spawnSync('npx', ['astro', 'build', '--outDir', distDir], { stdio: 'inherit' });
	if (build.status !== 0)
		fail('the build failed; fix the error above and run `npm run pdf` again.');
}

/** A problem with the build being printed, reported once the browser and server are closed. */
class EditionProblem extends Error {}

const server = await serveStatic(distDir, '/');
const browser = await launchChromium();
let problem: string | undefined;
try {
	const page = await browser.newPage();
	const response = await page.goto(`${server.url}${editionPath}`, {
		waitUntil: 'load',
		timeout: 300_000,
	});
	if (!response?.ok())
		throw new EditionProblem(
			`${server.url}${editionPath} answered ${response?.status() ?? 'nothing'}: ${distDir} has no print edition for ${section ? `the section ${section}: a section whose pages are all tools has none; otherwise the build is older than the section editions` : 'the handbook'}. Delete ${distDir} and run \`npm run pdf\` again to rebuild it.`,
		);
	const chapters = await page.locator('.print-chapter').count();
	if (chapters === 0)
		throw new EditionProblem(
			`${server.url}${editionPath} has no chapters; is ${distDir} a build of the handbook?`,
		);
	console.log(`[2/4] loaded /${editionPath} (${chapters} chapters)`);
	// Model answers are collapsed on screen; on paper they must be open.
	await page.evaluate(() =>
		document.querySelectorAll('details').forEach((details) => (details.open = true)),
	);
	console.log('[3/4] rendering PDF (A4)');
	const pdf = await page.pdf({
		path: outFile,
		format: 'A4',
		margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
		displayHeaderFooter: true,
		headerTemplate,
		footerTemplate,
		printBackground: true,
		// A tagged (accessible) PDF, and bookmarks built from its headings: a reader jumps to a
		// chapter, and the tests read the titles from them. Chromium needs tagging for the outline.
		tagged: true,
		outline: true,
	});
	const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
	const megabytes = (statSync(outFile).size / 1024 / 1024).toFixed(1);
	console.log(`[4/4] wrote ${outFile} (${pageCount} pages, ${megabytes} MB)`);
} catch (error) {
	if (!(error instanceof EditionProblem)) throw error;
	problem = error.message;
} finally {
	await browser.close();
	await server.close();
}
if (problem) fail(problem);
