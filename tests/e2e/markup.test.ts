// Every built page is valid HTML by the Nu HTML Checker (vnu.jar, the engine of the W3C's
// validator), run on Java over a copy of dist/. What Starlight and Expressive Code emit themselves
// is stripped or ignored, and so is the checker's one known blind spot (CSS container queries),
// each rule below with its reason; the handbook's own markup must pass whole.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, requireBuiltSite } from '../../scripts/harness/built-site.ts';
import { ensureJava } from '../../scripts/harness/java.ts';
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

/** Copies every page of `from` (not the search index) to `to`, minus the stripped markup. */
function copyPages(from: string, to: string): void {
	for (const name of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.html') || name.startsWith('pagefind')) continue;
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
	requireBuiltSite();
	const pages = mkdtempSync(join(tmpdir(), 'markup-'));
	try {
		copyPages(distDir, pages);
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
