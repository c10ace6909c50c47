// Reads what each language's test runner reports (Python's unittest text, `go test -json` events,
// the JUnit console launcher's XML reports) into one shape: counts and the names of failed tests.

/** The outcome of one language's tests. */
export interface TestResults {
	passed: number;
	failed: number;
	skipped: number;
	/** Failed tests, named so a reader can find them: `test_module.Class.test_name`. */
	failures: string[];
}

/**
 * Python's `unittest` summary: `Ran 5 tests`, then `OK`, `OK (skipped=1)` or
 * `FAILED (failures=1, errors=2)`, with a `FAIL: name (module.Class.name)` header per failure.
 */
export function parseUnittestOutput(output: string): TestResults {
	const ran = Number(/^Ran (\d+) tests? in /m.exec(output)?.[1] ?? 0);
	const tally = (name: string): number =>
		Number(new RegExp(`^(?:OK|FAILED) \\(.*\\b${name}=(\\d+)`, 'm').exec(output)?.[1] ?? 0);
	const skipped = tally('skipped');
	const failures = [...output.matchAll(/^(?:FAIL|ERROR): (\S+) \(([^)]+)\)/gm)].map(
		([, name, where]) =>
			where?.endsWith(`.${name ?? ''}`) ? where : `${where ?? ''}.${name ?? ''}`,
	);
	const failed = Math.max(tally('failures') + tally('errors'), failures.length);
	return { passed: Math.max(ran - failed - skipped, 0), failed, skipped, failures };
}

/** One line of `go test -json` (test2json): the fields read here. */
interface GoTestEvent {
	Action?: string;
	Package?: string;
	Test?: string;
	Output?: string;
}

/** `go test -json` results, with the output of each failed test (and failed package) kept. */
export interface GoTestResults extends TestResults {
	/** The output lines of failed tests and packages, in order, to show the reader. */
	failureOutput: string;
	/** The `ok` / `FAIL` line of each package. */
	packageLines: string[];
}

/**
 * Counts top-level tests (a subtest `TestX/case` fails its parent too) from `go test -json`
 * output. A package that fails without a failed test (it did not build, or a test panicked
 * outside a test function) counts as one failure named after the package.
 */
export function parseGoTestJson(output: string): GoTestResults {
	const results: GoTestResults = {
		passed: 0,
		failed: 0,
		skipped: 0,
		failures: [],
		failureOutput: '',
		packageLines: [],
	};
	const outputByTest = new Map<string, string>();
	const packagesWithFailedTests = new Set<string>();
	for (const line of output.split('\n')) {
		if (!line.startsWith('{')) continue;
		const event = JSON.parse(line) as GoTestEvent;
		const where = event.Test ? `${event.Package ?? ''} ${event.Test}` : (event.Package ?? '');
		if (event.Action === 'output') {
			outputByTest.set(where, (outputByTest.get(where) ?? '') + (event.Output ?? ''));
			if (!event.Test && /^(ok|FAIL|\?)\s/.test(event.Output ?? '')) {
				results.packageLines.push((event.Output ?? '').trimEnd());
			}
			continue;
		}
		const topLevel = event.Test !== undefined && !event.Test.includes('/');
		if (event.Action === 'fail' && event.Test !== undefined) {
			packagesWithFailedTests.add(event.Package ?? '');
			results.failureOutput += outputByTest.get(where) ?? '';
			if (topLevel) {
				results.failed++;
				results.failures.push(where);
			}
		} else if (event.Action === 'fail' && !packagesWithFailedTests.has(event.Package ?? '')) {
			results.failed++;
			results.failures.push(`${where} (the package failed outside any test)`);
			results.failureOutput += outputByTest.get(where) ?? '';
		} else if (event.Action === 'pass' && topLevel) {
			results.passed++;
		} else if (event.Action === 'skip' && topLevel) {
			results.skipped++;
		}
	}
	return results;
}

const decodeXml = (text: string): string =>
	text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&');

/**
 * The JUnit console launcher's XML reports (`--reports-dir`, one file per engine): a test case
 * with a `<failure>` or `<error>` failed, one with `<skipped>` was skipped.
 */
export function parseJunitXml(reports: readonly string[]): TestResults {
	const results: TestResults = { passed: 0, failed: 0, skipped: 0, failures: [] };
	for (const report of reports) {
		for (const match of report.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
			const attributes = match[1] ?? '';
			const body = match[2] ?? '';
			const name = decodeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? '');
			const className = decodeXml(/\bclassname="([^"]*)"/.exec(attributes)?.[1] ?? '');
			if (/<(failure|error)\b/.test(body)) {
				results.failed++;
				const message = /<(?:failure|error)\b[^>]*\bmessage="([^"]*)"/.exec(body)?.[1];
				results.failures.push(`${className}.${name}${message ? `: ${decodeXml(message)}` : ''}`);
			} else if (/<skipped\b/.test(body)) {
				results.skipped++;
			} else {
				results.passed++;
			}
		}
	}
	return results;
}
