// The built handbook in Chromium: it loads, navigates, searches and keeps the reader's theme, and
// nothing it loads comes from another origin.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { testBuild, listBuiltPages } from '../../scripts/harness/built-site.ts';
import { contributorSections, sidebarSections } from '../../src/config/sections.ts';
import { expect, sitePath, test } from './fixtures.ts';
import { builtPageTitle } from './support/page-title.ts';

test.describe.configure({ mode: 'parallel' });

const sidebar = 'nav[aria-label="Main"]';
/** Opens the sidebar's Coding group (closed on a page of another section) and follows its index link. */
async function followCodingInSidebar(page: Page): Promise<void> {
	await page.locator(`${sidebar} summary`, { hasText: 'Coding' }).click();
	await page.locator(`${sidebar} a[href$="/coding/"]`).first().click();
}

test('loads the home page with no console error and no failed request', async ({
	page,
	activity,
}) => {
	await page.goto('', { waitUntil: 'networkidle' });
	await expect(page).toHaveTitle(/Backend Interview Handbook/);
	expect(activity.consoleErrors).toEqual([]);
	expect(activity.failedRequests).toEqual([]);
});

test('navigates through the sidebar', async ({ page }) => {
	await page.goto('practice/');
	await followCodingInSidebar(page);
	await expect(page).toHaveURL(/\/coding\/$/);
	await expect(page.locator('h1').first()).not.toBeEmpty();
	await expect(page.locator(`${sidebar} a[aria-current="page"]`)).toHaveAttribute(
		'href',
		/\/coding\/$/,
	);
});

test('searches: typing a page title finds that page, and the result navigates there', async ({
	page,
}) => {
	// A page of the API design section, whichever the build has.
	const target = listBuiltPages(testBuild.dir).find(
		(path) => path.startsWith('api-design/') && path !== 'api-design/',
	);
	expect(target, 'no page under api-design/ in dist').toBeDefined();
	const title = builtPageTitle(testBuild.dir, target ?? '');
	expect(title, `no <h1> in ${target}`).not.toBe('');
	await page.goto('', { waitUntil: 'networkidle' });
	await page.locator('button[data-open-modal]').click();
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill(title);
	await page
		.locator(`#starlight__search a[href="${sitePath(target ?? '')}"]`)
		.first()
		.click({ timeout: 15_000 });
	await expect(page).toHaveURL((url) => url.pathname === sitePath(target ?? ''));
	await expect(page.locator('h1').first()).toContainText(title);
});

test.describe('search UI loads on intent, not on idle', () => {
	const searchInput = '#starlight__search input.pagefind-ui__search-input';
	/** Requests for the Pagefind UI's script (ui-core), the heavy part of the search. */
	const uiRequests = (page: import('@playwright/test').Page): string[] => {
		const urls: string[] = [];
		page.on('request', (request) => {
			if (/\/_astro\/ui-core\.[^/]*\.js$/.test(request.url())) urls.push(request.url());
		});
		return urls;
	};

	test('a reading page left idle never loads it; pointing at the button does', async ({ page }) => {
		const urls = uiRequests(page);
		await page.goto('databases/sharding/', { waitUntil: 'networkidle' });
		expect(urls).toEqual([]);
		await expect(page.locator(searchInput)).toHaveCount(0);
		await page.locator('button[data-open-modal]').hover();
		await expect.poll(() => urls.length).toBe(1);
		// Built but not shown: the dialog opens only on a click.
		await expect(page.locator(searchInput)).toBeAttached();
		await expect(page.locator('site-search dialog')).not.toBeVisible();
	});

	for (const [name, press] of [
		['Control+K', 'Control+k'],
		['/', '/'],
	] as const) {
		test(`${name} with nothing loaded opens the search, focused, and finds pages`, async ({
			page,
			activity,
		}) => {
			const urls = uiRequests(page);
			await page.goto('databases/sharding/', { waitUntil: 'networkidle' });
			expect(urls).toEqual([]);
			// Starlight enables the button once its script runs; shortcuts work from then on.
			await expect(page.locator('button[data-open-modal]')).toBeEnabled();
			await page.keyboard.press(press);
			await expect(page.locator('site-search dialog')).toBeVisible();
			await expect(page.locator(searchInput)).toBeFocused();
			await page.keyboard.type('consistent hashing');
			await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({
				timeout: 15_000,
			});
			expect(urls).toHaveLength(1);
			expect(activity.consoleErrors).toEqual([]);
		});
	}

	test('/ typed in a form field stays text', async ({ page }) => {
		await page.goto('practice/', { waitUntil: 'networkidle' });
		await page.locator('#practice-topic-search').focus();
		await page.keyboard.press('/');
		await expect(page.locator('site-search dialog')).not.toBeVisible();
	});
});

