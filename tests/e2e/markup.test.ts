// Every built page is valid HTML by the Nu HTML Checker (vnu.jar, the engine of the W3C's
// validator), run on Java over a copy of dist/. What Starlight and Expressive Code emit themselves
// is stripped or ignored, and so is the checker's one known blind spot (CSS container queries),
// each rule below with its reason; the handbook's own markup must pass whole.
//
// The print editions are read in part. /print/ and the 13 section editions repeat every page two
// more times (two thirds of the bytes, most of the checker's time), and a chapter is its page's
// content with three rewrites (src/components/print/PrintChapter.astro): ids prefixed, headings one
// level down, links to other chapters turned into #fragments. So the checker reads:
// - every page, once: each chapter's markup as its page has it;
// - one section edition whole, the smallest with two chapters or more: the edition's wrapper
//   (intro, edition list, contents), the chapter wrapper, the rewrites, and each chapter's
//   practice questions and sources (QuestionCard and PageSources, also on the pages themselves);
// - for each component that renders differently in an edition (it calls isPrintEdition()), the
//   smallest section edition with a chapter from a page that uses it, so that variant is read once.
// /print/ is the same PrintEdition.astro wrapper without a section (no "whole handbook" link, two
// front-matter chapters that are the home and About pages). What only composing many chapters can
// break, an id repeated across chapters or a reference to an id a chapter lost, is checked in
// every edition, the whole one included, by checkEditionIds() (scripts/harness/edition-ids.ts) in
// print-edition.test.ts, in seconds instead of the minute the checker took.
import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	testBuild,
	isPrintEditionPage,
	requireBuiltSite,
} from '../../scripts/harness/built-site.ts';
import { ensureJava } from '../../scripts/harness/java.ts';
import { chapterAnchor } from '../../src/print/chapter-order.ts';
import { expect, test } from './fixtures.ts';

/** One message of the checker's JSON output. */
interface CheckerMessage {
	type: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

/** A message the handbook does not control: its text, optionally the markup it quotes, and why. */
interface IgnoredMessage {
	message: RegExp;
	extract?: RegExp;
	why: string;
}

/** Markup removed from every page before checking, so the checker does not spend its time on it. */
interface StrippedMarkup {
	pattern: RegExp;
	replacement: string;
	why: string;
}

const stripped: readonly StrippedMarkup[] = [
	{
		// Left in, each of these attributes is one "CSS: “--”: Parse Error." (184,000 on the site)
		// and most of the checker's time.
		pattern: /(<span) style="--\d[^"]*"/g,
		replacement: '$1',
		why: "Expressive Code colors each token with custom properties (--0, --1) in a style attribute, which the checker's CSS parser does not read",
	},
];

const ignored: readonly IgnoredMessage[] = [
	{
		message: /^Element “div” not allowed as child of element “code” in this context\./,
		extract: /<div class="ec-line">/,
		why: 'Expressive Code puts each line of a code block in a div inside <code>',
	},
	{
		message: /^Element “div” not allowed as child of element “code” in this context\./,
		extract: /<div class="ec-section collapsible-end">/,
		why: "Expressive Code's collapsible-sections plugin wraps a long file's folded lines in a div (holding a <details>) inside <code>",
	},
	{
		message: /^Element “div” not allowed as child of element “button” in this context\./,
		why: "Expressive Code's copy button holds an empty div for its feedback",
	},
	{
		message: /^Forbidden code point U\+007f\.$/,
		why: "Expressive Code's copy button keeps the code in data-code with U+007F between lines",
	},
	{
		message:
			/^CSS: (Unrecognized at-rule “@container”|“container(-name|-type)?”: Property “container(-name|-type)?” doesn't exist)\.?$/,
		why: "Not Starlight's: the checker's CSS parser predates container queries (CSS Containment Level 3), valid CSS that every current browser supports and our components use",
	},
	{
		message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
		extract: /<script aria-hidden="true">/,
		why: "Starlight's sidebar-state scripts carry aria-hidden so Safari and VoiceOver do not read them aloud",
	},
];

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** A built section edition: its folder under dist/, its size and its chapters' anchors. */
interface SectionEdition {
	path: string;
	bytes: number;
	chapters: string[];
}

/** Every section edition of the build, from dist/print/<section>/index.html. */
function sectionEditions(): SectionEdition[] {
	const root = join(testBuild.dir, 'print');
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'index.html')))
		.map((entry) => {
			const html = readFileSync(join(root, entry.name, 'index.html'), 'utf8');
			return {
				path: `print/${entry.name}/`,
				bytes: Buffer.byteLength(html),
				chapters: [...html.matchAll(/<article class="print-chapter[^"]*" id="([^"]+)"/g)].map(
					(match) => match[1] ?? '',
				),
			};
		})
		.sort((a, b) => a.bytes - b.bytes);
}

/** The components that render differently in a print edition: those that call isPrintEdition(). */
function printVariantComponents(): { name: string; file: string }[] {
	const components = join('src', 'components');
	return readdirSync(components, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.astro'))
		.filter((name) => readFileSync(join(components, name), 'utf8').includes('isPrintEdition('))
		.map((name) => ({
			name: basename(name, '.astro'),
			file: join(components, name).split(sep).join('/'),
		}));
}

/** The chapter anchor of every page in src/content/docs that uses `<Name` in its body. */
function chaptersUsing(name: string): string[] {
	const docs = join('src', 'content', 'docs');
	const tag = new RegExp(`<${name}[\\s/>]`);
	return readdirSync(docs, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file) && tag.test(readFileSync(join(docs, file), 'utf8')))
		.map((file) =>
			chapterAnchor(
				file
					.split(sep)
					.join('/')
					.replace(/\.mdx?$/, '')
					.replace(/\/index$/, ''),
			),
		);
}

