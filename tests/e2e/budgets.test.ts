// Page-weight budgets: gzip bytes of HTML, CSS and JS per page type, against tests/e2e/budgets.json.
// Sizes only, never times (times belong to `npm run bench`, which weighs pages with the same code).
// That /system-design/ loads no diagram JavaScript is asserted in diagrams.test.ts, not here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBudgetExcesses, type PageBudgets } from '../../scripts/harness/budget-check.ts';
import { distDir, listBuiltPages } from '../../scripts/harness/built-site.ts';
import { measurePageWeight } from '../../scripts/harness/page-weight.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const budgets = JSON.parse(
	readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'),
) as PageBudgets;

test('budgets the page types the bench measures, plus the 404 and a page with code', () => {
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

for (const [path, budget] of Object.entries(budgets.pages)) {
	test(`keeps /${path} within its HTML, CSS and JS budgets`, async ({ browser, site }) => {
		const weight = await measurePageWeight(browser, `${site.url}${path}`);
		expect(weight.initial.html, `/${path} loaded no HTML`).toBeGreaterThan(0);
		expect(findBudgetExcesses(`/${path}`, weight, budget)).toEqual([]);
	});
}

// Every page of the question bank, one per section with questions: the list grows with the bank.
const bankPages = listBuiltPages().filter(
	(path) => /^practice\/[^/]+\/$/.test(path) && isBankPage(path),
);

function isBankPage(path: string): boolean {
	return readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('data-bank-item');
}

test('finds a bank page for every section with questions, and has a budget for them', () => {
	expect(budgets.bankPages).toBeDefined();
	expect(bankPages.length).toBeGreaterThan(5);
	expect(bankPages).toContain('practice/databases/');
});

for (const path of bankPages) {
	test(`keeps the bank page /${path} within the bank pages' budgets`, async ({ browser, site }) => {
		const weight = await measurePageWeight(browser, `${site.url}${path}`);
		expect(weight.initial.html, `/${path} loaded no HTML`).toBeGreaterThan(0);
		const budget = budgets.bankPages ?? { html: 0, css: 0, js: 0 };
		expect(findBudgetExcesses(`/${path}`, weight, budget)).toEqual([]);
	});
}
