import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openWatchedPage, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, requireBuiltSite } from './support/site.ts';
import { runAxe } from './support/axe.ts';

let server: StaticServer;
let chromium: TestBrowser;

const tokenBucketPage = 'api-design/rate-limiting/';
const calculatorPage = 'system-design/interview-framework/';
const bloomPage = 'distributed-systems/probabilistic-structures/';

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

/** Every JavaScript file a page loads, with its body, as the browser received it. */
async function loadScripts(page: Page, url: string): Promise<Map<string, string>> {
	const scripts = new Map<string, Promise<string>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			scripts.set(response.url(), response.text());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const bodies = new Map<string, string>();
	for (const [scriptUrl, body] of scripts) bodies.set(scriptUrl, await body);
	return bodies;
}

const attribute = (page: Page, selector: string, name: string): Promise<string> =>
	page.locator(selector).evaluate((element, key) => element.getAttribute(key) ?? '', name);

describe('token bucket explorer', () => {
	it('redraws the summary and the chart when a slider moves by keyboard', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${tokenBucketPage}`);
		const capacity = page.locator('#tb-capacity:enabled');
		await capacity.waitFor();
		const summaryBefore = await page.locator('[data-summary]').textContent();
		const lineBefore = await attribute(page, '[data-token-line]', 'd');
		const acceptedBefore = await attribute(page, '[data-accepted-bars]', 'd');
		await capacity.focus();
		await page.keyboard.press('ArrowRight');
		expect(await page.locator('#tb-capacity-value').textContent()).toBe('11 tokens');
		expect(await capacity.getAttribute('aria-valuetext')).toBe('11 tokens');
		expect(await page.locator('[data-summary]').textContent()).not.toBe(summaryBefore);
		expect(await attribute(page, '[data-token-line]', 'd')).not.toBe(lineBefore);
		expect(await attribute(page, '[data-accepted-bars]', 'd')).not.toBe(acceptedBefore);
		expect(await page.locator('[data-token-max]').textContent()).toBe('11');
		// Focus is visible: the keyboard-focused slider matches :focus-visible and draws an outline.
		const focus = await capacity.evaluate((element) => ({
			visible: element.matches(':focus-visible'),
			outline: getComputedStyle(element).outlineStyle,
		}));
		expect(focus).toEqual({ visible: true, outline: 'solid' });
		expect(
			await page
				.locator('[data-token-bucket-explorer] svg')
				.evaluate((svg) => svg.getAttribute('aria-describedby')),
		).toBe('tb-chart-desc');
		expect(await page.locator('#tb-chart-desc').textContent()).toContain(
			(await page.locator('[data-summary]').textContent()) ?? '(no summary)',
		);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('shows rejections for a burst above capacity and none for a burst and traffic the bucket absorbs', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${tokenBucketPage}`);
		const burst = page.locator('#tb-burstSize:enabled');
		await burst.waitFor();
		// Capacity 10, refill 2/s; one burst of 5 every 5 s plus 1 request/s spends at most 10 in 5 s.
		await burst.focus();
		await page.keyboard.press('Home');
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		expect(await page.locator('#tb-burstSize-value').textContent()).toBe('5 requests');
		expect(await page.locator('[data-summary]').textContent()).toContain('rejected 0.');
		expect(await attribute(page, '[data-rejected-bars]', 'd')).toBe('');
		// A burst of 100 against 10 tokens.
		await page.keyboard.press('End');
		const summary = (await page.locator('[data-summary]').textContent()) ?? '';
		const rejected = Number(/rejected (\d+)/.exec(summary)?.[1]);
		expect(rejected).toBeGreaterThanOrEqual(90);
		expect(await attribute(page, '[data-rejected-bars]', 'd')).toMatch(/^M/);
		await watched.context.close();
	});

	it('renders the default run without JavaScript, at the same size as with it', async () => {
		const sizes: number[][] = [];
		const summaries: string[] = [];
		for (const javaScriptEnabled of [false, true]) {
			const context = await chromium.browser.newContext({
				javaScriptEnabled,
				viewport: { width: 375, height: 800 },
			});
			const page = await context.newPage();
			await page.goto(`${server.url}${tokenBucketPage}`, { waitUntil: 'networkidle' });
			expect(await attribute(page, '[data-rejected-bars]', 'd')).toMatch(/^M/);
			summaries.push((await page.locator('[data-summary]').textContent()) ?? '');
			expect(await page.locator('#tb-capacity').isDisabled()).toBe(!javaScriptEnabled);
			const parts = ['.controls', 'figure', '[data-summary]'].map(
				(part) => `[data-token-bucket-explorer] ${part}`,
			);
			sizes.push(
				await Promise.all(
					parts.map(async (part) => (await page.locator(part).boundingBox())?.height ?? 0),
				),
			);
			await context.close();
		}
		// Controls, chart and summary keep their size when the script takes over: nothing shifts.
		// Chromium's script switch still parses <noscript> as text, so the note is checked in the HTML.
		const html = readFileSync(join(distDir, tokenBucketPage, 'index.html'), 'utf8');
		expect(html).toMatch(/<noscript><p[^>]*>The sliders need JavaScript\./);
		expect(summaries[0]).toMatch(/rejected [1-9]/);
		expect(summaries[1]).toBe(summaries[0]);
		expect(sizes[0]?.every((height) => height > 20)).toBe(true);
		expect(sizes[1]?.map(Math.round)).toEqual(sizes[0]?.map(Math.round));
	});
});

