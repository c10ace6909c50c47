import { describe, expect, it } from 'vitest';
import { pageColors, pieSlices, pieThemeVariables } from '../../../src/client/pie-palette.ts';

/** WCAG 2 relative luminance of a #rrggbb color. */
function luminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r = 0, g = 0, b = 0] = channels.map((c) =>
		c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
	);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

describe.each(['light', 'dark'] as const)('pie palette, %s theme', (theme) => {
	const variables = pieThemeVariables(theme);
	const slices = Array.from({ length: 12 }, (_, i) => variables[`pie${i + 1}`] ?? '');

	it('gives every one of the twelve slices a color', () => {
		expect(slices).toEqual([...pieSlices[theme]]);
		expect(new Set(slices).size).toBe(12);
	});

	it('keeps every slice label at 4.5:1 or more against its slice', () => {
		const label = variables['pieSectionTextColor'] ?? '';
		for (const slice of slices) expect(contrast(slice, label), slice).toBeGreaterThanOrEqual(4.5);
	});

	it('keeps every slice at 3:1 or more against the page, so none disappears', () => {
		for (const slice of slices)
			expect(contrast(slice, pageColors[theme].background), slice).toBeGreaterThanOrEqual(3);
	});

	it('draws slices opaque, so the page cannot darken them', () => {
		expect(variables['pieOpacity']).toBe('1');
	});

	it('letters the title and legend in the page text color', () => {
		expect(variables['pieLegendTextColor']).toBe(pageColors[theme].text);
		expect(contrast(pageColors[theme].text, pageColors[theme].background)).toBeGreaterThan(7);
	});
});
