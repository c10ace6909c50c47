// The text the handbook publishes for language models (llms.txt, llms-full.txt and one file per
// section), from a small handbook built as it is deployed to a project site: SITE_URL and
// BASE_PATH set, LLMS_TXT left at its default. These checks were made on the whole handbook built
// under the base path (base-path.test.ts), where starlight-llms-txt rendered every page three more
// times (76 s of a 104 s build); that build now sets LLMS_TXT=off and asserts it wrote no llms.txt.
// A small site has the same power to fail: llms.txt and the per-section files are written from
// the section list (src/config/llms-txt.ts maps src/config/sections.ts to the plugin's sets, one
// file per section whether it holds one page or fifty), their URLs from `site` and `base`, and the
// links inside llms-full.txt from the same Markdown processor (src/markdown/base-links-plugin.ts)
// that writes every page's links, so one page with internal links exercises it as every page does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { sidebarSections } from '../../../src/config/sections.ts';
import { expect, test as base } from '../fixtures.ts';
import {
	buildFixtureSite,
	removeFixtureSite,
	writeFixtureSite,
	type FixtureRun,
	type FixtureSite,
} from '../support/fixture-site.ts';

const basePath = '/handbook/';
const siteUrl = 'https://example.github.io';
const prefix = `${siteUrl}${basePath}`;

const test = base.extend<object, { llmsHandbook: { site: FixtureSite; build: FixtureRun } }>({
	llmsHandbook: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern
		async ({}, use) => {
			// Two sections whose reading order (src/config/sections.ts) is not their alphabetical order,
			// each page linking the other and the home page, as handbook pages link across sections.
			const site = writeFixtureSite('llms-txt', {
				'src/content/docs/networking/dns-lookups.md': [
					'---',
					'title: DNS lookups',
					'description: How a name becomes an address.',
					'---',
					'',
					'Start from [the home page](/); retries need [idempotency](/api-design/retries/).',
					'',
				].join('\n'),
				'src/content/docs/api-design/retries.md': [
					'---',
					'title: Safe retries',
					'description: Retrying a request without doing its work twice.',
					'---',
					'',
					'A retry starts with [a DNS lookup](/networking/dns-lookups/).',
					'',
				].join('\n'),
			});
			const build = await buildFixtureSite(site, { BASE_PATH: basePath, SITE_URL: siteUrl });
			await use({ site, build });
			removeFixtureSite(site);
		},
		{ scope: 'worker', timeout: 300_000 },
	],
	// The tests read files and open no page: no need for dist/ to be built and served.
	baseURL: undefined,
});

/** A file the fixture's build wrote, or a failure naming it and showing the build's output. */
function builtText(
	{ site, build }: { site: FixtureSite; build: FixtureRun },
	path: string,
): string {
	expect(build.ok, build.output).toBe(true);
	const file = join(site.dist, path);
	expect(existsSync(file), `${path} was not written; build output:\n${build.output}`).toBe(true);
	return readFileSync(file, 'utf8');
}

/** The targets of every Markdown link in `text`. */
const markdownLinks = (text: string): string[] =>
	[...text.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');

test('llms.txt lists a file per section of src/config/sections.ts, each link under the base path and written', ({
	llmsHandbook,
}) => {
	const llms = builtText(llmsHandbook, 'llms.txt');
	const slugger = new GithubSlugger();
	for (const { label, summary } of sidebarSections) {
		expect(llms).toContain(
			`- [${label}](${prefix}_llms-txt/${slugger.slug(label)}.txt): ${summary}`,
		);
	}
	// Every link is absolute, under the base path, and names a file the build wrote.
	const links = markdownLinks(llms);
	expect(links).toContain(`${prefix}llms-full.txt`);
	expect(links).toContain(`${prefix}llms-small.txt`);
	expect(links.filter((link) => !link.startsWith(prefix))).toEqual([]);
	expect(
		links.filter((link) => !existsSync(join(llmsHandbook.site.dist, link.slice(prefix.length)))),
	).toEqual([]);
});

test('llms-full.txt keeps the base path in page links and follows the reading order', ({
	llmsHandbook,
}) => {
	const full = builtText(llmsHandbook, 'llms-full.txt');
	const internal = markdownLinks(full).filter((link) => link.startsWith('/'));
	expect(internal).toEqual(expect.arrayContaining([basePath, `${basePath}api-design/retries/`]));
	expect(internal.filter((link) => !link.startsWith(basePath))).toEqual([]);
	// Home page first, then section by section: Networking comes before API design in the
	// sidebar, though not in the alphabet.
	const titles = [...full.matchAll(/^# (.+)$/gm)].map((match) => match[1]);
	expect(titles).toEqual(['Fixture home', 'DNS lookups', 'Safe retries']);
});

test("a section's file holds its own pages and no other section's", ({ llmsHandbook }) => {
	const link = markdownLinks(builtText(llmsHandbook, 'llms.txt')).find((url) =>
		url.endsWith('/api-design.txt'),
	);
	expect(link, 'llms.txt links no file for API design').toBeDefined();
	const apiDesign = builtText(llmsHandbook, (link ?? '').slice(prefix.length));
	expect(apiDesign).toContain('# Safe retries');
	expect(apiDesign).not.toContain('# DNS lookups');
});