describe('Bloom filter explorer', () => {
	it('recomputes the rate, the marker and the advice when sliders move by keyboard', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${bloomPage}`);
		const hashes = page.locator('#bf-hashes:enabled');
		await hashes.waitFor();
		const curveBefore = await attribute(page, '[data-curve]', 'd');
		const markerBefore = await attribute(page, '[data-marker]', 'd');
		await hashes.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
		expect(await page.locator('#bf-hashes-value').textContent()).toBe('2');
		const summary = (await page.locator('[data-summary]').textContent()) ?? '';
		expect(summary).toContain('With 2 hash functions the false-positive rate is 3.3%');
		expect(summary).toContain('The best hash count for this size is 7');
		// Same size, so the curve stays; only the marker moves.
		expect(await attribute(page, '[data-curve]', 'd')).toBe(curveBefore);
		expect(await attribute(page, '[data-marker]', 'd')).not.toBe(markerBefore);
		const focus = await hashes.evaluate((element) => ({
			visible: element.matches(':focus-visible'),
			outline: getComputedStyle(element).outlineStyle,
		}));
		expect(focus).toEqual({ visible: true, outline: 'solid' });

		const keys = page.locator('#bf-keysExponent');
		await keys.focus();
		await page.keyboard.press('End');
		expect(await keys.getAttribute('aria-valuetext')).toBe('1,000,000,000 keys');
		expect(await page.locator('[data-summary]').textContent()).toContain('take 1.25 GB');

		const size = page.locator('#bf-bitsPerKey');
		await size.focus();
		await page.keyboard.press('End');
		expect(await page.locator('#bf-bitsPerKey-value').textContent()).toBe('24 bits per key');
		expect(await attribute(page, '[data-ideal-guide]', 'd')).toBe('');
		expect(await attribute(page, '[data-curve]', 'd')).not.toBe(curveBefore);
		expect(await page.locator('#bf-chart-desc').textContent()).toContain(
			(await page.locator('[data-summary]').textContent()) ?? '(no summary)',
		);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('renders the default case without JavaScript, at the same size as with it', async () => {
		const sizes: number[][] = [];
		const summaries: string[] = [];
		for (const javaScriptEnabled of [false, true]) {
			const context = await chromium.browser.newContext({
				javaScriptEnabled,
				viewport: { width: 375, height: 800 },
			});
			const page = await context.newPage();
			await page.goto(`${server.url}${bloomPage}`, { waitUntil: 'networkidle' });
			expect(await attribute(page, '[data-curve]', 'd')).toMatch(/^M/);
			summaries.push((await page.locator('[data-summary]').textContent()) ?? '');
			expect(await page.locator('#bf-hashes').isDisabled()).toBe(!javaScriptEnabled);
			const parts = ['.controls', 'figure', '[data-summary]'].map(
				(part) => `[data-bloom-filter-explorer] ${part}`,
			);
			sizes.push(
				await Promise.all(
					parts.map(async (part) => (await page.locator(part).boundingBox())?.height ?? 0),
				),
			);
			await context.close();
		}
		expect(summaries[0]).toContain('0.82%');
		expect(summaries[1]).toBe(summaries[0]);
		expect(sizes[0]?.every((height) => height > 20)).toBe(true);
		expect(sizes[1]?.map(Math.round)).toEqual(sizes[0]?.map(Math.round));
	});
});

describe('envelope calculator', () => {
	it('starts from the worked example and recomputes when an input changes', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${calculatorPage}`);
		const users = page.locator('#env-dailyActiveUsers:enabled');
		await users.waitFor();
		const result = (id: string) => page.locator(`[data-result="${id}"]`).textContent();
		expect(await result('averageReadQps')).toBe('11,574');
		expect(await result('totalStorageBytes')).toBe('1.8 PB');
		await users.fill('40M');
		expect(await result('averageReadQps')).toBe('23,148');
		expect(await page.locator('[data-working="averageReadQps"]').textContent()).toBe(
			'2B / 86,400 ≈ 23,148 QPS',
		);
		expect(await result('totalStorageBytes')).toBe('3.59 PB');
		await page.locator('#env-replicationFactor').fill('1');
		expect(await result('totalStorageBytes')).toBe('1.2 PB');
		expect(await page.locator('[data-status]').textContent()).toContain('total storage 1.2 PB');
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('shows an inline error for invalid input, and clears it when fixed', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${calculatorPage}`);
		const users = page.locator('#env-dailyActiveUsers:enabled');
		await users.waitFor();
		const error = page.locator('[data-error-for="dailyActiveUsers"]');
		await users.fill('lots');
		expect(await error.textContent()).toBe(
			'Daily active users must be a number, for example 20M or 20,000,000.',
		);
		expect(await error.isVisible()).toBe(true);
		expect(await users.getAttribute('aria-invalid')).toBe('true');
		expect(await users.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
		expect(await page.locator('[data-result="peakReadQps"]').textContent()).toBe('—');
		expect(await page.locator('[data-status]').textContent()).toContain(
			'Daily active users must be a number',
		);
		await users.fill('0');
		expect(await error.textContent()).toBe('Daily active users must be greater than 0.');
		await page.locator('#env-peakFactor').fill('0.5');
		expect(await page.locator('[data-error-for="peakFactor"]').textContent()).toContain(
			'at least 1',
		);
		await users.fill('20M');
		await page.locator('#env-peakFactor').fill('3');
		expect(await error.textContent()).toBe('');
		expect(await users.getAttribute('aria-invalid')).toBeNull();
		expect(await page.locator('[data-result="peakReadQps"]').textContent()).toBe('34,722');
		await watched.context.close();
	});

	it('is usable by keyboard alone: Tab reaches the next field and typing recomputes', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${calculatorPage}`);
		await page.locator('#env-dailyActiveUsers:enabled').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('env-requestsPerUserPerDay');
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('104');
		expect(await page.locator('[data-result="readsPerDay"]').textContent()).toBe('2B');
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
		);
		expect(outline).toBe('solid');
		await watched.context.close();
	});
});

