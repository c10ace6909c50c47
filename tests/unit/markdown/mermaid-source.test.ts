import { describe, expect, it } from 'vitest';
import { parseMermaidSource } from '../../../src/markdown/mermaid-source.ts';
import { findMermaidFences } from '../../../src/markdown/find-mermaid-fences.ts';

describe('parseMermaidSource', () => {
	it('reads the type, title and one-line description, and strips them from the body', () => {
		const parsed = parseMermaidSource(
			'sequenceDiagram\n  accTitle: Cache aside\n  accDescr: The app reads Redis first.\n  A->>B: hi',
		);
		expect(parsed).toEqual({
			type: 'sequenceDiagram',
			title: 'Cache aside',
			description: 'The app reads Redis first.',
			body: 'sequenceDiagram\n  A->>B: hi',
		});
	});

	it('reads a multi-line accDescr block', () => {
		const parsed = parseMermaidSource(
			'flowchart TD\n  accTitle: T\n  accDescr {\n    First line\n    second line\n  }\n  a --> b',
		);
		expect(parsed.description).toBe('First line second line');
		expect(parsed.body).toBe('flowchart TD\n  a --> b');
	});

	it('skips comment lines before the header and reports a missing title as undefined', () => {
		const parsed = parseMermaidSource('%% a comment\nxychart-beta\n  bar [1, 2]');
		expect(parsed.type).toBe('xychart-beta');
		expect(parsed.title).toBeUndefined();
	});
});

describe('findMermaidFences', () => {
	it('returns each Mermaid fence with the line of its opening fence in the file', () => {
		const text =
			'---\ntitle: X\n---\n\nText\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n~~~mermaid\npie\n~~~\n';
		expect(findMermaidFences(text)).toEqual([
			{ line: 7, source: 'flowchart LR\n  a --> b' },
			{ line: 12, source: 'pie' },
		]);
	});

	it('ignores a Mermaid example shown inside a longer fence of another language', () => {
		const text = '````md\n```mermaid\nflowchart LR\n```\n````\n\n```mermaid\nflowchart TD\n```';
		expect(findMermaidFences(text)).toEqual([{ line: 7, source: 'flowchart TD' }]);
	});
});
