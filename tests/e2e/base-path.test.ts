import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openWatchedPage, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { listBuiltPages } from './support/site.ts';
import { sidebarSections } from '../../src/config/sections.ts';
import { productionBuildEnv } from './support/build-env.ts';

// The same handbook built for a project site such as https://user.github.io/handbook/.
const base = '/handbook/';
const outDir = join(process.cwd(), 'dist-handbook');
let server: StaticServer;
let chromium: TestBrowser;

beforeAll(async () => {
	const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		encoding: 'utf8',
		env: productionBuildEnv({ BASE_PATH: base, SITE_URL: 'https://example.github.io' }),
	});
	if (build.status !== 0)
		throw new Error(`BASE_PATH=${base} build failed:\n${build.stdout}\n${build.stderr}`);
	server = await serveStatic(outDir, base);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

describe(`the handbook built with BASE_PATH=${base}`, () => {
	it('links every internal page, asset and script under the base path', () => {
		const offenders: string[] = [];
		for (const page of listBuiltPages(outDir)) {
			const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
			for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
				if (url && !url.startsWith(base) && !url.startsWith('//'))
					offenders.push(`${page}: ${url}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('serves pages, styles and scripts with no failed request, and navigates by the sidebar', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}practice/`, { waitUntil: 'networkidle' });
		expect(await watched.page.title()).toContain('Backend Interview Handbook');
		const sidebarLink = watched.page
			.locator(`nav[aria-label="Main"] a[href="${base}coding/"]`)
			.first();
		await sidebarLink.click();
		await watched.page.waitForURL(`${server.url}coding/`);
		expect(watched.failedRequests).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('searches and follows a result under the base path', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}coding/`, { waitUntil: 'networkidle' });
		await watched.page.locator('button[data-open-modal]').click();
		await watched.page
			.locator('#starlight__search input.pagefind-ui__search-input')
			.fill('Practice');
		const result = watched.page.locator(`#starlight__search a[href^="${base}practice/"]`).first();
		await result.waitFor({ timeout: 15_000 });
		await result.click();
		await watched.page.waitForURL((url) => url.pathname.startsWith(`${base}practice/`));
		expect(watched.failedRequests).toEqual([]);
		await watched.context.close();
	});

	it('answers an unknown URL with the styled 404 page', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const response = await watched.page.goto(`${server.url}no-such-page/`, {
			waitUntil: 'networkidle',
		});
		expect(response?.status()).toBe(404);
		expect(await watched.page.locator('h1').first().textContent()).toMatch(/not found|404/i);
		// Its stylesheet loaded from under the base path, so the page is styled.
		const sidebarDisplay = await watched.page.evaluate(
			() => getComputedStyle(document.body).fontFamily,
		);
		expect(sidebarDisplay).not.toBe('');
		expect(watched.failedRequests.filter((url) => !url.includes('no-such-page'))).toEqual([]);
		await watched.context.close();
	});

	it('404: links every section under the base path, and its button opens the search', async () => {
		const watched = await openWatchedPage(chromium.browser);
		await watched.page.goto(`${server.url}no-such-page/`, { waitUntil: 'networkidle' });
		for (const section of sidebarSections) {
			const link = watched.page.locator(
				`.not-found-sections a[href="${base}${section.directory}/"]`,
			);
			expect(await link.count(), section.directory).toBe(1);
		}
		await watched.page.getByRole('button', { name: 'Search the handbook' }).click();
		const input = watched.page.locator('#starlight__search input.pagefind-ui__search-input');
		await input.waitFor({ state: 'visible' });
		expect(await watched.page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
		await input.fill('sharding');
		const result = watched.page.locator(`#starlight__search a[href^="${base}databases/"]`).first();
		await result.waitFor({ timeout: 15_000 });
		expect(watched.failedRequests.filter((url) => !url.includes('no-such-page'))).toEqual([]);
		await watched.context.close();
	});
});

describe('SEO output of a build with SITE_URL and BASE_PATH', () => {
	const site = 'https://example.github.io';
	const meta = (html: string, key: string): string | undefined =>
		new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

	it('gives every page a canonical URL, Open Graph tags and a Twitter card', () => {
		const problems: string[] = [];
		for (const page of listBuiltPages(outDir)) {
			const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
			const url = `${site}${base}${page}`;
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

	it('writes a sitemap listing the pages, and a robots.txt pointing at it', () => {
		const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
		expect(readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8')).toContain(
			`${site}${base}sitemap-0.xml`,
		);
		const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
		for (const page of ['', 'databases/sharding/', 'practice/'])
			expect(sitemap).toContain(`<loc>${site}${base}${page}</loc>`);
	});

	it('keeps the print edition out of search engines', () => {
		expect(readFileSync(join(outDir, 'print', 'index.html'), 'utf8')).toContain(
			'<meta name="robots" content="noindex"',
		);
	});

	it('prefixes the _headers rules with the base path', () => {
		const rules = readFileSync(join(outDir, '_headers'), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('/'));
		expect(rules.length).toBeGreaterThan(5);
		expect(rules.filter((line) => !line.startsWith(base))).toEqual([]);
	});
});
