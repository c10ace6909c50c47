import { describe, expect, it } from 'vitest';
import {
	actualSizeView,
	largestOpeningScale,
	openingView,
	scaleLimits,
	zoomKeyAction,
} from '../../../src/client/diagram-zoom-view.ts';

/** Where the drawing lands on the stage under `scale(s) translate(x, y)` about its center. */
function placed(
	drawing: { width: number; height: number },
	view: { scale: number; x: number; y: number },
): { left: number; top: number; right: number; bottom: number } {
	const centerX = drawing.width / 2 + view.x * view.scale;
	const centerY = drawing.height / 2 + view.y * view.scale;
	const halfWidth = (drawing.width * view.scale) / 2;
	const halfHeight = (drawing.height * view.scale) / 2;
	return {
		left: centerX - halfWidth,
		right: centerX + halfWidth,
		top: centerY - halfHeight,
		bottom: centerY + halfHeight,
	};
}

describe('openingView', () => {
	it('shows a wide diagram whole on a phone, centered, within the margin', () => {
		const stage = { width: 375, height: 600 };
		const drawing = { width: 1558, height: 247 };
		const view = openingView(stage, drawing);
		expect(view.scale).toBeCloseTo((375 - 32) / 1558, 6);
		const box = placed(drawing, view);
		expect(box.left).toBeCloseTo(16, 6);
		expect(box.right).toBeCloseTo(375 - 16, 6);
		expect((box.top + box.bottom) / 2).toBeCloseTo(300, 6);
	});

	it('is limited by height for a tall diagram', () => {
		const view = openingView({ width: 1280, height: 780 }, { width: 770, height: 2252 });
		expect(view.scale).toBeCloseTo((780 - 32) / 2252, 6);
		const box = placed({ width: 770, height: 2252 }, view);
		expect(box.top).toBeCloseTo(16, 6);
		expect((box.left + box.right) / 2).toBeCloseTo(640, 6);
	});

	it('enlarges a small diagram, but no further than the largest opening scale', () => {
		expect(openingView({ width: 1280, height: 800 }, { width: 300, height: 100 }).scale).toBe(
			largestOpeningScale,
		);
	});
});

describe('actualSizeView', () => {
	it('shows the drawing at natural size with its top-left corner at the margin', () => {
		const drawing = { width: 1558, height: 247 };
		const view = actualSizeView(16);
		expect(view.scale).toBe(1);
		const box = placed(drawing, view);
		expect(box.left).toBe(16);
		expect(box.top).toBe(16);
	});
});

describe('scaleLimits', () => {
	it('lets the reader zoom out to half the opening scale and in to at least four times', () => {
		expect(scaleLimits(0.25)).toEqual({ minScale: 0.125, maxScale: 4 });
		expect(scaleLimits(3)).toEqual({ minScale: 1.5, maxScale: 6 });
	});
});

describe('zoomKeyAction', () => {
	it('zooms with + and -, also on the unshifted = key', () => {
		expect(zoomKeyAction('+')).toEqual({ action: 'zoom-in' });
		expect(zoomKeyAction('=')).toEqual({ action: 'zoom-in' });
		expect(zoomKeyAction('-')).toEqual({ action: 'zoom-out' });
	});

	it('shows the whole drawing with 0 and its natural size with 1', () => {
		expect(zoomKeyAction('0')).toEqual({ action: 'reset' });
		expect(zoomKeyAction('1')).toEqual({ action: 'actual-size' });
	});

	it('moves the view with the arrows, so the drawing moves the other way', () => {
		expect(zoomKeyAction('ArrowRight', 50)).toEqual({ action: 'pan', dx: -50, dy: 0 });
		expect(zoomKeyAction('ArrowUp', 50)).toEqual({ action: 'pan', dx: 0, dy: 50 });
	});

	it('leaves every other key alone (Escape belongs to the dialog, Tab to focus)', () => {
		for (const key of ['Escape', 'Tab', 'Enter', ' ', 'a', '2']) {
			expect(zoomKeyAction(key)).toBeUndefined();
		}
	});
});
