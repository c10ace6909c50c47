// Mistakes a contributor can make, each failing the build with the file, the place and the fix.
// Astro stops at the first stage that fails (syncing content, rendering pages, the link check at
// the end of the build), so mistakes caught at different stages cannot share one build: one small
// handbook per stage, each holding every mistake that stage reports, all built at the same time.
// Messages asserted at unit level instead: a market page missing both `lastReviewed` and `sources`
// (tests/unit/content/question-index.test.ts, findMissingMarketFields).
import { expect, test as base } from '../fixtures.ts';
import {
	buildFixtureSite,
	fixturePath,
	removeFixtureSite,
	scaffoldPage,
	writeFixtureSite,
	type FixtureSite,
} from '../support/fixture-site.ts';

/** Writes a small handbook for the test, and deletes it when the test ends, passed or failed. */
const test = base.extend<{
	fixtureSite: (name: string, files: Record<string, string>) => FixtureSite;
}>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern
	fixtureSite: async ({}, use) => {
		const written: FixtureSite[] = [];
		await use((name, files) => {
			const site = writeFixtureSite(name, files);
			written.push(site);
			return site;
		});
		for (const site of written) removeFixtureSite(site);
	},
});

// These tests open no page of the test build: no base URL, so dist-test/ need not exist.
test.use({ baseURL: undefined });

// Each test is one `astro build`; on a busy machine that can take minutes.
test.describe.configure({ mode: 'parallel', timeout: 300_000 });

test('content sync: a level that does not exist names the page file and the field', async ({
	fixtureSite,
}) => {
	const site = fixtureSite('mistakes-content', {
		'src/content/docs/coding/bad-levels.md':
			'---\ntitle: Bad levels\ndescription: A page with a level that does not exist.\nlevels: [L9]\n---\n\nText.\n',
	});
	const build = await buildFixtureSite(site);
	expect(build.ok, build.output).toBe(false);
	expect(build.output).toContain(fixturePath(site, 'src/content/docs/coding/bad-levels.md'));
	expect(build.output).toMatch(/levels\.0: Invalid option: expected one of "L3"/);
});

test('rendering: an untitled diagram names file:line and the fix; a scaffolded market page fails until it has sources', async ({
	fixtureSite,
}) => {
	const site = fixtureSite('mistakes-pages', {
		'src/content/docs/coding/diagram.md':
			'---\ntitle: Diagram\ndescription: A page with an untitled diagram.\n---\n\nText.\n\n```mermaid\nflowchart LR\n  a --> b\n```\n',
	});
	const scaffold = await scaffoldPage(site, 'landscape/hiring-freeze', 'Hiring freezes');
	expect(scaffold.ok, scaffold.output).toBe(true);
	const build = await buildFixtureSite(site);
	expect(build.ok, build.output).toBe(false);
	// Reported while content syncs, with the line of the fence in the file.
	expect(build.output).toContain(
		`${fixturePath(site, 'src/content/docs/coding/diagram.md')}:8: Mermaid diagram has no accessible title or description. Add a line \`accTitle:`,
	);
	// The market page: the scaffolder leaves `sources: []`, which fails the build when rendered.
	expect(build.output).toMatch(
		/src\/content\/docs\/landscape\/hiring-freeze\.mdx: frontmatter is missing `sources`/,
	);
});

test('link check: a broken link and a broken anchor each name the page and the target', async ({
	fixtureSite,
}) => {
	const site = fixtureSite('mistakes-links', {
		'src/content/docs/coding/links.md':
			'---\ntitle: Links\ndescription: A page with a link to nowhere.\n---\n\nRead [the home page](/) and [the missing page](/no-such-page/).\n',
		'src/content/docs/coding/anchors.md':
			'---\ntitle: Anchors\ndescription: A page with a link to a heading that does not exist.\n---\n\n## Real heading\n\nJump to [the heading](#real-heading) or [nowhere](#not-a-heading).\n',
	});
	const build = await buildFixtureSite(site);
	expect(build.ok, build.output).toBe(false);
	// The link checker prints one block per page, `╭─ <file>` then its broken targets.
	const report = (file: string): string =>
		build.output.split('╭─ ').find((block) => block.startsWith(file)) ?? '';
	expect(report('coding/links.md'), build.output).toMatch(
		/\/no-such-page\/\s+·\s+╰── invalid link/,
	);
	expect(report('coding/anchors.md'), build.output).toMatch(
		/#not-a-heading\s+·\s+╰── invalid hash/,
	);
	// The good link and anchor on the same pages are not reported.
	expect(report('coding/links.md')).not.toMatch(/\| \/\n/);
	expect(report('coding/anchors.md')).not.toContain('#real-heading');
});
