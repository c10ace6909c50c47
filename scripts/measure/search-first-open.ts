// Prints what the search costs a reader on a reading page: the gzip JS fetched by network idle
// (budgeted in tests/e2e/budgets.json) and, on first open, the delay from the click on the search
// button to the search input being ready and to the first result of a query. Times are printed,
// never asserted. Usage: `node scripts/measure/search-first-open.ts [dist-dir] [page] [query]`.
import { join } from 'node:path';
import { launchChromium } from '../harness/chromium.ts';
import { measurePageWeight } from '../harness/page-weight.ts';
import { serveStatic } from '../harness/static-server.ts';

const [dir = join(process.cwd(), 'dist'), path = 'api-design/rate-limiting/', query = 'sharding'] =
	process.argv.slice(2);
const input = '#starlight__search input.pagefind-ui__search-input';
const server = await serveStatic(dir);
const browser = await launchChromium();
try {
	const weight = await measurePageWeight(browser, `${server.url}${path}`);
	const jsFiles = weight.requests.filter((request) => request.kind === 'js');
	console.log(
		`/${path}: ${(weight.initial.js + weight.afterLoad.js).toLocaleString('en')} B gzip JS by network idle, ${jsFiles.length} files`,
	);
	for (const file of jsFiles)
		console.log(`  ${file.gzipBytes.toLocaleString('en').padStart(7)} B  ${file.url}`);

	for (let run = 1; run <= 3; run += 1) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		const button = page.locator('button[data-open-modal]');
		// A click with no hover first, as a tap or a scripted click gives no earlier intent.
		const started = Date.now();
		await button.dispatchEvent('click');
		await page.locator(input).waitFor({ state: 'visible' });
		const inputReady = Date.now() - started;
		await page.locator(input).fill(query);
		await page.locator('#starlight__search .pagefind-ui__result').first().waitFor();
		const firstResult = Date.now() - started;
		console.log(
			`first open, run ${run}: input ready after ${inputReady} ms, first result for "${query}" after ${firstResult} ms (typing included)`,
		);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
