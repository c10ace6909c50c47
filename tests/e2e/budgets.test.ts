// Page-weight budgets: gzip bytes of HTML, CSS and JS per page type, against tests/e2e/budgets.json.
// Sizes only, never times (times belong to `npm run bench`, which weighs pages with the same code).
// That /system-design/ loads no diagram JavaScript is asserted in diagrams.test.ts, not here.
// The full-screen diagram view, fetched only on a click, has its own JS budget (diagramDialog).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBudgetExcesses, type PageBudgets } from '../../scripts/harness/budget-check.ts';
import { testBuild, listBuiltPages } from '../../scripts/harness/built-site.ts';
import { gzipSize, measurePageWeight } from '../../scripts/harness/page-weight.ts';
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
const bankPages = listBuiltPages(testBuild.dir).filter(
	(path) => /^practice\/[^/]+\/$/.test(path) && isBankPage(path),
);

function isBankPage(path: string): boolean {
	return readFileSync(join(testBuild.dir, path, 'index.html'), 'utf8').includes('data-bank-item');
}

test('finds a bank page for every section with questions, and has a budget for them', () => {
	expect(budgets.bankPages).toBeDefined();
	expect(bankPages.length).toBeGreaterThan(5);
	expect(bankPages).toContain('practice/databases/');
});

// Measured four at a time in one test: most of a measurement is waiting for the network to go
// quiet (idle prefetches count apart), and the waits overlap. Each page is weighed in its own
// fresh context, as one at a time would; a page over budget is named in the failure.
test("keeps every bank page within the bank pages' budgets", async ({ browser, site }) => {
	test.setTimeout(120_000);
	const budget = budgets.bankPages ?? { html: 0, css: 0, js: 0 };
	const queue = [...bankPages];
	const problems: string[] = [];
	const measureNext = async (): Promise<void> => {
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			const weight = await measurePageWeight(browser, `${site.url}${path}`);
			if (weight.initial.html === 0) problems.push(`/${path} loaded no HTML`);
			problems.push(...findBudgetExcesses(`/${path}`, weight, budget));
		}
	};
	await Promise.all([measureNext(), measureNext(), measureNext(), measureNext()]);
	expect(queue).toEqual([]);
	expect(problems).toEqual([]);
});

test('keeps the full-screen diagram view, fetched on the click, within its JS budget', async ({
	page,
	context,
}) => {
	const { page: path, js: budget } = budgets.diagramDialog;
	// What the page fetches on its own, given time (the search UI is prefetched when idle): not
	// the view's to pay for, whenever it happens to arrive.
	const control = await context.newPage();
	const ownScripts = new Set<string>();
	control.on('request', (request) => {
		if (request.resourceType() === 'script') ownScripts.add(request.url());
	});
	await control.goto(path, { waitUntil: 'networkidle' });
	await control.waitForTimeout(2000);
	await control.close();

	await page.goto(path, { waitUntil: 'networkidle' });
	const fetched = new Map<string, Promise<number>>();
	page.on('response', (response) => {
		const url = response.url();
		if (response.request().resourceType() === 'script' && !ownScripts.has(url))
			fetched.set(url, response.body().then(gzipSize));
	});
	await page.locator('.diagram-expand').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(fetched.values());
	expect(
		sizes.length,
		'the click fetched no script: is the view still loaded lazily?',
	).toBeGreaterThan(0);
	const bytes = sizes.reduce((sum, size) => sum + size, 0);
	expect(
		bytes,
		`the full-screen diagram view (${[...fetched.keys()].join(', ')}) is ${bytes.toLocaleString('en')} B gzip, budget ${budget.toLocaleString('en')} B (tests/e2e/budgets.json, diagramDialog)`,
	).toBeLessThanOrEqual(budget);
});
