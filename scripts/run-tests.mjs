// `npm test`: every check, in order, stopping at the first failure. Each step prints its own
// output; the last line counts the tests that ran, in the form CI systems read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';

const resultsDir = join('node_modules', '.cache', 'test-results');
const vitest = (project) => [
	'npx',
	'vitest',
	'run',
	'--project',
	project,
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${join(resultsDir, `${project}.json`)}`,
];

const steps = [
	{ name: 'formatting', command: ['npx', 'prettier', '--check', '.'] },
	{ name: 'lint', command: ['npm', 'run', 'lint'] },
	{ name: 'type check', command: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'] },
	{ name: 'content lint', command: ['node', 'scripts/lint-content.ts'] },
	{ name: 'unit tests', command: vitest('unit'), results: 'unit' },
	{ name: 'production build', command: ['npx', 'astro', 'build'] },
	{ name: 'browser tests', command: vitest('e2e'), results: 'e2e', needsBrowser: true },
];

/** Passed and failed test counts from a Vitest JSON report, or zeros if it wrote none. */
function countTests(project) {
	try {
		const report = JSON.parse(readFileSync(join(resultsDir, `${project}.json`), 'utf8'));
		return {
			passed: report.numPassedTests ?? 0,
			failed: report.numFailedTests ?? 0,
			skipped: report.numPendingTests ?? 0,
		};
	} catch {
		return { passed: 0, failed: 0, skipped: 0 };
	}
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const passedSteps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
	console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
	const env = { ...process.env };
	if (step.needsBrowser) {
		try {
			env.CHROME_PATH = await ensureBrowser();
			console.log(`Using Chromium at ${env.CHROME_PATH}`);
		} catch (error) {
			console.error(error instanceof Error ? error.message : String(error));
			process.exit(1);
		}
	}
	const started = Date.now();
	const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env });
	if (step.results) {
		const counts = countTests(step.results);
		totals.passed += counts.passed;
		totals.failed += counts.failed;
		totals.skipped += counts.skipped;
	}
	if (result.status !== 0) {
		console.error(
			`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}). Steps passed: ${passedSteps.join(', ') || 'none'}.`,
		);
		console.log(`Tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
		process.exit(result.status ?? 1);
	}
	passedSteps.push(`${step.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`\n✓ All checks passed: ${passedSteps.join(', ')}.`);
console.log(
	`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
