import type { Page } from '@playwright/test';

/** The lowest text-on-background contrast among the elements matched, with the worst offender. */
export interface ContrastReport {
	minimum: number;
	worst: string;
	checked: number;
}

/**
 * Measures the WCAG contrast ratio of every element matching `selector` (its SVG `fill`, or its
 * `color` for HTML text) against the page background. Colours are resolved by painting them on a
 * canvas, so any CSS colour syntax the browser computes (color-mix, color(srgb ...)) works.
 */
export function measureTextContrast(page: Page, selector: string): Promise<ContrastReport> {
	return page.evaluate((sel) => {
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 1;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) throw new Error('no 2d canvas');
		const toRgb = (css: string): [number, number, number] => {
			context.clearRect(0, 0, 1, 1);
			context.fillStyle = '#000';
			context.fillStyle = css;
			context.fillRect(0, 0, 1, 1);
			const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
			return [r, g, b];
		};
		const luminance = ([r, g, b]: [number, number, number]): number => {
			const channel = (value: number): number => {
				const c = value / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
		};
		const background = luminance(toRgb(getComputedStyle(document.body).backgroundColor));
		let minimum = Infinity;
		let worst = '';
		const elements = Array.from(document.querySelectorAll<Element>(sel));
		for (const element of elements) {
			const style = getComputedStyle(element);
			const paint = element instanceof SVGElement ? style.fill : style.color;
			const foreground = luminance(toRgb(paint));
			const ratio =
				(Math.max(foreground, background) + 0.05) / (Math.min(foreground, background) + 0.05);
			if (ratio < minimum) {
				minimum = ratio;
				worst = `${element.textContent?.trim().slice(0, 40)} (${paint})`;
			}
		}
		return { minimum, worst, checked: elements.length };
	}, selector);
}