test('keeps the chosen theme across navigation and reloads', async ({ page }) => {
	const html = page.locator('html');
	const themeSelect = page.locator('starlight-theme-select select').first();
	await page.goto('practice/');
	await themeSelect.selectOption('dark');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await followCodingInSidebar(page);
	await expect(page).toHaveURL(/\/coding\/$/);
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await themeSelect.selectOption('light');
	await page.reload();
	await expect(html).toHaveAttribute('data-theme', 'light');
});

test('makes no request outside its own origin while loading, navigating and searching', async ({
	page,
	activity,
	site,
}) => {
	await page.goto('', { waitUntil: 'networkidle' });
	await page.goto('practice/', { waitUntil: 'networkidle' });
	await followCodingInSidebar(page);
	await page.waitForLoadState('networkidle');
	await page.locator('button[data-open-modal]').click();
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill('cache');
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({
		timeout: 15_000,
	});
	expect(activity.requests.length).toBeGreaterThan(5);
	expect(
		activity.requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('data:')),
	).toEqual([]);
});

test('ships no reference to another origin in any built page (web fonts, analytics, CDN scripts)', () => {
	const offenders: string[] = [];
	for (const page of listBuiltPages(testBuild.dir)) {
		const html = readFileSync(join(testBuild.dir, page, 'index.html'), 'utf8');
		const loads =
			html.match(
				/<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="(?:https?:)?\/\/[^"]+"/g,
			) ?? [];
		const imports = html.match(/@import\s+url\(['"]?https?:/g) ?? [];
		for (const tag of [...loads, ...imports]) {
			if (!/rel="(?:canonical|alternate)"|<link[^>]*rel="sitemap"/.test(tag))
				offenders.push(`${page}: ${tag}`);
		}
	}
	expect(offenders).toEqual([]);
});

/** The URL path of every page in src/content/docs, e.g. `coding/heaps/`. */
function contentPages(): string[] {
	return readdirSync(join('src', 'content', 'docs'), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''))
		.map((id) => (id === '' ? '' : `${id}/`));
}

test('wrote a page for every page in src/content/docs, and the print editions', () => {
	const built = new Set(listBuiltPages(testBuild.dir));
	const pages = contentPages();
	expect(pages.length).toBeGreaterThan(0);
	expect(pages.filter((page) => !built.has(page))).toEqual([]);
	expect(built.has('print/')).toBe(true);
	expect(built.has('print/databases/')).toBe(true);
});

test('never runs words into a keyboard key: text and <kbd> are spaced apart on every page', () => {
	const glued: string[] = [];
	for (const page of listBuiltPages(testBuild.dir)) {
		const html = readFileSync(join(testBuild.dir, page, 'index.html'), 'utf8');
		for (const match of html.matchAll(/\w<kbd\b[^>]*>[^<]*<\/kbd>|<\/kbd>\w+/g))
			glued.push(`${page}: ${match[0]}`);
	}
	expect(glued).toEqual([]);
});

test("the home page and the 404 page link every reader's section of src/config/sections.ts", () => {
	// The cards under "Every section"; the "Where to start" cards above link some sections too.
	const home =
		readFileSync(join(testBuild.dir, 'index.html'), 'utf8').split('id="every-section"')[1] ?? '';
	// The list of sections, not the footer under it (which links the contributor guide).
	const notFound =
		/<ul class="not-found-sections[\s\S]*?<\/ul>/.exec(
			readFileSync(join(testBuild.dir, '404.html'), 'utf8'),
		)?.[0] ?? '';
	const cardTitle = (directory: string): string | undefined =>
		new RegExp(
			`<a href="${sitePath(directory)}/"[^>]*><span class="title[^"]*">([^<]+)</span>`,
		).exec(home)?.[1];
	const notFoundLink = (directory: string): string | undefined =>
		new RegExp(`<li[^>]*><a href="${sitePath(directory)}/"[^>]*>([^<]+)</a>`).exec(notFound)?.[1];
	expect(sidebarSections.map((section) => cardTitle(section.directory))).toEqual(
		sidebarSections.map((section) => section.label),
	);
	expect(sidebarSections.map((section) => notFoundLink(section.directory))).toEqual(
		sidebarSections.map((section) => section.label),
	);
	// The contributor guide is not a reader's section: the footer links it, these lists do not.
	for (const { directory } of contributorSections) {
		expect(cardTitle(directory), directory).toBeUndefined();
		expect(notFoundLink(directory), directory).toBeUndefined();
	}
});
