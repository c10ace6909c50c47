// `npm run bench:sql` (after `npm run build`): what the first Run of an SQL exercise costs in
// Chromium. Prints the page's own weight, the bytes fetched on the first Run (as stored and
// gzipped) and the time from the click to the first result, then the same for a second Run.
// A measurement, not a test: the times depend on the machine and its load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, requireBuiltSite } from '../harness/built-site.ts';
import { launchChromium } from '../harness/chromium.ts';
import { gzipSize, measurePageWeight } from '../harness/page-weight.ts';
import { serveStatic } from '../harness/static-server.ts';
import { renderTable } from './table.ts';

const path = 'databases/sql-exercises/';
const exerciseId = 'riders-without-trips';
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? '3');

requireBuiltSite(distDir);
const solution = readFileSync(
	join(process.cwd(), 'src/reference/sql/exercises', `${exerciseId}.sql`),
	'utf8',
);
const server = await serveStatic(distDir);
const browser = await launchChromium();
try {
	const weight = await measurePageWeight(browser, `${server.url}${path}`);
	console.log(
		`/${path} before any Run: HTML ${weight.initial.html.toLocaleString('en')} B, CSS ${weight.initial.css.toLocaleString('en')} B, JS ${weight.initial.js.toLocaleString('en')} B (gzip, fetched by load)`,
	);
	const rows: string[][] = [];
	for (let i = 1; i <= runs; i++) {
		// A fresh context each time: an empty cache, as a first visit.
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		const bodies: Promise<Buffer>[] = [];
		page.on('response', (response) => {
			bodies.push(response.body().catch(() => Buffer.alloc(0)));
		});
		const exercise = page.locator(`[data-sql-exercise="${exerciseId}"]`);
		await exercise.getByLabel('Your query').fill(solution);
		const timed = async (): Promise<number> => {
			const started = performance.now();
			await exercise.getByRole('button', { name: 'Run' }).click();
			await exercise.locator('.sql-verdict').waitFor({ timeout: 180_000 });
			return performance.now() - started;
		};
		const first = await timed();
		const files = await Promise.all(bodies);
		await exercise.locator('[data-sql-output]').evaluate((output) => output.replaceChildren());
		const second = await timed();
		rows.push([
			String(i),
			files.reduce((sum, body) => sum + body.length, 0).toLocaleString('en'),
			files.reduce((sum, body) => sum + gzipSize(body), 0).toLocaleString('en'),
			`${(first / 1000).toFixed(2)} s`,
			`${second.toFixed(0)} ms`,
		]);
		await context.close();
	}
	console.log(
		renderTable(
			['run', 'bytes fetched on first Run', 'gzip', 'first Run to result', 'second Run'],
			rows,
		),
	);
} finally {
	await browser.close();
	await server.close();
}
