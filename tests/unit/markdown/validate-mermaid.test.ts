import { describe, expect, it } from 'vitest';
import { validateMermaidInFile } from '../../../src/markdown/validate-mermaid.ts';

const page = (fence: string): string =>
	`---\ntitle: T\ndescription: D\n---\n\nIntro.\n\n\`\`\`mermaid\n${fence}\n\`\`\`\n`;

describe('validateMermaidInFile (the real mermaid grammar)', () => {
	it('accepts a valid, titled diagram of a browser-drawn type too', async () => {
		expect(
			await validateMermaidInFile(
				'a.mdx',
				page('pie title Mix\n  accTitle: Mix\n  "Base" : 60\n  "Equity" : 40'),
			),
		).toEqual([]);
		expect(
			await validateMermaidInFile('a.mdx', page('flowchart LR\n  accTitle: T\n  a --> b')),
		).toEqual([]);
	});

	it('reports an invalid diagram at the offending line of the file, with the parser message', async () => {
		const problems = await validateMermaidInFile(
			'src/content/docs/x.mdx',
			page('flowchart LR\n  accTitle: T\n  a --> b\n  b --> graph[Follow graph]\n  c --> d'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.file).toBe('src/content/docs/x.mdx');
		// The fence opens on line 8; the parser blames the diagram's line 4, which is file line 12.
		expect(problems[0]?.line).toBe(12);
		expect(problems[0]?.message).toMatch(/^invalid Mermaid: Parse error/);
	});

	it('reports an untitled diagram at its opening fence, naming the fix', async () => {
		const problems = await validateMermaidInFile('x.md', page('flowchart LR\n  a --> b'));
		expect(problems).toHaveLength(1);
		expect(problems[0]?.line).toBe(8);
		expect(problems[0]?.message).toContain('accTitle');
	});
});
