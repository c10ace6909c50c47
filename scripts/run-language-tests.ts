// `npm run test:languages`: the tests of the Python, Go and Java reference code, each run with its
// own language's tools, as CONTRIBUTING.md ("Code on a page") describes. Prints each language's
// counts and time, and fails naming the language and the failed tests. Compiled output goes to
// build/ (git-ignored), so the working tree stays clean.
//
//   npm run test:languages                  all three
//   npm run test:languages -- go java       some of them
//   npm run test:languages -- --json=FILE   also write the counts as a Vitest-style JSON report
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	cCompiler,
	ensureTool,
	go,
	javaBeside,
	javac,
	junitConsole,
	python,
} from './harness/language-toolchains.ts';
import {
	parseGoTestJson,
	parseJunitXml,
	parseUnittestOutput,
	type TestResults,
} from './language-tests/test-results.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = join(root, 'build');

/** Where each language's code and tests live (the contract in CONTRIBUTING.md). */
const paths = {
	pythonCode: 'src/reference/python',
	pythonTests: 'tests/python',
	goModule: 'src/reference/go',
	javaCode: 'src/reference/java',
	javaTests: 'tests/java',
} as const;

/** A run of one language: its results, or the reason it could not run. */
interface LanguageRun extends TestResults {
	language: string;
	seconds: number;
	/** Set when the tests could not run at all (no toolchain, compile error, no tests found). */
	error?: string;
}

/** Runs a command in `cwd`, its output shown as it comes; returns its exit status. */
function run(command: string, args: string[], options: SpawnSyncOptions = {}): number {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
	if (result.error) throw result.error;
	return result.status ?? 1;
}

