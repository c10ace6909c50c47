import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

/** What a response is, for weighing: the groups a page-weight table shows. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** Every resource kind, in table order. */
export const resourceKinds: readonly ResourceKind[] = [
	'html',
	'css',
	'js',
	'font',
	'image',
	'other',
];

/** Gzip bytes per resource kind. */
export type WeightByKind = Record<ResourceKind, number>;

/** One response a page fetched, with its gzip size. */
export interface WeighedRequest {
	url: string;
	kind: ResourceKind;
	gzipBytes: number;
	/** True when the request started after the load event (idle prefetches such as search). */
	afterLoad: boolean;
}

/** The gzip weight of one page load: what it needs to show, and what it fetches once idle. */
export interface PageWeight {
	url: string;
	/** Requests started before the load event, grouped. */
	initial: WeightByKind;
	initialTotal: number;
	/** Requests started after the load event until the network went idle, grouped. */
	afterLoad: WeightByKind;
	afterLoadTotal: number;
	/** Gzip size of the text a reader came for, `main`'s innerText: the floor no page can beat. */
	floor: number;
	requests: WeighedRequest[];
}

/** Gzip size of some bytes at the default level, as a CDN would serve them. */
export function gzipSize(body: Buffer | string): number {
	return gzipSync(body).length;
}

function emptyWeights(): WeightByKind {
	return { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
}

/** Maps Chromium's resource type (and, for fetches, the file name) to a weighing group. */
function kindOf(response: Response): ResourceKind {
	const type = response.request().resourceType();
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script') return 'js';
	if (type === 'font') return 'font';
	if (type === 'image') return 'image';
	const path = new URL(response.url()).pathname;
	if (/\.m?js$/.test(path)) return 'js';
	if (/\.css$/.test(path)) return 'css';
	return 'other';
}

/**
 * Loads `url` in a fresh context (empty cache) and weighs every response body gzipped, since the
 * test server does not compress. Waits for network idle so idle prefetches are counted, apart.
 */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	let loaded = false;
	const started = new Set<string>();
	page.on('request', (request) => {
		if (!loaded) started.add(request.url());
	});
	const pending: Promise<WeighedRequest | undefined>[] = [];
	page.on('response', (response) => {
		pending.push(
			response.body().then(
				(body) => ({
					url: response.url(),
					kind: kindOf(response),
					gzipBytes: gzipSize(body),
					afterLoad: !started.has(response.url()),
				}),
				// A redirect or an aborted request has no body to weigh.
				() => undefined,
			),
		);
	});
	page.on('load', () => {
		loaded = true;
	});
	let inFlight = 0;
	page.on('request', () => inFlight++);
	page.on('requestfinished', () => inFlight--);
	page.on('requestfailed', () => inFlight--);
	await page.goto(url, { waitUntil: 'networkidle' });
	// Idle prefetches (the search UI) start in an idle callback, which a long page can delay past
	// Playwright's network-idle; wait for one, then for the network to be quiet again.
	await page.evaluate(
		'new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }))',
	);
	for (let quiet = 0; quiet < 5;) {
		await page.waitForTimeout(100);
		quiet = inFlight === 0 ? quiet + 1 : 0;
	}
	const floor = gzipSize(
		await page.evaluate(() => document.querySelector('main')?.innerText ?? ''),
	);
	const requests = (await Promise.all(pending)).filter((r): r is WeighedRequest => r !== undefined);
	await context.close();
	const initial = emptyWeights();
	const afterLoad = emptyWeights();
	for (const request of requests) {
		(request.afterLoad ? afterLoad : initial)[request.kind] += request.gzipBytes;
	}
	const sum = (weights: WeightByKind): number => Object.values(weights).reduce((a, b) => a + b, 0);
	return {
		url,
		initial,
		initialTotal: sum(initial),
		afterLoad,
		afterLoadTotal: sum(afterLoad),
		floor,
		requests,
	};
}
