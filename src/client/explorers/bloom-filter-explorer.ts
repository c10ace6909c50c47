/**
 * Brings the server-rendered Bloom filter explorer to life: enables its sliders and, whenever one
 * moves, recomputes the rate and redraws the chart, the values and the summary in place.
 */
import {
	describeBloomFilter,
	evaluateBloomFilter,
	formatKeys,
} from '../../explorers/bloom-filter/bloom-filter-scenario.ts';
import { bloomChart } from '../../explorers/bloom-filter/bloom-filter-chart.ts';

const descriptionLead =
	'Logarithmic rate axis from 100% down to 0.0001%; the curve falls to a minimum at the ideal hash count and rises after it.';

/** How each slider's value reads in its output and its aria-valuetext. */
const readouts: Record<string, (value: number) => string> = {
	keysExponent: (value) => formatKeys(10 ** value),
	bitsPerKey: (value) => `${value} bits per key`,
	hashes: (value) => `${value}`,
};

/** Wires one explorer root (an element with `data-bloom-filter-explorer`). */
export function mountBloomFilterExplorer(root: HTMLElement): void {
	const slider = (name: string): HTMLInputElement | null =>
		root.querySelector<HTMLInputElement>(`input[type="range"][name="${name}"]`);
	const sliders = Object.keys(readouts)
		.map(slider)
		.filter((input): input is HTMLInputElement => input !== null);
	const find = <T extends Element>(selector: string): T | null => root.querySelector<T>(selector);
	const summary = find<HTMLElement>('[data-summary]');
	const description = find<SVGDescElement>('[data-chart-desc]');
	const paths = {
		curve: find<SVGPathElement>('[data-curve]'),
		marker: find<SVGPathElement>('[data-marker]'),
		idealGuide: find<SVGPathElement>('[data-ideal-guide]'),
	};

	const redraw = (): void => {
		for (const input of sliders) {
			const text = readouts[input.name]?.(input.valueAsNumber) ?? input.value;
			const output = root.querySelector(`output[for="${input.id}"]`);
			if (output) output.textContent = text;
			input.setAttribute('aria-valuetext', text);
		}
		const outcome = evaluateBloomFilter({
			keys: 10 ** (slider('keysExponent')?.valueAsNumber ?? 6),
			bitsPerKey: slider('bitsPerKey')?.valueAsNumber ?? 10,
			hashes: slider('hashes')?.valueAsNumber ?? 7,
		});
		const chart = bloomChart(outcome);
		for (const [key, path] of Object.entries(paths) as [
			keyof typeof paths,
			SVGPathElement | null,
		][]) {
			path?.setAttribute('d', chart[key]);
		}
		const sentence = describeBloomFilter(outcome);
		// Rewriting identical text can make some screen readers announce it again.
		if (summary && summary.textContent !== sentence) summary.textContent = sentence;
		if (description) description.textContent = `${descriptionLead} ${sentence}`;
	};

	for (const input of sliders) {
		input.disabled = false;
		input.addEventListener('input', redraw);
	}
	redraw();
}
