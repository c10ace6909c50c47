import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { baseLinksPlugin } from '../../../src/markdown/base-links-plugin.ts';
import { mermaidFigurePlugin } from '../../../src/markdown/mermaid-figure-plugin.ts';

describe('baseLinksPlugin', () => {
	it('prefixes root-absolute links with the base path and leaves the rest alone', async () => {
		const { html } = await markdownToHtml(
			'[a](/api-design/) [b](#x) [c](https://example.com/) [d](/handbook/x/)',
			{
				mdastPlugins: [baseLinksPlugin({ base: '/handbook/' })],
			},
		);
		expect(html).toContain('href="/handbook/api-design/"');
		expect(html).toContain('href="#x"');
		expect(html).toContain('href="https://example.com/"');
		expect(html).toContain('href="/handbook/x/"');
		expect(html).not.toContain('href="/handbook/handbook/');
	});

	it('does nothing at the root', async () => {
		const { html } = await markdownToHtml('[a](/api-design/)', {
			mdastPlugins: [baseLinksPlugin({ base: '/' })],
		});
		expect(html).toContain('href="/api-design/"');
	});
});

describe('mermaidFigurePlugin', () => {
	it('turns a mermaid fence into a figure and leaves other code alone', async () => {
		const { html } = await markdownToHtml(
			'```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  a --> b\n```\n\n```ts\nconst x = 1;\n```',
			{
				mdastPlugins: [mermaidFigurePlugin()],
			},
		);
		expect(html).toContain('<figure class="diagram" id="diagram-1" data-diagram="flowchart">');
		expect(html).toContain('const x = 1;');
	});

	it('fails with the file and the line of the fence in the file for an untitled diagram', async () => {
		const fileURL = pathToFileURL(
			join(process.cwd(), 'tests/unit/markdown/fixtures/untitled-diagram.md'),
		);
		await expect(async () =>
			markdownToHtml('Intro.\n\n```mermaid\nflowchart LR\n  a --> b\n```', {
				mdastPlugins: [mermaidFigurePlugin()],
				fileURL,
			}),
		).rejects.toThrow(
			/tests\/unit\/markdown\/fixtures\/untitled-diagram\.md:10: Mermaid diagram has no accessible title/,
		);
	});
});
