import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from '../markdown/base-links-plugin.ts';
import { mermaidFigurePlugin } from '../markdown/mermaid-figure-plugin.ts';

// A site that uses this processor also needs the integration that fails the build on the
// diagram errors the processor records, so both are offered from here.
export { diagramErrorsIntegration } from '../integrations/diagram-errors.ts';

/** The handbook's Markdown processor: Astro's default (Sätteri) plus base-path links and diagrams. */
export function handbookMarkdownProcessor(base: string): ReturnType<typeof satteri> {
	return satteri({ mdastPlugins: [baseLinksPlugin({ base }), mermaidFigurePlugin()] });
}