/**
 * The print editions the checker reads whole (see the top of this file): the smallest section
 * edition with two chapters or more, and for every component with a print variant a section
 * edition holding a chapter from a page that uses it: one already chosen if there is one, else the
 * smallest. Components used on the fewest editions choose first, so the others can share theirs.
 */
function editionsToCheck(): string[] {
	const editions = sectionEditions();
	const composed = editions.find((edition) => edition.chapters.length >= 2);
	if (!composed) throw new Error('No section edition in dist/print/ has two chapters.');
	const chosen = [composed];
	const variants = printVariantComponents().map(({ name, file }) => {
		const chapters = chaptersUsing(name);
		const holding = editions.filter((edition) =>
			edition.chapters.some((chapter) => chapters.includes(chapter)),
		);
		if (holding.length === 0) {
			throw new Error(
				`${file} renders differently in a print edition, but no section edition has a chapter from a page whose .mdx uses <${name}>. If a page uses it through another component, make editionsToCheck() in tests/e2e/markup.test.ts find that page, so the Nu checker reads the print markup.`,
			);
		}
		return holding;
	});
	for (const holding of variants.sort((a, b) => a.length - b.length)) {
		if (!holding.some((edition) => chosen.includes(edition))) chosen.push(holding[0] ?? composed);
	}
	return chosen.map((edition) => edition.path);
}

/**
 * Copies every page of `from` (not the search index, and of the print editions only `editions`)
 * to `to`, minus the stripped markup.
 */
function copyPages(from: string, to: string, editions: readonly string[]): void {
	for (const name of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.html') || name.startsWith('pagefind')) continue;
		const folder = dirname(name).split(sep).join('/');
		const page = folder === '.' ? '' : `${folder}/`;
		if (isPrintEditionPage(page) && !editions.includes(page)) continue;
		let html = readFileSync(join(from, name), 'utf8');
		for (const { pattern, replacement } of stripped) html = html.replace(pattern, replacement);
		mkdirSync(dirname(join(to, name)), { recursive: true });
		writeFileSync(join(to, name), html);
	}
}

/** Runs the checker over files and folders, errors only, and returns its messages. */
function check(paths: string[]): Promise<CheckerMessage[]> {
	const java = ensureJava();
	const args = [
		// The JVM's quick compiler only: the optimizing one would spend about as much CPU again,
		// on the other core, compiling for a run this short (19 s of CPU against 10 s, same wall
		// time and the same messages). The two flags go together: with the quick compiler alone,
		// the default 1 MB thread stack overflows while the checker loads its HTML schema.
		'-XX:TieredStopAtLevel=1',
		'-Xss8m',
		'-jar',
		vnuJar,
		'--format',
		'json',
		'--stdout',
		'--errors-only',
		'--exit-zero-always',
		'--skip-non-html',
		'--no-langdetect',
		...paths,
	];
	return new Promise((resolve, reject) => {
		const child = spawn(java, args);
		const out: Buffer[] = [];
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) {
				reject(new Error(`vnu.jar exited with ${code}: ${err}`));
				return;
			}
			const report = JSON.parse(Buffer.concat(out).toString('utf8')) as {
				messages: CheckerMessage[];
			};
			resolve(report.messages.filter((message) => message.type === 'error'));
		});
	});
}

/** True for a message the list above ignores. */
function isIgnored(message: CheckerMessage): boolean {
	return ignored.some(
		(rule) =>
			rule.message.test(message.message) &&
			(rule.extract === undefined || rule.extract.test(message.extract ?? '')),
	);
}

/** `:line: message (markup)`, to follow the page's path. */
function located(message: CheckerMessage): string {
	const extract = (message.extract ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
	return `:${message.lastLine ?? '?'}: ${message.message} (${extract})`;
}

test('every built page is valid HTML, apart from what Starlight and Expressive Code emit', async () => {
	test.setTimeout(600_000);
	requireBuiltSite(testBuild.dir);
	const pages = mkdtempSync(join(tmpdir(), 'markup-'));
	try {
		const editions = editionsToCheck();
		test
			.info()
			.annotations.push({ type: 'print editions checked', description: editions.join(' ') });
		copyPages(testBuild.dir, pages, editions);
		// A page with a mistake, checked in the same run, proves the checker reports what it should.
		const probe = join('markup-probe', 'index.html');
		mkdirSync(join(pages, 'markup-probe'));
		writeFileSync(
			join(pages, probe),
			'<!doctype html>\n<html lang="en"><head><title>Probe</title></head>\n<body><span aria-label="Levels L3">L3</span></body></html>\n',
		);
		const messages = (await check([pages])).map((message) => ({
			message,
			page: message.url ? relative(pages, fileURLToPath(message.url)) : '?',
		}));
		expect(
			messages.filter(({ page }) => page === probe).map(({ message }) => located(message)),
		).toEqual([
			expect.stringMatching(
				/^:3: The “aria-label” attribute must not be specified on any “span” element/,
			),
		]);
		const problems = messages
			.filter(({ page, message }) => page !== probe && !isIgnored(message))
			.map(({ page, message }) => `${page}${located(message)}`);
		expect(problems, `${problems.length} markup error(s)`).toEqual([]);
	} finally {
		rmSync(pages, { recursive: true, force: true });
	}
});
