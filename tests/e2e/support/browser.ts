import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureBrowser } from '../../../scripts/ensure-browser.mjs';

/** A Chromium launched for one test file. */
export interface TestBrowser {
	browser: Browser;
	close(): Promise<void>;
}

/**
 * Launches headless Chromium with the flags this machine's closed network needs. Playwright gives
 * each launch a fresh temporary profile, so no state leaks between test files.
 */
export async function launchBrowser(): Promise<TestBrowser> {
	const executablePath: string = await ensureBrowser();
	const browser = await chromium.launch({
		executablePath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	return {
		browser,
		close: () => browser.close(),
	};
}

/** A page that records console errors, failed requests and every URL it fetched. */
export interface WatchedPage {
	page: Page;
	context: BrowserContext;
	consoleErrors: string[];
	requests: string[];
	failedRequests: string[];
}

/** Opens a fresh context and page that records what a test may want to assert about. */
export async function openWatchedPage(
	browser: Browser,
	options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
	const context = await browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: options.viewport ?? { width: 1280, height: 900 },
	});
	const page = await context.newPage();
	const watched: WatchedPage = {
		page,
		context,
		consoleErrors: [],
		requests: [],
		failedRequests: [],
	};
	page.on('console', (message) => {
		if (message.type() === 'error') watched.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
	page.on('request', (request) => watched.requests.push(request.url()));
	page.on('requestfailed', (request) => watched.failedRequests.push(request.url()));
	page.on('response', (response) => {
		if (response.status() >= 400 && !response.url().endsWith('/does-not-exist/')) {
			watched.failedRequests.push(`${response.status()} ${response.url()}`);
		}
	});
	return watched;
}
