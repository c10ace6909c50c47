// `npm test`: every check, in order, stopping at the first failure. Each step prints its own
// output; the last line counts the tests that ran, in the form CI systems read. Steps that share
// nothing and each keep one core busy run two at a time (`with`: formatting beside lint, the
// content lint beside the type check, the language tests beside the build); their output is held
// and printed whole, in order, so the log reads as if they had run one after the other.
import { spawn } from 'node:child_process';
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
	/**
	 * Runs at the same time as the step after it. Only for steps that write nothing the other reads
	 * (`astro sync`, which lint and the type check both run, writes .astro/: never pair those two).
	 */
	with?: 'next';
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
	{ name: 'formatting', command: ['npx', 'prettier', '--check', '.'], with: 'next' },
	{ name: 'lint', command: ['npm', 'run', 'lint'] },
	{
		name: 'type check',
		command: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'],
		with: 'next',
	},
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
		with: 'next',
	},
	{ name: 'test build', command: ['node', 'scripts/build-test-site.ts'] },
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

/** How one step ended: its exit status, its time, and its output if it was held. */
interface Outcome {
	status: number | null;
	signal: NodeJS.Signals | null;
	seconds: number;
	output?: string;
}

/**
 * Runs one step. Alone, its output goes straight to the terminal; beside another step, its
 * stdout and stderr are held, in the order written, for printing once it ends.
 */
function runStep(step: Step, env: NodeJS.ProcessEnv, hold: boolean): Promise<Outcome> {
	const started = Date.now();
	const [command, ...args] = step.command;
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: hold ? 'pipe' : 'inherit', env });
		const chunks: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
		const end = (status: number | null, signal: NodeJS.Signals | null): void =>
			resolve({
				status,
				signal,
				seconds: (Date.now() - started) / 1000,
				...(hold ? { output: Buffer.concat(chunks).toString('utf8') } : {}),
			});
		child.on('error', (error) => {
			chunks.push(Buffer.from(`${error.message}\n`));
			end(1, null);
		});
		child.on('close', end);
	});
}

/** The steps in the order they run, each group being one step or two that run together. */
function groups(all: readonly Step[]): Step[][] {
	const result: Step[][] = [];
	for (let index = 0; index < all.length; index++) {
		const step = all[index];
		const next = all[index + 1];
		if (!step) continue;
		if (step.with === 'next' && next) {
			result.push([step, next]);
			index++;
		} else result.push([step]);
	}
	return result;
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const passedSteps: string[] = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const group of groups(steps)) {
	const env = { ...process.env };
	try {
		if (group.some((step) => step.needsBrowser)) {
			env['CHROME_PATH'] = ensureChromium();
			console.log(`Using Chromium at ${env['CHROME_PATH']}`);
		}
		if (group.some((step) => step.needsJava)) console.log(`Using Java at ${ensureJava()}`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
	const hold = group.length > 1;
	if (!hold) console.log(`\n=== ${group[0]?.name}: ${group[0]?.command.join(' ')}`);
	const outcomes = await Promise.all(group.map((step) => runStep(step, env, hold)));
	const failed: { step: Step; outcome: Outcome }[] = [];
	for (const [index, step] of group.entries()) {
		const outcome = outcomes[index];
		if (!outcome) continue;
		if (hold) {
			const beside = group.filter((other) => other !== step).map((other) => other.name);
			console.log(
				`\n=== ${step.name}: ${step.command.join(' ')} (ran beside ${beside.join(', ')})`,
			);
			process.stdout.write(outcome.output ?? '');
		}
		if (step.results) {
			const counts = countTests(step.results);
			totals.passed += counts.passed;
			totals.failed += counts.failed;
			totals.skipped += counts.skipped;
		}
		if (outcome.status === 0) passedSteps.push(`${step.name} (${outcome.seconds.toFixed(0)} s)`);
		else failed.push({ step, outcome });
	}
	// Every step of the group has printed its output; each failure is named, the first one's code kept.
	if (failed.length > 0) {
		for (const { step, outcome } of failed) {
			console.error(`\n✗ ${step.name} failed (exit ${outcome.status ?? outcome.signal}).`);
		}
		console.error(`Steps passed: ${passedSteps.join(', ') || 'none'}.`);
		console.log(`Tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
		process.exit(failed[0]?.outcome.status ?? 1);
	}
}
console.log(`\n✓ All checks passed: ${passedSteps.join(', ')}.`);
console.log(
	`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
