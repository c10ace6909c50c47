import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	decideFit,
	expandThresholdRule,
	expandThresholds,
	measureDrawing,
	narrowestReadableColumn,
	readableLabelPx,
} from '../../../src/markdown/diagram-fit.ts';

describe('measureDrawing', () => {
	it('reads the viewBox size and the smallest font size of a drawn SVG', () => {
		const svg =
			'<svg viewBox="0 0 680.5 261.25" width="680.5"><text font-size="13">A</text><text font-size="11">b</text></svg>';
		expect(measureDrawing(svg)).toEqual({ width: 680.5, height: 261.25, smallestFontSize: 11 });
	});

	it('takes text with no font size of its own to be the 16 px body text', () => {
		expect(measureDrawing('<svg viewBox="0 0 100 50"><text>A</text></svg>').smallestFontSize).toBe(
			16,
		);
	});
});

describe('decideFit', () => {
	it('fits a drawing whose labels stay readable even in the narrowest column', () => {
		expect(decideFit({ width: 280, height: 400, smallestFontSize: 11 })).toEqual({ kind: 'fits' });
		// 13-unit labels allow scaling down to 11/13: 340 wide reads in a 288 px column.
		expect(decideFit({ width: 340, height: 400, smallestFontSize: 13 })).toEqual({ kind: 'fits' });
	});

	it('finds the narrowest column where the scaled drawing still reads', () => {
		expect(narrowestReadableColumn({ width: 1300, height: 1, smallestFontSize: 13 })).toBe(1100);
		expect(narrowestReadableColumn({ width: 632, height: 1, smallestFontSize: 11 })).toBe(632);
	});

	it('rounds the threshold up to the next 16 px step, so no label is ever shown under 11 px', () => {
		// 700 x 11 / 13 = 592.3: readable from 592.3 px, so the expand control shows below 600.
		expect(decideFit({ width: 700, height: 300, smallestFontSize: 13 })).toEqual({
			kind: 'expand-below',
			columnPx: 600,
			readableWidthPx: 600,
		});
	});

	it('decides exactly at the desktop column: a drawing that reads in 632 px shows whole there', () => {
		expect(decideFit({ width: 632, height: 300, smallestFontSize: 11 })).toMatchObject({
			kind: 'expand-below',
			columnPx: 632,
		});
		expect(decideFit({ width: 633, height: 300, smallestFontSize: 11 })).toMatchObject({
			kind: 'expand-below',
			columnPx: 648,
		});
	});

	it('never scrolls wider than the drawing itself when script is off', () => {
		const fit = decideFit({ width: 620.4, height: 300, smallestFontSize: 11 });
		expect(fit).toEqual({ kind: 'expand-below', columnPx: 632, readableWidthPx: 621 });
	});

	it('always offers the expand control past the widest column the site lays out', () => {
		expect(decideFit({ width: 1558, height: 247, smallestFontSize: 13 })).toEqual({
			kind: 'expand',
			readableWidthPx: 1319,
		});
	});

	it('always offers it for labels under 11 units, and scrolls them enlarged to 11 px without script', () => {
		expect(decideFit({ width: 500, height: 300, smallestFontSize: 9 })).toEqual({
			kind: 'expand',
			readableWidthPx: Math.ceil((500 * readableLabelPx) / 9),
		});
	});
});

describe('the expand thresholds in src/styles/diagrams.css', () => {
	const css = readFileSync('src/styles/diagrams.css', 'utf8');

	it('cover every column width from just above the narrowest to the widest, every 16 px', () => {
		const thresholds = expandThresholds();
		expect(thresholds[0]).toBe(296);
		expect(thresholds.at(-1)).toBe(776);
		expect(thresholds).toHaveLength(31);
		expect(thresholds).toContain(632);
	});

	it('each have their rule in the stylesheet, and the stylesheet has no other', () => {
		const missing = expandThresholds()
			.map(expandThresholdRule)
			.filter((rule) => !css.includes(rule));
		expect(
			missing,
			`src/styles/diagrams.css lacks these rules; paste them at its end:\n${missing.join('\n')}`,
		).toEqual([]);
		const inStylesheet = [...css.matchAll(/data-expand='below-(\d+)'/g)].map((match) =>
			Number(match[1]),
		);
		expect(inStylesheet).toEqual(expandThresholds());
	});

	it('give every decision a threshold that has a rule', () => {
		for (let width = 200; width <= 1200; width += 7) {
			for (const smallestFontSize of [11, 12, 13, 14]) {
				const fit = decideFit({ width, height: 100, smallestFontSize });
				if (fit.kind === 'expand-below') expect(expandThresholds()).toContain(fit.columnPx);
			}
		}
	});
});