describe('explorers in the page', () => {
	it('fit a 375 px screen in both themes with no axe violation, including the error state', async () => {
		for (const theme of ['light', 'dark'] as const) {
			const watched = await openWatchedPage(chromium.browser, {
				colorScheme: theme,
				viewport: { width: 375, height: 800 },
			});
			await watched.context.addInitScript(
				(value) => localStorage.setItem('starlight-theme', value),
				theme,
			);
			const { page } = watched;
			for (const [path, selector] of [
				[tokenBucketPage, '[data-token-bucket-explorer]'],
				[calculatorPage, '[data-envelope-calculator]'],
				[bloomPage, '[data-bloom-filter-explorer]'],
			] as const) {
				await page.goto(`${server.url}${path}`);
				await page.locator(`${selector} input:enabled`).first().waitFor();
				if (path === calculatorPage) await page.locator('#env-retentionYears').fill('-2');
				const fits = await page.locator(selector).evaluate((element) => ({
					widget: element.scrollWidth <= element.clientWidth,
					page: document.documentElement.scrollWidth <= window.innerWidth,
					width: element.getBoundingClientRect().width,
				}));
				expect(fits.widget && fits.page, `${path} overflows at 375 px (${theme})`).toBe(true);
				expect(fits.width).toBeGreaterThan(250);
				expect(await runAxe(page), `${path} ${theme}`).toEqual([]);
			}
			await watched.context.close();
		}
	});

	it('loads each explorer script only on its own page', async () => {
		const found: Record<string, string[]> = {};
		const gzipBytes: Record<string, { page: number; explorer: number }> = {};
		for (const [path, marker] of [
			[tokenBucketPage, 'data-token-bucket-explorer'],
			[calculatorPage, 'data-envelope-calculator'],
		] as const) {
			const watched = await openWatchedPage(chromium.browser);
			const scripts = await loadScripts(watched.page, `${server.url}${path}`);
			const own = [...scripts].filter(([, body]) => body.includes(marker));
			found[marker] = own.map(([url]) => url);
			const gzip = (bodies: string[]): number =>
				bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
			gzipBytes[path] = {
				page: gzip([...scripts.values()]),
				explorer: gzip(own.map(([, body]) => body)),
			};
			await watched.context.close();
		}
		expect(found['data-token-bucket-explorer']).toHaveLength(1);
		expect(found['data-envelope-calculator']).toHaveLength(1);

		const watched = await openWatchedPage(chromium.browser);
		const scripts = await loadScripts(watched.page, `${server.url}api-design/pagination/`);
		await watched.context.close();
		expect(scripts.size).toBeGreaterThan(0);
		const explorerUrls = [
			...(found['data-token-bucket-explorer'] ?? []),
			...(found['data-envelope-calculator'] ?? []),
		];
		expect([...scripts.keys()].filter((url) => explorerUrls.includes(url))).toEqual([]);
		expect(
			[...scripts].filter(([, body]) =>
				/data-token-bucket-explorer|data-envelope-calculator|tryRemove/.test(body),
			),
		).toEqual([]);
		console.log(
			`gzip JS bytes per explorer page (every script the page loads, and the explorer's own): ${JSON.stringify(gzipBytes)}`,
		);
	});
});
