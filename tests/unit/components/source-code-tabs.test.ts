import { describe, expect, it } from 'vitest';
import {
	sourceCodeTabsProblem,
	sourceCodeTabsUses,
} from '../../../src/components/source-code-lookup.ts';

const pages = [
	{
		file: 'src/content/docs/coding/concurrency.mdx',
		text: [
			'Intro.',
			'<SourceCodeTabs',
			'\tts="concurrency/bounded-queue.ts"',
			'\tgo="go/example/hitcountr.go"',
			'/>',
			'<SourceCode path="go/example/hitcountr.go" />',
			'<SourceCodeTabs ts="a.ts" go="go/example/hitcountr.go" />',
		].join('\n'),
	},
];

describe('<SourceCodeTabs> errors', () => {
	it('names the page and line of the prop, inside tags on one line or several', () => {
		expect(sourceCodeTabsUses('go', 'go/example/hitcountr.go', pages)).toEqual([
			'src/content/docs/coding/concurrency.mdx:4',
			'src/content/docs/coding/concurrency.mdx:7',
		]);
	});

	it('suggests the nearest file of the same language, and refuses a file of another one', () => {
		const known = ['go/example/hitcounter.go', 'java/example/HitCounter.java'];
		expect(sourceCodeTabsProblem('go', 'go/example/hitcountr.go', known)).toBe(
			'<SourceCodeTabs go="go/example/hitcountr.go" /> names no file: there is no src/reference/go/example/hitcountr.go. The path is relative to src/reference; did you mean "go/example/hitcounter.go"?',
		);
		expect(sourceCodeTabsProblem('python', 'go/example/hitcounter.go', known)).toMatch(
			/the Python tab shows a \.py file; give python a path ending in \.py/,
		);
		expect(sourceCodeTabsProblem('go', 'go/example/hitcounter.go', known)).toBeUndefined();
	});
});
