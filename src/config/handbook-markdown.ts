import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from '../markdown/base-links-plugin.ts';
import {
	diagramErrorsIntegration,
	mermaidFigurePlugin,
} from '../markdown/mermaid-figure-plugin.ts';

export { diagramErrorsIntegration };

/** The handbook's Markdown processor: Astro's default (Sätteri) plus base-path links and diagrams. */
export function handbookMarkdownProcessor(base: string): ReturnType<typeof satteri> {
	return satteri({ mdastPlugins: [baseLinksPlugin({ base }), mermaidFigurePlugin()] });
}
