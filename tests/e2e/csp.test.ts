// The test build served with the headers from its own _headers file (dist-test/_headers), as
// Netlify or Cloudflare Pages would send them: every page type must run without a single CSP
// violation.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cspInNginx, cspInVercel, deployConfigFiles } from '../../src/deploy/deploy-config-csp.ts';
import { expect, test as base } from './fixtures.ts';
import { recordCspViolations } from './support/csp-violations.ts';
import { builtContentSecurityPolicy } from './support/headers.ts';

const test = base.extend<{ cspViolations: () => Promise<string[]> }>({
	baseURL: async ({ siteWithHeaders }, use) => use(siteWithHeaders.url),
	cspViolations: async ({ page }, use) => use(await recordCspViolations(page)),
});

test.describe.configure({ mode: 'parallel' });

/** Opens a path, checks it was sent with the policy, and lets its scripts load and run. */
async function open(page: Page, path: string): Promise<void> {
	const response = await page.goto(path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	expect(response?.headers()['content-security-policy'], `no CSP header on /${path}`).toContain(
		"script-src 'self'",
	);
}

test('is enforced: an injected inline script is blocked and reported', async ({
	page,
	cspViolations,
}) => {
	await open(page, '');
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.injectedRan = true;';
		document.body.append(script);
		await new Promise((resolve) => setTimeout(resolve, 100));
		return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
	});
	expect(ran).toBe(false);
	await expect.poll(async () => (await cspViolations()).join('\n')).toContain('script-src');
});

// Between them these pages load every script the print edition does; the print edition itself, the
// whole handbook on one page, is checked on a small handbook (builds/small-handbook.test.ts).
for (const [name, path] of [
	['the home page', ''],
	['a topic page with diagrams, code and the token bucket explorer', 'api-design/rate-limiting/'],
	['the page with the envelope calculator', 'system-design/interview-framework/'],
	['the page with a diagram drawn in the browser', 'contributing/diagrams/'],
	['the practice page, whose flashcards fetch a card file', 'practice/'],
	['a question bank page with its filters', 'practice/databases/'],
	['a landscape page', 'landscape/compensation/'],
] as const) {
	test(`${name} runs with no violation, theme switch included`, async ({ page, cspViolations }) => {
		await open(page, path);
		// Mermaid draws the pie chart after the page loads: wait until it has, under the policy.
		const pie = page.locator('figure[data-diagram="pie"]');
		if ((await pie.count()) > 0) {
			await expect(pie).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
		}
		const themeSelect = page.locator('starlight-theme-select select').first();
		await themeSelect.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await themeSelect.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await cspViolations()).toEqual([]);
	});
}

test('the 404 page runs with no violation', async ({ page, cspViolations }) => {
	await open(page, 'no-such-page/');
	await expect(page.locator('h1').first()).toHaveText(/not found/i);
	expect(await cspViolations()).toEqual([]);
});

test('search opens, loads its WebAssembly index and shows results with no violation', async ({
	page,
	cspViolations,
}) => {
	await open(page, 'coding/');
	await page.locator('button[data-open-modal]').click();
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill('idempotency');
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({
		timeout: 15_000,
	});
	expect(await cspViolations()).toEqual([]);
});

// The policy does not depend on the base path or SITE_URL: the one in dist-test/ is the one
// `npm run build` writes to dist/, which `npm run csp -- --write` reads.
test('is the same in the committed nginx and Vercel configurations (else run `npm run build`, then `npm run csp -- --write`)', () => {
	const built = builtContentSecurityPolicy();
	expect(cspInNginx(readFileSync(deployConfigFiles.nginx, 'utf8')), deployConfigFiles.nginx).toBe(
		built,
	);
	expect(
		cspInVercel(readFileSync(deployConfigFiles.vercel, 'utf8')),
		deployConfigFiles.vercel,
	).toBe(built);
});
