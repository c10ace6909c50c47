// What a build under a base path must get right, on the test build (`testBuild` in
// scripts/harness/built-site.ts: the handbook as https://example.github.io/handbook/, which every
// browser test opens): every page's links, assets and scripts under the base path, navigation,
// search and the styled 404 in Chromium, and the SEO output (canonical URLs, Open Graph, sitemap,
// robots.txt, _headers, llms.txt). The whole site, because any page may hard-code a root-relative
// URL. The other browser tests check the rest under the base path as they go: the flashcards fetch
// their card files from it (practice.test.ts), PostgreSQL is fetched from it (sql-exercises.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { listBuiltPages, testBuild } from '../../scripts/harness/built-site.ts';
import { sidebarSections } from '../../src/config/sections.ts';
import { builtPageTitle } from './support/page-title.ts';
import { expect, test } from './fixtures.ts';

const { base: basePath, siteUrl, dir: built } = testBuild;

const builtHtml = (dir: string, page: string): string =>
	readFileSync(join(dir, page, 'index.html'), 'utf8');
const searchInput = '#starlight__search input.pagefind-ui__search-input';

/**
 * True for a root-relative URL under the base path with no doubled slash in its path. A doubled
 * slash is a join that assumed the base ends without one: at the root of a domain, the same join
 * writes a protocol-relative URL (`//databases/`) that leaves the site.
 */
