import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import type { AstroIntegration } from 'astro';
import { diagramErrorsIntegration } from '../../../src/integrations/diagram-errors.ts';
import { mermaidFigurePlugin } from '../../../src/markdown/mermaid-figure-plugin.ts';

/** Runs the integration's end-of-build hook as Astro would. */
function finishBuild(integration: AstroIntegration): void {
	const hook = integration.hooks['astro:build:done'];
	if (!hook) throw new Error('the integration has no astro:build:done hook');
	void hook({} as never);
}

describe('diagramErrorsIntegration', () => {
	it('lets a build with no diagram errors finish', () => {
		expect(() => finishBuild(diagramErrorsIntegration([]))).not.toThrow();
	});

	it('fails the build listing every recorded error', () => {
		const errors = ['a.mdx:3: first problem', 'b.md:9: second problem'];
		expect(() => finishBuild(diagramErrorsIntegration(errors))).toThrow(
			'2 diagram(s) could not be rendered:\na.mdx:3: first problem\nb.md:9: second problem',
		);
	});

	it('fails on what the Markdown plugin recorded during the build', async () => {
		await expect(async () =>
			markdownToHtml('```mermaid\nflowchart LR\n  a --> b\n```', {
				mdastPlugins: [mermaidFigurePlugin()],
			}),
		).rejects.toThrow(/no accessible title/);
		expect(() => finishBuild(diagramErrorsIntegration())).toThrow(
			/could not be rendered:\n.*Mermaid diagram has no accessible title/,
		);
	});
});
