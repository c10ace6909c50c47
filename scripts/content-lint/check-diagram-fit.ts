// Warns about a diagram that will not read whole in the desktop column: it still builds, but
// readers get a preview and an expand button instead of the drawing at a readable size.
import { findMermaidFences } from '../../src/markdown/find-mermaid-fences.ts';
import { parseMermaidSource } from '../../src/markdown/mermaid-source.ts';
import { measureMermaidDiagram } from '../../src/markdown/render-mermaid-figure.ts';
import {
	desktopColumnPx,
	narrowestReadableColumn,
	readableLabelPx,
} from '../../src/markdown/diagram-fit.ts';
import { diagramFitAdvice } from './diagram-fit-advice.ts';
import type { LintProblem } from './lint-problem.ts';

const px = (value: number): string => `${Math.round(value).toLocaleString('en')} px`;

/**
 * One warning per diagram in `text` whose smallest label, scaled to the desktop column, would be
 * under the readable size: at `file:line` of its fence, with its natural width, its smallest label
 * size and what to change. Diagrams the renderer cannot draw are left to the grammar check.
 */
export function checkDiagramFit(file: string, text: string): LintProblem[] {
	const warnings: LintProblem[] = [];
	for (const fence of findMermaidFences(text)) {
		let size;
		try {
			size = measureMermaidDiagram(fence.source);
		} catch {
			continue;
		}
		if (!size || narrowestReadableColumn(size) <= desktopColumnPx) continue;
		const title = parseMermaidSource(fence.source).title ?? 'untitled';
		const scaled = size.smallestFontSize * Math.min(1, desktopColumnPx / size.width);
		warnings.push({
			file,
			line: fence.line,
			message:
				`diagram "${title}" does not read whole in the ${desktopColumnPx} px column: it is ${px(size.width)} wide ` +
				`with ${size.smallestFontSize} px labels, so scaled to fit, its smallest label is ${scaled.toFixed(1)} px ` +
				`(readable: ${readableLabelPx} px); readers get a preview and an Expand button instead. ${diagramFitAdvice(fence.source)}`,
		});
	}
	return warnings;
}