const underBase = (url: string): boolean =>
	url.startsWith(basePath) && !(url.split(/[?#]/)[0] ?? '').includes('//');

test.describe(`the handbook built with BASE_PATH=${basePath}`, () => {
	test('links every internal page, asset and script under the base path', () => {
		const offenders: string[] = [];
		for (const page of listBuiltPages(built)) {
			for (const [, url] of builtHtml(built, page).matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
				if (!underBase(url ?? '')) offenders.push(`${page}: ${url}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('serves pages, styles and scripts with no failed request, and navigates by the sidebar', async ({
		page,
		activity,
	}) => {
		await page.goto('practice/', { waitUntil: 'networkidle' });
		await expect(page).toHaveTitle(/Backend Interview Handbook/);
		// The Coding group is closed on a page of another section: open it, then follow its link.
		await page.locator('nav[aria-label="Main"] summary', { hasText: 'Coding' }).click();
		await page.locator(`nav[aria-label="Main"] a[href="${basePath}coding/"]`).first().click();
		await expect(page).toHaveURL((url) => url.pathname === `${basePath}coding/`);
		expect(activity.failedRequests).toEqual([]);
		expect(activity.consoleErrors).toEqual([]);
	});

	test('searches and follows a result under the base path', async ({ page, activity }) => {
		await page.goto('coding/', { waitUntil: 'networkidle' });
		await page.locator('button[data-open-modal]').click();
		await page.locator(searchInput).fill('Practice');
		await page
			.locator(`#starlight__search a[href^="${basePath}practice/"]`)
			.first()
			.click({ timeout: 15_000 });
		await expect(page).toHaveURL((url) => url.pathname.startsWith(`${basePath}practice/`));
		expect(activity.failedRequests).toEqual([]);
	});

	test('links the answers and pages in every card file under the base path', () => {
		const dir = join(built, 'practice', 'cards');
		const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
		expect(files.length).toBeGreaterThan(5);
		const offenders: string[] = [];
		let links = 0;
		for (const name of files) {
			const { cards } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
				cards: { id: string; answerHtml: string; pages: { href: string }[] }[];
			};
			for (const card of cards) {
				const hrefs = [
					...[...card.answerHtml.matchAll(/href="(\/[^"]*)"/g)].map((match) => match[1] ?? ''),
					...card.pages.map((page) => page.href),
				];
				links += hrefs.length;
				for (const href of hrefs)
					if (!underBase(href)) offenders.push(`${name} ${card.id}: ${href}`);
			}
		}
		expect(links).toBeGreaterThan(300);
		expect(offenders).toEqual([]);
	});

	test('opens a large diagram full screen, its lazy chunk fetched from under the base path', async ({
		page,
		activity,
	}) => {
		await page.goto('system-design/designs/chat/', { waitUntil: 'networkidle' });
		const chunk = (url: string): boolean =>
			new URL(url).pathname.startsWith(`${basePath}_astro/diagram-dialog.`);
		expect(activity.requests.filter(chunk)).toEqual([]);
		await page.getByRole('button', { name: 'Expand diagram' }).first().click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expect(page.locator('.diagram-dialog-canvas svg')).toBeVisible();
		expect(activity.requests.filter(chunk)).toHaveLength(1);
		expect(activity.failedRequests).toEqual([]);
		expect(activity.consoleErrors).toEqual([]);
	});

	test('answers an unknown URL with the styled 404 page', async ({ page, activity }) => {
		const response = await page.goto('no-such-page/', { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').first()).toHaveText(/not found|404/i);
		// Its stylesheet loaded from under the base path: the sidebar is laid out, not a bare list.
		expect(activity.requests.some((url) => /\/handbook\/_astro\/.*\.css$/.test(url))).toBe(true);
		await expect(page.locator('html')).toHaveCSS('--sl-nav-height', /\S/);
		expect(activity.failedRequests.filter((url) => !url.includes('no-such-page'))).toEqual([]);
	});

	test('404: links every section under the base path, and its button opens the search', async ({
		page,
		activity,
	}) => {
		await page.goto('no-such-page/', { waitUntil: 'networkidle' });
		for (const section of sidebarSections) {
			await expect(
				page.locator(`.not-found-sections a[href="${basePath}${section.directory}/"]`),
				section.directory,
			).toHaveCount(1);
		}
		await page.getByRole('button', { name: 'Search the handbook' }).click();
		await expect(page.locator(searchInput)).toBeVisible();
		await expect(page.locator('dialog')).toHaveJSProperty('open', true);
		await page.locator(searchInput).fill('sharding');
		await expect(
			page.locator(`#starlight__search a[href^="${basePath}databases/"]`).first(),
		).toBeVisible({ timeout: 15_000 });
		expect(activity.failedRequests.filter((url) => !url.includes('no-such-page'))).toEqual([]);
	});
});

test.describe('SEO output of a build with SITE_URL and BASE_PATH', () => {
	const meta = (html: string, key: string): string | undefined =>
		new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

	test('gives every page a canonical URL, Open Graph tags and a Twitter card', () => {
		const problems: string[] = [];
		for (const page of listBuiltPages(built)) {
			const html = builtHtml(built, page);
			const url = `${siteUrl}${basePath}${page}`;
			if (!html.includes(`<link rel="canonical" href="${url}"`))
				problems.push(`${page}: canonical`);
			if (meta(html, 'og:url') !== url) problems.push(`${page}: og:url is ${meta(html, 'og:url')}`);
			const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim();
			if (!title || meta(html, 'og:title') !== title)
				problems.push(`${page}: og:title ${meta(html, 'og:title')} vs h1 ${title}`);
			if (!meta(html, 'og:description')) problems.push(`${page}: og:description`);
			if (meta(html, 'og:type') === undefined) problems.push(`${page}: og:type`);
			if (meta(html, 'twitter:card') !== 'summary')
				problems.push(`${page}: twitter:card ${meta(html, 'twitter:card')}`);
		}
		expect(problems).toEqual([]);
	});

	test('writes a sitemap listing the pages, and a robots.txt pointing at it', () => {
		const robots = readFileSync(join(built, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${siteUrl}${basePath}sitemap-index.xml`);
		expect(readFileSync(join(built, 'sitemap-index.xml'), 'utf8')).toContain(
			`${siteUrl}${basePath}sitemap-0.xml`,
		);
		const sitemap = readFileSync(join(built, 'sitemap-0.xml'), 'utf8');
		for (const page of ['', 'databases/sharding/', 'practice/', 'practice/databases/'])
			expect(sitemap).toContain(`<loc>${siteUrl}${basePath}${page}</loc>`);
		// The print edition is noindex, so the sitemap leaves it out.
		expect(sitemap).not.toContain(`${basePath}print/`);
	});

	test('publishes llms.txt with a file per section of src/config/sections.ts, linked under the base path', () => {
		const llms = readFileSync(join(built, 'llms.txt'), 'utf8');
		const slugger = new GithubSlugger();
		for (const { label, summary } of sidebarSections) {
			expect(llms).toContain(
				`- [${label}](${siteUrl}${basePath}_llms-txt/${slugger.slug(label)}.txt): ${summary}`,
			);
		}
		// Every link is absolute, under the base path, and names a file the build wrote.
		const links = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
		expect(links).toContain(`${siteUrl}${basePath}llms-full.txt`);
		const prefix = `${siteUrl}${basePath}`;
		expect(links.filter((link) => !link.startsWith(prefix))).toEqual([]);
		expect(links.filter((link) => !existsSync(join(built, link.slice(prefix.length))))).toEqual([]);
		// Links inside the full text keep the base path, as the pages' own links do.
		const full = readFileSync(join(built, 'llms-full.txt'), 'utf8');
		const internal = [...full.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1] ?? '');
		expect(internal.length).toBeGreaterThan(0);
		expect(internal.filter((link) => !underBase(link))).toEqual([]);
	});

	test('renders every page into llms-full.txt in reading order, and each section file holds its own pages', () => {
		// starlight-llms-txt renders each page again, outside the page's route: every page that
		// builds must come through it, whatever components it uses.
		const full = readFileSync(join(built, 'llms-full.txt'), 'utf8');
		const headings = new Set([...full.matchAll(/^# (.+)$/gm)].map((match) => match[1]));
		const sectionIndexes = sidebarSections.map((section) =>
			builtPageTitle(built, `${section.directory}/`),
		);
		// Every page of src/content/docs, by its route (`databases/sharding/`; the home page is '').
		const docsPages = readdirSync(join('src', 'content', 'docs'), {
			recursive: true,
			encoding: 'utf8',
		})
			.filter((file) => /\.mdx?$/.test(file))
			.map((file) => {
				const route = file
					.split(sep)
					.join('/')
					.replace(/\.mdx?$/, '')
					.replace(/(^|\/)index$/, '');
				return route === '' ? '' : `${route}/`;
			});
		expect(docsPages.length).toBeGreaterThan(100);
		const missing = docsPages
			.map((page) => ({ page, title: builtPageTitle(built, page) }))
			.filter(({ title }) => !headings.has(title))
			.map(({ page, title }) => `${page} "${title}"`);
		expect(missing, 'pages missing from llms-full.txt').toEqual([]);
		// Section by section, in the order of src/config/sections.ts, not the alphabet.
		const positions = sectionIndexes.map((title) => full.indexOf(`\n# ${title}\n`));
		expect(positions.filter((position) => position < 0)).toEqual([]);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// A section's own file: its index page, and no other section's index page.
		const slugger = new GithubSlugger();
		for (const [index, { label }] of sidebarSections.entries()) {
			const file = readFileSync(join(built, '_llms-txt', `${slugger.slug(label)}.txt`), 'utf8');
			expect(file, label).toContain(`# ${sectionIndexes[index]}\n`);
			const others = sectionIndexes.filter(
				(title, other) => other !== index && file.includes(`\n# ${title}\n`),
			);
			expect(others, `${label}'s file holds other sections' index pages`).toEqual([]);
		}
	});

	test('keeps the print edition out of search engines', () => {
		expect(builtHtml(built, 'print/')).toContain('<meta name="robots" content="noindex"');
	});

	test('prefixes the _headers rules with the base path', () => {
		const rules = readFileSync(join(built, '_headers'), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('/'));
		expect(rules.length).toBeGreaterThan(5);
		expect(rules.filter((line) => !line.startsWith(basePath))).toEqual([]);
	});
});
