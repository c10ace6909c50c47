/**
 * Whether a diagram reads whole in the content column, decided at build time from the drawing
 * alone: its width and its smallest font size. A diagram is scaled down to the column; it reads
 * when its smallest label stays at least {@link readableLabelPx} CSS pixels after that. Below the
 * narrowest column where it still does, the figure shows a preview and an expand control
 * instead (src/styles/diagrams.css turns them on with container queries, one per threshold).
 */

/** The smallest label size, in CSS pixels, that counts as readable. */
export const readableLabelPx = 11;

/** The narrowest content column the site lays out (a 320 px phone). */
export const narrowestColumnPx = 288;

/** The content column on a 1280 px desktop screen: diagrams should read whole in it. */
export const desktopColumnPx = 632;

/** The widest content column the site lays out (Starlight's content width). */
export const widestColumnPx = 768;

/**
 * Container-query thresholds are this far apart, on a grid that passes through the desktop
 * column, so the CSS needs one rule per step and the desktop decision is exact.
 */
export const thresholdStepPx = 16;

/** What the build knows about a drawing's size. */
export interface DrawingSize {
	/** Natural width of the drawing (its viewBox), in CSS pixels at scale 1. */
	width: number;
	/** Natural height of the drawing, in CSS pixels at scale 1. */
	height: number;
	/** The smallest font size any of its labels uses, in the drawing's units. */
	smallestFontSize: number;
}

/** How a figure reads at the widths the site lays out. */
export type FitDecision =
	/** Reads whole in every column: scaled to the column, no expand control. */
	| { kind: 'fits' }
	/**
	 * Reads whole in columns at least `columnPx` wide (one of {@link expandThresholds}); narrower
	 * columns show the preview and the expand control, and without script scroll sideways at
	 * `readableWidthPx`.
	 */
	| { kind: 'expand-below'; columnPx: number; readableWidthPx: number }
	/**
	 * Too wide, or too finely lettered, for any column: always the preview and expand control;
	 * without script it scrolls sideways at `readableWidthPx`.
	 */
	| { kind: 'expand'; readableWidthPx: number };

/** Reads width, height and smallest font size from an SVG the build-time renderer drew. */
export function measureDrawing(svg: string): DrawingSize {
	const viewBox = /viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(svg);
	const fontSizes = [...svg.matchAll(/font-size="([\d.]+)(?:px)?"/g)].map((match) =>
		Number(match[1]),
	);
	return {
		width: Number(viewBox?.[1] ?? 0),
		height: Number(viewBox?.[2] ?? 0),
		// Text with no font size of its own inherits the page's 16 px body text.
		smallestFontSize: fontSizes.length > 0 ? Math.min(...fontSizes) : 16,
	};
}

/**
 * The narrowest column, in CSS pixels, where the drawing scaled to fit still shows every label at
 * {@link readableLabelPx} or more; Infinity when no column will (its labels are smaller than that
 * even at natural size).
 */
export function narrowestReadableColumn(size: DrawingSize): number {
	if (!(size.smallestFontSize >= readableLabelPx)) return Number.POSITIVE_INFINITY;
	return (size.width * readableLabelPx) / size.smallestFontSize;
}

/**
 * Decides how a drawing is shown. The threshold is rounded up to the next step, so a figure never
 * shows a label below the readable size; at worst it offers the expand control a few pixels
 * early.
 */
export function decideFit(size: DrawingSize): FitDecision {
	const narrowest = narrowestReadableColumn(size);
	if (narrowest <= narrowestColumnPx) return { kind: 'fits' };
	// Without script the figure scrolls sideways at the width where its smallest label is readable.
	const readableWidthPx =
		size.smallestFontSize > 0
			? Math.ceil((size.width * readableLabelPx) / size.smallestFontSize)
			: Math.ceil(size.width);
	const columnPx = thresholdAtOrAbove(narrowest);
	if (columnPx > Math.max(...expandThresholds())) return { kind: 'expand', readableWidthPx };
	// Never wider than the drawing: below the threshold it then scrolls at its natural size.
	return {
		kind: 'expand-below',
		columnPx,
		readableWidthPx: Math.min(columnPx, Math.ceil(size.width)),
	};
}

/** The smallest threshold on the grid (through the desktop column, every step) at or above `px`. */
function thresholdAtOrAbove(px: number): number {
	return desktopColumnPx + Math.ceil((px - desktopColumnPx) / thresholdStepPx) * thresholdStepPx;
}

/**
 * Every threshold a figure can carry, narrowest first: one CSS rule each. They run from just above
 * the narrowest column to the first one at or above the widest.
 */
export function expandThresholds(): number[] {
	const thresholds: number[] = [];
	const widest = thresholdAtOrAbove(widestColumnPx);
	for (
		let column = thresholdAtOrAbove(narrowestColumnPx + 1);
		column <= widest;
		column += thresholdStepPx
	) {
		thresholds.push(column);
	}
	return thresholds;
}

/** The CSS rule that turns on a figure's expand control in columns narrower than `columnPx`. */
export function expandThresholdRule(columnPx: number): string {
	return `@container diagram (width < ${columnPx}px) {\n\t.diagram[data-expand='below-${columnPx}'] > * {\n\t\t--diagram-large: flex;\n\t\t--diagram-preview-cursor: zoom-in;\n\t}\n}`;
}
