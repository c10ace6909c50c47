/**
 * Colors of browser-drawn pie charts, per theme. Mermaid's dark theme darkens its slices from the
 * primary color until the first is nearly black: invisible on the page and, with its 0.7 opacity,
 * hard to tell from the next. Here every slice has the same luminance, chosen so that its label
 * reads at 4.5:1 or more on it and the slice stands out at 3:1 or more from the page; slices
 * differ in hue and are parted by a gap in the page color.
 */

/** The page background and text Starlight paints in each theme. */
export const pageColors = {
	light: { background: '#ffffff', text: '#17181c' },
	dark: { background: '#17181c', text: '#ffffff' },
} as const;

/** Twelve hues (blue, orange, teal, purple, red, green, gold, pink, slate, brown, cyan, olive). */
export const pieSlices = {
	// Luminance about 0.26: dark labels on them, and 3.4:1 against the white page.
	light: [
		'#528ed4',
		'#d3721e',
		'#279c8c',
		'#a877cc',
		'#d9687b',
		'#3c9e4c',
		'#ad8613',
		'#cd69ab',
		'#818ca2',
		'#c07b58',
		'#2098b6',
		'#839331',
	],
	// Luminance about 0.155: white labels on them, and 3.4:1 against the dark page.
	dark: [
		'#2e6fba',
		'#a65a18',
		'#1f7b6f',
		'#9051bd',
		'#ca334c',
		'#2f7d3c',
		'#886a0f',
		'#b83d8f',
		'#636e85',
		'#9f5d3c',
		'#19778f',
		'#677427',
	],
} as const;

/** Mermaid theme variables for pie charts in `theme`. */
export function pieThemeVariables(theme: 'light' | 'dark'): Record<string, string> {
	const page = pageColors[theme];
	const variables: Record<string, string> = {
		pieOpacity: '1',
		pieSectionTextColor: page.text,
		pieStrokeColor: page.background,
		pieStrokeWidth: '2px',
		pieOuterStrokeColor: page.background,
		pieOuterStrokeWidth: '2px',
		pieTitleTextColor: page.text,
		pieLegendTextColor: page.text,
	};
	pieSlices[theme].forEach((color, index) => {
		variables[`pie${index + 1}`] = color;
	});
	return variables;
}
