import { describe, expect, it } from 'vitest';
import {
	parseGoTestJson,
	parseJunitXml,
	parseUnittestOutput,
} from '../../../scripts/language-tests/test-results.ts';

// Output in the shapes Python 3.11's unittest, Go 1.19's test2json and JUnit 5.9's console
// launcher write, so `npm run test:languages` can name what failed.

describe("Python's unittest output", () => {
	it('counts a passing run', () => {
		const output = '...\n------\nRan 3 tests in 0.046s\n\nOK\n';
		expect(parseUnittestOutput(output)).toEqual({
			passed: 3,
			failed: 0,
			skipped: 0,
			failures: [],
		});
	});

	it('names each failed and erroring test', () => {
		const output = [
			'F.Es',
			'======================================================================',
			'FAIL: test_lost_hits (test_example_hit_counter.HitCounterTest.test_lost_hits)',
			'AssertionError: 75000 != 80000',
			'======================================================================',
			'ERROR: test_import (test_cache_lru.LruTest)',
			'Ran 4 tests in 0.1s',
			'',
			'FAILED (failures=1, errors=1, skipped=1)',
		].join('\n');
		expect(parseUnittestOutput(output)).toEqual({
			passed: 1,
			failed: 2,
			skipped: 1,
			failures: [
				'test_example_hit_counter.HitCounterTest.test_lost_hits',
				'test_cache_lru.LruTest.test_import',
			],
		});
	});
});

const goEvent = (fields: Record<string, string>): string => JSON.stringify(fields);

describe('go test -json output', () => {
	it('counts top-level tests only and keeps the output of a failed one', () => {
		const output = [
			goEvent({ Action: 'run', Package: 'reference/cache', Test: 'TestLru' }),
			goEvent({ Action: 'pass', Package: 'reference/cache', Test: 'TestLru/evicts' }),
			goEvent({ Action: 'pass', Package: 'reference/cache', Test: 'TestLru' }),
			goEvent({
				Action: 'output',
				Package: 'reference/example',
				Test: 'TestHits',
				Output: '    hitcounter_test.go:28: Count(home) = 61000 after 64000 hits\n',
			}),
			goEvent({ Action: 'fail', Package: 'reference/example', Test: 'TestHits' }),
			goEvent({
				Action: 'output',
				Package: 'reference/example',
				Output: 'FAIL\treference/example\n',
			}),
			goEvent({ Action: 'fail', Package: 'reference/example' }),
			goEvent({ Action: 'skip', Package: 'reference/graphs', Test: 'TestSlow' }),
		].join('\n');
		const results = parseGoTestJson(output);
		expect(results).toMatchObject({
			passed: 1,
			failed: 1,
			skipped: 1,
			failures: ['reference/example TestHits'],
			packageLines: ['FAIL\treference/example'],
		});
		expect(results.failureOutput).toContain('Count(home) = 61000');
	});

	it('names a package that failed outside any test, such as a build failure', () => {
		const output = [
			goEvent({
				Action: 'output',
				Package: 'reference/graphs',
				Output: 'FAIL\treference/graphs [build failed]\n',
			}),
			goEvent({ Action: 'fail', Package: 'reference/graphs' }),
		].join('\n');
		expect(parseGoTestJson(output).failures).toEqual([
			'reference/graphs (the package failed outside any test)',
		]);
	});
});

describe("the JUnit console launcher's XML reports", () => {
	it('counts passed, failed and skipped test cases across engines, naming failures', () => {
		const jupiter = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="JUnit Jupiter" tests="3" skipped="1" failures="1" errors="0">
<testcase name="noHitIsLost()" classname="example.HitCounterTest" time="0.143">
<failure message="hits after round 0 ==&gt; expected: &lt;32000&gt; but was: &lt;20373&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[stack]]></failure>
</testcase>
<testcase name="evicts()" classname="cache.LruCacheTest" time="0.01">
<system-out><![CDATA[unique-id: [engine:junit-jupiter]]]></system-out>
</testcase>
<testcase name="later()" classname="cache.LruCacheTest" time="0"><skipped/></testcase>
</testsuite>`;
		const vintage = '<testsuite name="JUnit Vintage" tests="0"></testsuite>';
		expect(parseJunitXml([jupiter, vintage])).toEqual({
			passed: 1,
			failed: 1,
			skipped: 1,
			failures: [
				'example.HitCounterTest.noHitIsLost(): hits after round 0 ==> expected: <32000> but was: <20373>',
			],
		});
	});
});
