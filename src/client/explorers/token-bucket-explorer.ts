/**
 * Brings the server-rendered token bucket explorer to life: enables its sliders and, whenever one
 * moves, reruns the simulation and redraws the chart, the values and the summary in place.
 */
import {
	simulateTokenBucket,
	type TokenBucketScenario,
} from '../../explorers/token-bucket/token-bucket-simulation.ts';
import {
	describeTokenBucketRun,
	tokenBucketChart,
} from '../../explorers/token-bucket/token-bucket-chart.ts';
import { sliderValueText } from '../../explorers/token-bucket/slider-units.ts';

type ScenarioField = keyof Omit<TokenBucketScenario, 'durationSeconds'>;
const fields: readonly ScenarioField[] = [
	'capacity',
	'refillPerSecond',
	'burstSize',
	'burstIntervalSeconds',
	'steadyRate',
];

function isScenarioField(name: string): name is ScenarioField {
	return (fields as readonly string[]).includes(name);
}

/** Wires one explorer root (an element with `data-token-bucket-explorer`). */
export function mountTokenBucketExplorer(root: HTMLElement): void {
	const sliders = [...root.querySelectorAll<HTMLInputElement>('input[type="range"]')].filter(
		(input) => isScenarioField(input.name),
	);
	const find = <T extends Element>(selector: string): T | null => root.querySelector<T>(selector);
	const summary = find<HTMLElement>('[data-summary]');
	const description = find<SVGDescElement>('[data-chart-desc]');
	const paths = {
		tokenArea: find<SVGPathElement>('[data-token-area]'),
		tokenLine: find<SVGPathElement>('[data-token-line]'),
		acceptedBars: find<SVGPathElement>('[data-accepted-bars]'),
		rejectedBars: find<SVGPathElement>('[data-rejected-bars]'),
	};
	const tokenMax = find<SVGTextElement>('[data-token-max]');
	const requestMax = find<SVGTextElement>('[data-request-max]');
	const descriptionLead =
		'Top: tokens in the bucket over time. Bottom: requests per second, accepted and rejected.';

	const redraw = (): void => {
		const values: Record<ScenarioField, number> = {
			capacity: 1,
			refillPerSecond: 1,
			burstSize: 0,
			burstIntervalSeconds: 1,
			steadyRate: 0,
		};
		for (const slider of sliders) {
			if (!isScenarioField(slider.name)) continue;
			values[slider.name] = slider.valueAsNumber;
			const output = root.querySelector(`output[for="${slider.id}"]`);
			const text = sliderValueText(slider.valueAsNumber, {
				one: output?.getAttribute('data-unit-one') ?? '',
				other: output?.getAttribute('data-unit-other') ?? '',
			}).trim();
			if (output) output.textContent = text;
			slider.setAttribute('aria-valuetext', text);
		}
		const run = simulateTokenBucket(values);
		const chart = tokenBucketChart(run);
		for (const [key, path] of Object.entries(paths) as [
			keyof typeof paths,
			SVGPathElement | null,
		][]) {
			path?.setAttribute('d', chart[key]);
		}
		if (tokenMax) tokenMax.textContent = String(chart.tokenAxisMax);
		if (requestMax) requestMax.textContent = String(chart.requestAxisMax);
		const sentence = describeTokenBucketRun(run);
		// Rewriting identical text can make some screen readers announce it again.
		if (summary && summary.textContent !== sentence) summary.textContent = sentence;
		if (description) description.textContent = `${descriptionLead} ${sentence}`;
	};

	for (const slider of sliders) {
		slider.disabled = false;
		slider.addEventListener('input', redraw);
	}
	redraw();
}
