// Page-weight budgets: gzip bytes of HTML, CSS and JS per page type, against tests/e2e/budgets.json.
// Sizes only, never times (times belong to `npm run bench`, which weighs pages with the same code).
// That /system-design/ loads no diagram JavaScript is asserted in diagrams.test.ts, not here.
import { readFileSync } from 'node:fs';
import { findBudgetExcesses, type PageBudgets } from '../../scripts/harness/budget-check.ts';
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
