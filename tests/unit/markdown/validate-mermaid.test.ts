import { describe, expect, it } from 'vitest';
import { validateMermaidInFile } from '../../../src/markdown/validate-mermaid.ts';

const page = (fence: string): string =>
	`---\ntitle: T\ndescription: D\n---\n\nIntro.\n\n\`\`\`mermaid\n${fence}\n\`\`\`\n`;
// The fence opens on file line 8, so the diagram's line N is file line 8 + N.
const head = 'flowchart LR\n  accTitle: T\n  accDescr: D';

describe('validateMermaidInFile (the real mermaid grammar)', () => {
	it('accepts a valid, described diagram of a browser-drawn type too', async () => {
		expect(
			await validateMermaidInFile(
				'a.mdx',
				page(
					'pie title Mix\n  accTitle: Mix\n  accDescr: Base and equity.\n  "Base" : 60\n  "Equity" : 40',
				),
			),
		).toEqual([]);
		expect(await validateMermaidInFile('a.mdx', page(`${head}\n  a --> b`))).toEqual([]);
	});

	it('explains a keyword used as a node id, at the line that uses it', async () => {
		const problems = await validateMermaidInFile(
			'src/content/docs/x.mdx',
			page(`${head}\n  a --> b\n  b --> graph[Follow graph]\n  c --> d`),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.file).toBe('src/content/docs/x.mdx');
		expect(problems[0]?.line).toBe(13);
		expect(problems[0]?.message).toMatch(/^invalid Mermaid: "graph" is a Mermaid keyword/);
		expect(problems[0]?.message).toContain('Rename the node');
		expect(problems[0]?.message).toContain("Mermaid's parser said: Parse error:");
	});

	it('blames an unclosed bracket on its own line, not on the end of the diagram', async () => {
		const problems = await validateMermaidInFile(
			'x.md',
			page(`${head}\n  a[one --> b\n  c --> d\n  d --> e`),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.line).toBe(12);
		expect(problems[0]?.message).toContain('never closed');
	});

	it('explains a one-dash arrow and names the arrows that exist', async () => {
		const problems = await validateMermaidInFile('x.md', page(`${head}\n  a -> b\n  c --> d`));
		expect(problems[0]?.line).toBe(12);
		expect(problems[0]?.message).toContain('`->` is not a flowchart arrow. Use `-->`');
	});

	it('explains a sequence message without a colon', async () => {
		const problems = await validateMermaidInFile(
			'x.md',
			page('sequenceDiagram\n  accTitle: T\n  accDescr: D\n  A->>B: hi\n  B-->A hello\n  A->>B: x'),
		);
		expect(problems[0]?.line).toBe(13);
		expect(problems[0]?.message).toContain('a message needs a colon');
	});

	it('suggests the diagram type for a misspelled header', async () => {
		const problems = await validateMermaidInFile(
			'x.md',
			page('flowchrt LR\n  accTitle: T\n  accDescr: D\n  a --> b'),
		);
		expect(problems[0]?.line).toBe(9);
		expect(problems[0]?.message).toContain('Did you mean "flowchart"?');
	});

	it('reports an untitled diagram at its opening fence, naming the fix', async () => {
		const problems = await validateMermaidInFile('x.md', page('flowchart LR\n  a --> b'));
		expect(problems).toHaveLength(1);
		expect(problems[0]?.line).toBe(8);
		expect(problems[0]?.message).toContain('accTitle');
		expect(problems[0]?.message).toContain('accDescr');
	});

	it('reports a diagram with a title but no description, naming accDescr', async () => {
		const problems = await validateMermaidInFile(
			'x.md',
			page('flowchart LR\n  accTitle: Two boxes\n  a --> b'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.line).toBe(8);
		expect(problems[0]?.message).toBe(
			'diagram has no accessible description. Add `accDescr: One sentence on what the reader should see` right after the diagram type line.',
		);
	});
});
