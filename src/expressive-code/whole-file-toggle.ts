/**
 * Labels the control that folds a long reference file (<SourceCode>, src/components/source-code-fold.ts).
 * Expressive Code's collapsible-sections plugin draws the fold as a <details> element after the
 * first lines; its own label only counts the hidden lines, and the open fold has no text at all.
 * This plugin, listed after it in ec.config.mjs, says what each state of the control does.
 */
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { h, select, type Element } from '@astrojs/starlight/expressive-code/hast';

/** The label while the fold is closed: how many lines are hidden, and that it shows them all. */
export function showWholeFileLabel(hiddenLines: number): string {
	return `Show the whole file (${hiddenLines} more ${hiddenLines === 1 ? 'line' : 'lines'})`;
}

/** The label while the fold is open: it goes back to the first lines. */
export function showFirstLinesLabel(shownLines: number): string {
	return `Show only the first ${shownLines} ${shownLines === 1 ? 'line' : 'lines'}`;
}

const isElement = (node: unknown): node is Element =>
	typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'element';

const hasClass = (node: Element, name: string): boolean => {
	const classes = node.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
};

/** Writes both labels into every fold that runs to the end of its code block. */
export function pluginWholeFileToggle(): ExpressiveCodePlugin {
	return {
		name: 'Whole file toggle',
		baseStyles: `
			.ec-section .ec-fold-open-label {
				display: none;
				margin-inline-start: 1em;
			}
			.ec-section details[open] .ec-fold-open-label {
				display: inline;
			}
		`,
		hooks: {
			postprocessRenderedBlock: ({ renderData }) => {
				const code = select('pre > code', renderData.blockAst);
				const last = code?.children.at(-1);
				if (!code || !isElement(last) || !hasClass(last, 'ec-section')) return;
				const shownLines = code.children.filter(
					(child) => isElement(child) && hasClass(child, 'ec-line'),
				).length;
				const contentLines = select('.content-lines', last);
				const label = select('summary .text', last);
				if (!contentLines || !label || !isElement(label)) return;
				const hiddenLines = contentLines.children.filter(
					(child) => isElement(child) && hasClass(child, 'ec-line'),
				).length;
				label.children = [{ type: 'text', value: showWholeFileLabel(hiddenLines) }];
				select('summary .code', last)?.children.push(
					h('span.ec-fold-open-label', showFirstLinesLabel(shownLines)),
				);
			},
		},
	};
}
