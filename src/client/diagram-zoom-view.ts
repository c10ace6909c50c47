/** Width and height in CSS pixels. */
export interface Box {
	width: number;
	height: number;
}

/** A pan-zoom view: the scale, and the translation before scaling (as @panzoom/panzoom keeps it). */
export interface ZoomView {
	scale: number;
	x: number;
	y: number;
}

/** The largest scale the opening view uses: a small diagram is enlarged, but not blown up. */
export const largestOpeningScale = 2;

/**
 * The view a diagram opens at in the full-screen stage: the whole drawing visible, as large as
 * the stage allows (at most {@link largestOpeningScale}), centered. The drawing sits at the
 * stage's top-left corner before the transform and scales around its own center, which is how
 * @panzoom/panzoom applies `scale(s) translate(x, y)`.
 * @param margin free space kept on each side of the drawing, CSS px
 */
export function openingView(stage: Box, drawing: Box, margin = 16): ZoomView {
	const room = {
		width: Math.max(1, stage.width - 2 * margin),
		height: Math.max(1, stage.height - 2 * margin),
	};
	const scale = Math.min(
		largestOpeningScale,
		room.width / Math.max(1, drawing.width),
		room.height / Math.max(1, drawing.height),
	);
	return {
		scale,
		x: (stage.width - drawing.width) / 2 / scale,
		y: (stage.height - drawing.height) / 2 / scale,
	};
}

/**
 * The drawing at its natural size, where every label reads at 11 px or more, with its top-left
 * corner `margin` pixels inside the stage's: where a reader starts, whatever the screen.
 */
export function actualSizeView(margin = 16): ZoomView {
	// At scale 1, scaling about the center moves nothing: the corner lands on the translation.
	return { scale: 1, x: margin, y: margin };
}

/** Zoom limits around the opening scale: out to half of it, in to four times natural size. */
export function scaleLimits(openingScale: number): { minScale: number; maxScale: number } {
	return { minScale: openingScale / 2, maxScale: Math.max(4, openingScale * 2) };
}

/** The arrow keys, and which way each moves the drawing: against the arrow, as the view moves with it. */
const drawingMoves: Record<string, [number, number]> = {
	ArrowLeft: [1, 0],
	ArrowRight: [-1, 0],
	ArrowUp: [0, 1],
	ArrowDown: [0, -1],
};

/** What a key does in the full-screen view, or undefined for keys it leaves alone. */
export type ZoomKeyAction =
	| { action: 'zoom-in' }
	| { action: 'zoom-out' }
	| { action: 'reset' }
	| { action: 'actual-size' }
	| { action: 'pan'; dx: number; dy: number };

/**
 * Maps a key to its action: `+` (or `=`) zooms in, `-` zooms out, `0` shows the whole drawing,
 * `1` its natural size, arrows move the view by `step` screen pixels, which moves the drawing the
 * other way.
 */
export function zoomKeyAction(key: string, step = 60): ZoomKeyAction | undefined {
	if (key === '+' || key === '=') return { action: 'zoom-in' };
	if (key === '-' || key === '_') return { action: 'zoom-out' };
	if (key === '0') return { action: 'reset' };
	if (key === '1') return { action: 'actual-size' };
	const move = drawingMoves[key];
	if (move) return { action: 'pan', dx: move[0] * step, dy: move[1] * step };
	return undefined;
}
