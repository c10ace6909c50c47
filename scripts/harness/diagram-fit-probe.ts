// How each build-time diagram on a page reads in the browser at the current viewport: how wide its
// drawing is against its box, how small its smallest label renders, and whether it offers the
// expand control. Shared by `npm run bench:diagram-fit` (which counts) and the browser tests
// (which assert).
import type { Page } from 'playwright-core';
import { readableLabelPx } from '../../src/markdown/diagram-fit.ts';

export { readableLabelPx };

/** One build-time diagram as the reader sees it at one viewport. */
export interface DiagramFit {
	/** The figure's id, such as `diagram-3`. */
	id: string;
	/** The diagram's accessible title. */
	title: string;
	/** Mermaid diagram type, such as `flowchart`. */
	type: string;
	/** Width of the box the drawing sits in (the figure's scroll box), CSS px. */
	boxWidth: number;
	/** Rendered width of the drawing, CSS px. */
	drawingWidth: number;
	/** Rendered size of the smallest label, CSS px (font size times the drawing's scale). */
	smallestLabelPx: number;
	/** True when the expand control is shown. */
	expandShown: boolean;
}

/** How a diagram reads: whole and readable, behind the expand control, or neither. */
export type FitVerdict = 'fit' | 'expand' | 'cut off' | 'too small';

/**
 * The verdict for one diagram: `fit` when it is drawn whole with every label at least
 * {@link readableLabelPx}; `expand` when it offers the expand control; otherwise `cut off` (wider
 * than its box, so part of it is out of view) or `too small` (whole, but a label under the size).
 */
export function fitVerdict(diagram: DiagramFit): FitVerdict {
	if (diagram.expandShown) return 'expand';
	if (diagram.drawingWidth > diagram.boxWidth + 1) return 'cut off';
	if (diagram.smallestLabelPx < readableLabelPx - 0.01) return 'too small';
	return 'fit';
}

/** Measures every build-time diagram on the page that is open, at its current viewport. */
export function probeDiagramFit(page: Page): Promise<DiagramFit[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('figure.diagram:not([data-render="client"])')].map(
			(figure) => {
				const svg = figure.querySelector<SVGSVGElement>('svg[role="img"]');
				const box = svg?.closest<HTMLElement>('.diagram-scroll') ?? figure;
				const control = figure.querySelector<HTMLElement>('.diagram-expand');
				let smallest = Number.POSITIVE_INFINITY;
				for (const text of svg?.querySelectorAll<SVGTextElement>('text') ?? []) {
					if ((text.textContent ?? '').trim() === '') continue;
					const matrix = text.getScreenCTM();
					if (!matrix) continue;
					// Rendered size: the font size in user units times the drawing's scale on screen.
					const scale = Math.hypot(matrix.a, matrix.b);
					smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
				}
				return {
					id: figure.id,
					title: figure.querySelector('.diagram-title')?.textContent ?? '',
					type: figure.dataset['diagram'] ?? '',
					boxWidth: box.clientWidth,
					drawingWidth: svg?.getBoundingClientRect().width ?? 0,
					smallestLabelPx: Number.isFinite(smallest) ? smallest : 0,
					expandShown: control ? control.checkVisibility() : false,
				};
			},
		),
	);
}
