import type { Section } from './sections.ts';

/** A subset of the docs that starlight-llms-txt writes to `_llms-txt/<slug>.txt` and lists in llms.txt. */
export interface LlmsTxtSet {
	label: string;
	/** Micromatch patterns over page ids. */
	paths: string[];
	description: string;
}

/** The starlight-llms-txt options the handbook sets; the rest keep the plugin's defaults. */
export interface LlmsTxtOptions {
	customSets: LlmsTxtSet[];
	promote: string[];
	customSelectors: { all: string[] };
}

/** Micromatch patterns for every page of a section: its index (`databases`) and all below it. */
function sectionPages(directory: string): string[] {
	return [directory, `${directory}/**`];
}

/**
 * Options for starlight-llms-txt, derived from the section list: llms.txt lists one file per
 * section (label and summary as written in src/config/sections.ts), and llms-full.txt follows the
 * reading order (home page, then section by section) instead of the plugin's alphabetical order.
 * Headings lose their anchor links, which read as noise in plain text.
 */
export function llmsTxtOptions(sections: readonly Section[]): LlmsTxtOptions {
	return {
		customSets: sections.map((section) => ({
			label: section.label,
			paths: sectionPages(section.directory),
			description: section.summary,
		})),
		// The plugin sorts pages matching an earlier pattern first, then by id.
		promote: ['index', ...sections.flatMap((section) => sectionPages(section.directory))],
		// Each heading's own link (read as "Section titled ...") is page chrome, noise in plain text.
		customSelectors: { all: ['.sl-anchor-link'] },
	};
}
