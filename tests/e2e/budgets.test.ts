// Page-weight budgets: gzip bytes of HTML, CSS and JS per page type, against tests/e2e/budgets.json.
// Sizes only, never times (times belong to `npm run bench`, which shares this measuring code).
// That /system-design/ loads no diagram JavaScript is asserted in diagrams.test.ts, not here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { distDir, requireBuiltSite } from './support/site.ts';
import { measurePageWeight, type PageWeight } from '../../scripts/measure/page-weight.ts';
import { findBudgetExcesses, type PageBudgets } from '../../scripts/measure/budget-check.ts';

const budgets = JSON.parse(
	readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'),
) as PageBudgets;

let server: StaticServer;
let chromium: TestBrowser;

beforeAll(async () => {
	requireBuiltSite();
	server = await serveStatic(distDir);
	chromium = await launchBrowser();
});

afterAll(async () => {
	await chromium?.close();
	await server?.close();
});

describe('page-weight budgets (gzip bytes, tests/e2e/budgets.json)', () => {
	it('budgets the page types the bench measures, plus the 404 and a page with code', () => {
		expect(Object.keys(budgets.pages)).toEqual(
			expect.arrayContaining([
				'',
				'system-design/',
				'practice/',
				'landscape/compensation/',
				'does-not-exist/',
				'api-design/rate-limiting/',
			]),
		);
	});

	it.each(Object.keys(budgets.pages))(
		'keeps /%s within its HTML, CSS and JS budgets',
		async (path) => {
			const weight: PageWeight = await measurePageWeight(chromium.browser, `${server.url}${path}`);
			expect(weight.initial.html, `/${path} loaded no HTML`).toBeGreaterThan(0);
			expect(findBudgetExcesses(`/${path}`, weight, budgets.pages[path]!)).toEqual([]);
		},
	);
});