/** Runs a command and returns what it printed (stdout and stderr), showing it as well. */
function capture(
	command: string,
	args: string[],
	options: SpawnSyncOptions = {},
): { status: number; stdout: string; stderr: string } {
	const result = spawnSync(command, args, {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
	if (result.error) throw result.error;
	return {
		status: result.status ?? 1,
		stdout: String(result.stdout ?? ''),
		stderr: String(result.stderr ?? ''),
	};
}

/** Every file under `dir` (from the root) whose name ends with `extension`, sorted. */
function filesUnder(dir: string, extension: string): string[] {
	const absolute = join(root, dir);
	if (!existsSync(absolute)) return [];
	return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(extension))
		.map((name) => join(dir, name))
		.sort();
}

const noTests = (where: string): never => {
	throw new Error(`found no tests under ${where}; every reference file needs its tests there.`);
};

function runPython(): TestResults {
	const interpreter = ensureTool(python);
	if (filesUnder(paths.pythonTests, '.py').length === 0) noTests(paths.pythonTests);
	const result = capture(
		interpreter,
		['-m', 'unittest', 'discover', '-s', paths.pythonTests, '-t', paths.pythonTests],
		{
			env: {
				...process.env,
				PYTHONPATH: paths.pythonCode,
				// Bytecode caches go to build/, not into __pycache__ folders beside the code.
				PYTHONPYCACHEPREFIX: join(build, 'python', 'pycache'),
			},
		},
	);
	process.stderr.write(result.stderr);
	process.stdout.write(result.stdout);
	const results = parseUnittestOutput(result.stderr);
	if (results.passed + results.failed === 0) noTests(paths.pythonTests);
	if (result.status !== 0 && results.failed === 0) {
		throw new Error(`unittest exited with ${result.status} (see its output above).`);
	}
	return results;
}

function runGo(): TestResults {
	const goTool = ensureTool(go);
	// The race detector builds with cgo, which calls the C compiler named by CC.
	const env = {
		...process.env,
		CC: ensureTool(cCompiler),
		// Standard library only, and never a toolchain download: nothing is fetched.
		GOPROXY: 'off',
		GOTOOLCHAIN: 'local',
	};
	const cwd = join(root, paths.goModule);
	if (!existsSync(join(cwd, 'go.mod'))) {
		throw new Error(`${paths.goModule}/go.mod is missing; it declares \`module reference\`.`);
	}
	if (run(goTool, ['vet', './...'], { cwd, env }) !== 0) {
		throw new Error('go vet reported the problems above; fix them first.');
	}
	const result = capture(goTool, ['test', '-race', '-count=1', '-json', './...'], { cwd, env });
	process.stderr.write(result.stderr);
	const results = parseGoTestJson(result.stdout);
	for (const line of results.packageLines) console.log(line);
	if (results.failureOutput) process.stdout.write(`\n${results.failureOutput}`);
	if (results.passed + results.failed === 0) noTests(paths.goModule);
	if (result.status !== 0 && results.failed === 0) {
		throw new Error(`go test exited with ${result.status} (see its output above).`);
	}
	return results;
}

function runJava(): TestResults {
	const compiler = ensureTool(javac);
	const junit = ensureTool(junitConsole());
	const out = join(build, 'java');
	// A class deleted from the sources must not linger from an earlier run.
	rmSync(out, { recursive: true, force: true });
	const classes = join(out, 'classes');
	const testClasses = join(out, 'test-classes');
	const reports = join(out, 'reports');
	const sources = filesUnder(paths.javaCode, '.java');
	const tests = filesUnder(paths.javaTests, '.java');
	if (tests.length === 0) noTests(paths.javaTests);
	// The compiler runs for seconds: the quick JIT tier alone starts it about twice as fast.
	const javacArgs = [
		'-J-XX:TieredStopAtLevel=1',
		'--release',
		'17',
		'-encoding',
		'UTF-8',
		'-Xlint:all,-serial',
	];
	if (run(compiler, [...javacArgs, '-d', classes, ...sources]) !== 0) {
		throw new Error(`javac could not compile ${paths.javaCode} (errors above).`);
	}
	const testPath = [classes, junit].join(delimiter);
	if (run(compiler, [...javacArgs, '-d', testClasses, '-cp', testPath, ...tests]) !== 0) {
		throw new Error(`javac could not compile ${paths.javaTests} (errors above).`);
	}
	mkdirSync(reports, { recursive: true });
	const status = run(javaBeside(compiler), [
		'-jar',
		junit,
		'-cp',
		[classes, testClasses].join(delimiter),
		'--scan-class-path',
		'--fail-if-no-tests',
		'--disable-banner',
		...(process.stdout.isTTY ? [] : ['--disable-ansi-colors']),
		'--details=summary',
		'--reports-dir',
		reports,
	]);
	const results = parseJunitXml(
		readdirSync(reports)
			.filter((name) => name.endsWith('.xml'))
			.map((name) => readFileSync(join(reports, name), 'utf8')),
	);
	if (results.passed + results.failed === 0) noTests(paths.javaTests);
	if (status !== 0 && results.failed === 0) {
		throw new Error(`the JUnit console exited with ${status} (see its output above).`);
	}
	return results;
}

const languages: Record<string, { name: string; run: () => TestResults }> = {
	python: { name: 'Python', run: runPython },
	go: { name: 'Go', run: runGo },
	java: { name: 'Java', run: runJava },
};

const args = process.argv.slice(2);
const jsonReport = args.find((arg) => arg.startsWith('--json='))?.slice('--json='.length);
const chosen = args.filter((arg) => !arg.startsWith('--'));
const unknown = chosen.filter((name) => !(name in languages));
if (unknown.length > 0) {
	console.error(
		`Unknown language ${unknown.join(', ')}: choose from ${Object.keys(languages).join(', ')} (or none, for all).`,
	);
	process.exit(2);
}

const runs: LanguageRun[] = [];
for (const key of chosen.length > 0 ? chosen : Object.keys(languages)) {
	const { name, run: runLanguage } = languages[key]!;
	console.log(`\n--- ${name}`);
	const started = performance.now();
	let outcome: LanguageRun;
	try {
		outcome = { language: name, seconds: 0, ...runLanguage() };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		outcome = {
			language: name,
			seconds: 0,
			passed: 0,
			failed: 1,
			skipped: 0,
			failures: [],
			error: message,
		};
	}
	outcome.seconds = (performance.now() - started) / 1000;
	runs.push(outcome);
	const skipped = outcome.skipped ? `, ${outcome.skipped} skipped` : '';
	console.log(
		`${name}: ${outcome.passed} passed, ${outcome.failed} failed${skipped} (${outcome.seconds.toFixed(1)} s)`,
	);
}

if (jsonReport) {
	mkdirSync(dirname(jsonReport), { recursive: true });
	const total = (field: 'passed' | 'failed' | 'skipped'): number =>
		runs.reduce((sum, languageRun) => sum + languageRun[field], 0);
	writeFileSync(
		jsonReport,
		JSON.stringify({
			numPassedTests: total('passed'),
			numFailedTests: total('failed'),
			numPendingTests: total('skipped'),
		}),
	);
}

const failedRuns = runs.filter((languageRun) => languageRun.failed > 0 || languageRun.error);
console.log('');
for (const languageRun of failedRuns) {
	console.error(
		languageRun.error
			? `✗ ${languageRun.language} could not run: ${languageRun.error}`
			: `✗ ${languageRun.language} failed: ${languageRun.failures.join('; ')}`,
	);
}
const summary = runs
	.map(
		(languageRun) =>
			`${languageRun.language} ${languageRun.passed} passed (${languageRun.seconds.toFixed(1)} s)`,
	)
	.join(', ');
if (failedRuns.length > 0) {
	console.error(
		`Language tests failed in ${failedRuns.map((languageRun) => languageRun.language).join(', ')}. ${summary}.`,
	);
	process.exit(1);
}
console.log(`✓ Language tests: ${summary}.`);
