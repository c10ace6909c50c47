// `npm test`: every check, in order, stopping at the first failure. Each step prints its own
// output; the last line counts the tests that ran, in the form CI systems read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './harness/chromium.ts';
import { ensureJava } from './harness/java.ts';

// Both runners write a JSON report here: Vitest as told below, Playwright as playwright.config.ts says.
const resultsDir = join('node_modules', '.cache', 'test-results');
/** One step of the run: a command, and the name of the test report it writes, if any. */
interface Step {
	name: string;
	command: [string, ...string[]];
	results?: string;
	needsBrowser?: boolean;
	/** The markup check (tests/e2e/markup.test.ts) runs the Nu HTML Checker on Java. */
	needsJava?: boolean;
}

const unitTests: Step['command'] = [
	'npx',
	'vitest',
	'run',
	'--project',
	'unit',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${join(resultsDir, 'unit.json')}`,
];

const steps: Step[] = [
	{ name: 'lockfile', command: ['node', 'scripts/check-lockfile.ts'] },
	{ name: 'formatting', command: ['npx', 'prettier', '--check', '.'] },
	{ name: 'lint', command: ['npm', 'run', 'lint'] },
	{ name: 'type check', command: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'] },
	{ name: 'content lint', command: ['node', 'scripts/lint-content.ts'] },
	{ name: 'unit tests', command: unitTests, results: 'unit' },
	{
		name: 'language tests',
		command: [
			'node',
			'scripts/run-language-tests.ts',
			`--json=${join(resultsDir, 'languages.json')}`,
		],
		results: 'languages',
	},
	{ name: 'production build', command: ['npx', 'astro', 'build'] },
	{
		name: 'browser tests',
		command: ['npx', 'playwright', 'test'],
		results: 'e2e',
		needsBrowser: true,
		needsJava: true,
	},
];

/** The fields of a test report read here: Playwright's `stats`, or Vitest's `num*Tests`. */
interface TestReport {
	stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
	numPassedTests?: number;
	numFailedTests?: number;
	numPendingTests?: number;
}

interface TestCounts {
	passed: number;
	failed: number;
	skipped: number;
}

/**
 * Passed, failed and skipped test counts from a Vitest or Playwright JSON report (`report` is its
 * name in the results folder), or zeros if the runner wrote none. A test that passed only on a
 * retry counts as failed: the suite has no retries.
 */
function countTests(report: string): TestCounts {
	try {
		const json = JSON.parse(readFileSync(join(resultsDir, `${report}.json`), 'utf8')) as TestReport;
		if (json.stats) {
			return {
				passed: json.stats.expected ?? 0,
				failed: (json.stats.unexpected ?? 0) + (json.stats.flaky ?? 0),
				skipped: json.stats.skipped ?? 0,
			};
		}
		return {
			passed: json.numPassedTests ?? 0,
			failed: json.numFailedTests ?? 0,
			skipped: json.numPendingTests ?? 0,
		};
	} catch {
		return { passed: 0, failed: 0, skipped: 0 };
	}
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const passedSteps: string[] = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
	console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
	const env = { ...process.env };
	try {
		if (step.needsBrowser) {
			env['CHROME_PATH'] = ensureChromium();
			console.log(`Using Chromium at ${env['CHROME_PATH']}`);
		}
		if (step.needsJava) console.log(`Using Java at ${ensureJava()}`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
	const started = Date.now();
	const [command, ...args] = step.command;
	const result = spawnSync(command, args, { stdio: 'inherit', env });
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
