import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	launchBrowser,
	openWatchedPage,
	type TestBrowser,
	type WatchedPage,
} from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, requireBuiltSite } from './support/site.ts';
import { readFileSync } from 'node:fs';
import { builtContentSecurityPolicy, headersFromBuild } from './support/headers.ts';
import { cspInNginx, cspInVercel, deployConfigFiles } from '../../src/deploy/deploy-config-csp.ts';

// The built site served with the headers from its own dist/_headers, as Netlify or Cloudflare
// Pages would send them: every page type must run without a single CSP violation.
let server: StaticServer;
let chromium: TestBrowser;

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir, '/', headersFromBuild());
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

/** Opens a page that records every CSP violation event and CSP console message. */
async function openRecordingPage(): Promise<{
	watched: WatchedPage;
	violations: () => Promise<string[]>;
}> {
	const watched = await openWatchedPage(chromium.browser);
	const consoleReports: string[] = [];
	watched.page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(message.text());
	});
	await watched.context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
			);
		});
	});
	const violations = async (): Promise<string[]> => [
		...(await watched.page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations,
		)),
		...consoleReports,
	];
	return { watched, violations };
}

/** Visits a path, lets its scripts run, and returns the CSP violations seen. */
async function visit(
	path: string,
	interact: (page: Page) => Promise<void> = async () => {},
): Promise<string[]> {
	const { watched, violations } = await openRecordingPage();
	// Long enough for /print/, the whole handbook on one page, on a busy machine.
	const response = await watched.page.goto(`${server.url}${path}`, {
		waitUntil: 'networkidle',
		timeout: 300_000,
	});
	expect(response?.headers()['content-security-policy'], `no CSP header on /${path}`).toContain(
		"script-src 'self'",
	);
	await interact(watched.page);
	const found = await violations();
	await watched.context.close();
	return found;
}

describe('Content-Security-Policy from dist/_headers', () => {
	it('is enforced: an injected inline script is blocked and reported', async () => {
		const { watched, violations } = await openRecordingPage();
		await watched.page.goto(server.url, { waitUntil: 'networkidle' });
		const ran = await watched.page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.injectedRan = true;';
			document.body.append(script);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
		});
		expect(ran).toBe(false);
		expect((await violations()).join('\n')).toContain('script-src');
		await watched.context.close();
	});

	it.each([
		['the home page', ''],
		['a topic page with diagrams and code', 'api-design/rate-limiting/'],
		['the practice page', 'practice/'],
		['a landscape page', 'landscape/compensation/'],
		['the print edition', 'print/'],
	])(
		'%s runs with no violation, theme switch included',
		{ timeout: 600_000 },
		async (_name, path) => {
			const found = await visit(path, async (page) => {
				await page.locator('starlight-theme-select select').first().selectOption('dark');
				await page.locator('starlight-theme-select select').first().selectOption('light');
			});
			expect(found).toEqual([]);
		},
	);

	it('the 404 page runs with no violation', async () => {
		expect(await visit('no-such-page/')).toEqual([]);
	});

	it('search opens, loads its WebAssembly index and shows results with no violation', async () => {
		const found = await visit('coding/', async (page) => {
			await page.locator('button[data-open-modal]').click();
			await page.locator('#starlight__search input.pagefind-ui__search-input').fill('idempotency');
			await page
				.locator('#starlight__search .pagefind-ui__result')
				.first()
				.waitFor({ timeout: 15_000 });
		});
		expect(found).toEqual([]);
	});

	it('is the same in the committed nginx and Vercel configurations (else run `npm run csp -- --write`)', () => {
		const built = builtContentSecurityPolicy();
		expect(cspInNginx(readFileSync(deployConfigFiles.nginx, 'utf8')), deployConfigFiles.nginx).toBe(
			built,
		);
		expect(
			cspInVercel(readFileSync(deployConfigFiles.vercel, 'utf8')),
			deployConfigFiles.vercel,
		).toBe(built);
	});
});
