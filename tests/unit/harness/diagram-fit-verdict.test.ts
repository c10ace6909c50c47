import { describe, expect, it } from 'vitest';
import { fitVerdict, type DiagramFit } from '../../../scripts/harness/diagram-fit-probe.ts';

const diagram = (overrides: Partial<DiagramFit>): DiagramFit => ({
	id: 'diagram-1',
	title: 'A diagram',
	type: 'flowchart',
	boxWidth: 632,
	drawingWidth: 600,
	smallestLabelPx: 11,
	expandShown: false,
	...overrides,
});

describe('diagram fit verdict', () => {
	it('counts a whole drawing with every label at 11 px as fitting', () => {
		expect(fitVerdict(diagram({}))).toBe('fit');
	});

	it('counts a drawing wider than its box as cut off, whatever its label size', () => {
		expect(fitVerdict(diagram({ drawingWidth: 1100, smallestLabelPx: 13 }))).toBe('cut off');
	});

	it('counts a whole drawing with a label under 11 px as too small', () => {
		expect(fitVerdict(diagram({ smallestLabelPx: 10.5 }))).toBe('too small');
	});

	it('tolerates a sub-pixel rounding of the drawing width', () => {
		expect(fitVerdict(diagram({ drawingWidth: 632.6 }))).toBe('fit');
	});

	it('counts a diagram that shows the expand control as expand, even when it would not fit', () => {
		expect(fitVerdict(diagram({ expandShown: true, drawingWidth: 1100 }))).toBe('expand');
	});
});
