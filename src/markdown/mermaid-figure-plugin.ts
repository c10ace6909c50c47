import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { DiagramError, renderMermaidFigure } from './render-mermaid-figure.ts';
import { findMermaidFences } from './find-mermaid-fences.ts';

/**
 * Diagram errors seen during this build. Astro's content loader logs a failed Markdown render
 * and carries on, so the errors are also kept here for the diagram-errors integration
 * (src/integrations/diagram-errors.ts) to fail the build with at the end: nothing is silently
 * dropped.
 */
export const diagramErrors: string[] = [];

/** A path relative to the project root, as a contributor would type it. */
function displayPath(fileURL: URL | undefined): string {
	if (!fileURL) return '(unknown file)';
	return relative(process.cwd(), fileURLToPath(fileURL)).replaceAll('\\', '/');
}

/** Line of the n-th (0-based) Mermaid fence in the file itself; positions exclude frontmatter. */
function fenceLineInFile(fileURL: URL | undefined, index: number): number | undefined {
	if (!fileURL) return undefined;
	try {
		return findMermaidFences(readFileSync(fileURL, 'utf8'))[index]?.line;
	} catch {
		return undefined;
	}
}

/**
 * Markdown-processor plugin: every ```mermaid fence in .md and .mdx becomes a `<figure>` with an
 * accessible inline SVG (see render-mermaid-figure.ts). A diagram that cannot be drawn, or has no
 * `accTitle`, fails the build with `file:line` of the fence and how to fix it.
 */
export function mermaidFigurePlugin(): MdastPluginEntry {
	return ({ fileURL, sourceFormat }) => {
		let count = 0;
		const plugin: MdastPluginDefinition = {
			name: 'handbook-mermaid-figures',
			code(node) {
				if (node.lang !== 'mermaid') return;
				const index = count++;
				let html: string;
				try {
					html = renderMermaidFigure(node.value, `diagram-${index + 1}`);
				} catch (error) {
					if (!(error instanceof DiagramError)) throw error;
					const line = fenceLineInFile(fileURL, index) ?? '?';
					const message = `${displayPath(fileURL)}:${line}: ${error.message}`;
					diagramErrors.push(message);
					throw new Error(message, { cause: error });
				}
				if (sourceFormat === 'mdx') {
					// MDX has no raw HTML node; Astro's Fragment with set:html inserts the markup as is.
					return {
						type: 'mdxJsxFlowElement',
						name: 'Fragment',
						attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
						children: [],
					};
				}
				return { type: 'html', value: html };
			},
		};
		return plugin;
	};
}
