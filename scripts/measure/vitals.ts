import type { Browser } from 'playwright-core';
import { percentile } from './search-cost.ts';

/** Largest contentful paint, cumulative layout shift and total blocking time of one page. */
export interface Vitals {
	lcpMs: number;
	cls: number;
	tbtMs: number;
}

/** Lighthouse's mobile preset: 150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU slowed 4x. */
export const slowPhone = {
	latencyMs: 150,
	downloadBitsPerSecond: 1.6 * 1024 * 1024,
	uploadBitsPerSecond: 750 * 1024,
	cpuSlowdown: 4,
	viewport: { width: 412, height: 823 },
};

/** How long after the load event long tasks still count towards blocking time. */
const settleMs = 5000;

// Runs before any page script: buffered observers for paint, LCP, layout shifts and long tasks.
const observerScript = `
window.__vitals = { lcp: 0, cls: 0, fcp: 0, longTasks: [] };
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) window.__vitals.lcp = entry.startTime;
}).observe({ type: 'largest-contentful-paint', buffered: true });
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__vitals.cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__vitals.fcp = entry.startTime;
}).observe({ type: 'paint', buffered: true });
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) window.__vitals.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
`;

/** One cold load of `url` on an emulated slow phone. A lab measurement in the spirit of Lighthouse. */
async function measureOnce(browser: Browser, url: string): Promise<Vitals> {
	const context = await browser.newContext({
		viewport: slowPhone.viewport,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 1.75,
	});
	const page = await context.newPage();
	await page.addInitScript(observerScript);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: slowPhone.latencyMs,
		downloadThroughput: slowPhone.downloadBitsPerSecond / 8,
		uploadThroughput: slowPhone.uploadBitsPerSecond / 8,
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowPhone.cpuSlowdown });
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	await page.waitForTimeout(settleMs);
	const raw = await page.evaluate<{
		lcp: number;
		cls: number;
		fcp: number;
		loadEnd: number;
		longTasks: { start: number; duration: number }[];
	}>(`({
		...window.__vitals,
		loadEnd: performance.getEntriesByType('navigation')[0].loadEventEnd,
	})`);
	await context.close();
	const tbt = raw.longTasks
		.filter((task) => task.start >= raw.fcp && task.start <= raw.loadEnd + settleMs)
		.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
	return { lcpMs: raw.lcp, cls: raw.cls, tbtMs: tbt };
}

/** The median of `runs` cold loads, each metric's median taken on its own. */
export async function measureVitals(
	browser: Browser,
	url: string,
	runs = 3,
): Promise<Vitals & { runs: Vitals[] }> {
	const samples: Vitals[] = [];
	for (let i = 0; i < runs; i++) samples.push(await measureOnce(browser, url));
	const median = (pick: (v: Vitals) => number): number =>
		percentile(
			samples.map(pick).sort((a, b) => a - b),
			0.5,
		);
	return {
		lcpMs: median((v) => v.lcpMs),
		cls: median((v) => v.cls),
		tbtMs: median((v) => v.tbtMs),
		runs: samples,
	};
}
