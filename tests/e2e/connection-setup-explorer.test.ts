import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, requireBuiltSite } from './support/site.ts';
import { runAxe } from './support/axe.ts';

let server: StaticServer;
let chromium: TestBrowser;

const explorerPage = 'networking/tcp-udp-tls/';
const root = '[data-connection-setup-explorer]';

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

describe('connection setup explorer', () => {
	it('starts at TCP + TLS 1.3 and redraws when the reader picks another setup by keyboard', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${explorerPage}`);
		const selected = page.locator(`${root} input[type="radio"]:checked:enabled`);
		await selected.waitFor();
		expect(await selected.getAttribute('value')).toBe('tcp-tls13');
		expect(await page.locator(`${root} [data-summary]`).textContent()).toContain(
			'first byte at 320 ms',
		);
		const requestXBefore = await page.locator(`${root} [data-bar="request"]`).getAttribute('x');
		// Arrow keys move through a native radio group and check the next option.
		await selected.focus();
		await page.keyboard.press('ArrowDown');
		expect(await page.locator(`${root} input[type="radio"]:checked`).getAttribute('value')).toBe(
			'tcp-tls13-0rtt',
		);
		expect(await page.locator(`${root} [data-summary]`).textContent()).toContain(
			'2 round trips to the first byte',
		);
		expect(await page.locator(`${root} [data-bar="request"]`).getAttribute('x')).not.toBe(
			requestXBefore,
		);
		expect(await page.locator(`${root} [data-bar="tls"]`).getAttribute('class')).toContain(
			'parallel',
		);
		expect(await page.locator(`${root} tr.selected`).getAttribute('data-row')).toBe(
			'tcp-tls13-0rtt',
		);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('recomputes every setup when the round-trip time changes', async () => {
		const watched = await openWatchedPage(chromium.browser);
		const { page } = watched;
		await page.goto(`${server.url}${explorerPage}`);
		const rtt = page.locator('#cs-rttMs:enabled');
		await rtt.waitFor();
		await rtt.focus();
		await page.keyboard.press('ArrowRight');
		expect(await page.locator('#cs-rttMs-value').textContent()).toBe('101 ms');
		expect(await rtt.getAttribute('aria-valuetext')).toBe('101 ms');
		// 4 round trips of 101 ms plus 20 ms of server time.
		expect(await page.locator('[data-ttfb="tcp-tls12"]').textContent()).toBe('424 ms');
		expect(await page.locator('[data-ttfb="reused"]').textContent()).toBe('121 ms');
		expect(await page.locator(`${root} [data-chart-desc]`).textContent()).toContain('101 ms');
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
			await page.goto(`${server.url}${explorerPage}`, { waitUntil: 'networkidle' });
			summaries.push((await page.locator(`${root} [data-summary]`).textContent()) ?? '');
			expect(await page.locator('#cs-rttMs').isDisabled()).toBe(!javaScriptEnabled);
			sizes.push(
				await Promise.all(
					['.controls', 'figure', '[data-summary]', 'table'].map(
						async (part) => (await page.locator(`${root} ${part}`).boundingBox())?.height ?? 0,
					),
				),
			);
			await context.close();
		}
		expect(summaries[0]).toContain('TCP + TLS 1.3 at 100 ms round-trip time');
		expect(summaries[1]).toBe(summaries[0]);
		expect(sizes[0]?.every((height) => height > 20)).toBe(true);
		expect(sizes[1]?.map(Math.round)).toEqual(sizes[0]?.map(Math.round));
	});

	it('keeps the table in place whichever setup and round-trip time the reader picks', async () => {
		const watched = await openWatchedPage(chromium.browser, {
			viewport: { width: 375, height: 800 },
		});
		const { page } = watched;
		await page.goto(`${server.url}${explorerPage}`);
		await page.locator(`${root} input:enabled`).first().waitFor();
		// The table's offset inside the widget moves if the summary above it changes height.
		const tableOffset = () =>
			page
				.locator(root)
				.evaluate(
					(element) =>
						(element.querySelector('table')?.getBoundingClientRect().top ?? 0) -
						element.getBoundingClientRect().top,
				);
		const start = await tableOffset();
		const offsets: Record<string, number> = {};
		for (const radio of await page.locator(`${root} input[type="radio"]`).all()) {
			await radio.check();
			for (const rtt of ['1', '300']) {
				await page.locator('#cs-rttMs').fill(rtt);
				expect(await page.locator('#cs-rttMs-value').textContent()).toBe(`${rtt} ms`);
				offsets[`${await radio.getAttribute('value')} at ${rtt} ms`] = await tableOffset();
			}
		}
		expect(
			Object.values(offsets).every((offset) => Math.abs(offset - start) < 1),
			JSON.stringify(offsets),
		).toBe(true);
		await watched.context.close();
	});

	it('fits a 375 px screen in both themes with no axe violation', async () => {
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
			await page.goto(`${server.url}${explorerPage}`);
			await page.locator(`${root} input:enabled`).first().waitFor();
			const fits = await page.locator(root).evaluate((element) => ({
				widget: element.scrollWidth <= element.clientWidth,
				page: document.documentElement.scrollWidth <= window.innerWidth,
			}));
			expect(fits, theme).toEqual({ widget: true, page: true });
			expect(await runAxe(page), theme).toEqual([]);
			await watched.context.close();
		}
	});
});
