/**
 * Turns a token bucket simulation into SVG path data for a two-panel chart: the token level on
 * top, requests per second (accepted stacked under rejected) below. Pure, so the server renders
 * the default chart and the browser redraws it with the same code.
 */
import type { TokenBucketSimulation } from './token-bucket-simulation.ts';

/** Fixed geometry of the chart in SVG user units (the viewBox is `0 0 width height`). */
export const tokenBucketChartLayout = {
	width: 400,
	height: 264,
	plotLeft: 34,
	plotRight: 392,
	tokensTop: 24,
	tokensBottom: 112,
	requestsTop: 148,
	requestsBottom: 236,
} as const;

/** Path data and axis maxima for one simulation. */
export interface TokenBucketChart {
	/** The token level as a line. */
	readonly tokenLine: string;
	/** The same level closed down to zero, for a light fill under the line. */
	readonly tokenArea: string;
	/** One rectangle per second for accepted requests. */
	readonly acceptedBars: string;
	/** One rectangle per second for rejected requests, stacked on the accepted ones. */
	readonly rejectedBars: string;
	/** Top of the token axis (the capacity). */
	readonly tokenAxisMax: number;
	/** Top of the requests axis: a round number at or above the busiest second. */
	readonly requestAxisMax: number;
}

const layout = tokenBucketChartLayout;
const round = (value: number): number => Math.round(value * 100) / 100;

/** The smallest of 1, 2, 5, 10, 20, 50 ... that is at least `value` (and at least 1). */
export function niceCeiling(value: number): number {
	if (value <= 1) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 2, 5, 10]) {
		if (step * magnitude >= value) return step * magnitude;
	}
	return 10 * magnitude;
}

function rectangle(x: number, y: number, width: number, height: number): string {
	if (height <= 0) return '';
	return `M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${round(-width)}Z`;
}

/** Computes the chart for a simulation. */
export function tokenBucketChart(simulation: TokenBucketSimulation): TokenBucketChart {
	const { capacity, durationSeconds } = simulation.scenario;
	const plotWidth = layout.plotRight - layout.plotLeft;
	const x = (timeMs: number): number =>
		layout.plotLeft + (timeMs / (durationSeconds * 1000)) * plotWidth;
	const tokensHeight = layout.tokensBottom - layout.tokensTop;
	const y = (tokens: number): number => layout.tokensBottom - (tokens / capacity) * tokensHeight;

	const points = simulation.samples.map(
		(sample) => `${round(x(sample.timeMs))} ${round(y(sample.tokens))}`,
	);
	const tokenLine = points.length > 0 ? `M${points.join('L')}` : '';
	const tokenArea =
		points.length > 0
			? `${tokenLine}L${round(x(durationSeconds * 1000))} ${layout.tokensBottom}L${layout.plotLeft} ${layout.tokensBottom}Z`
			: '';

	const busiest = Math.max(
		0,
		...simulation.perSecond.map((second) => second.accepted + second.rejected),
	);
	const requestAxisMax = niceCeiling(busiest);
	const requestsHeight = layout.requestsBottom - layout.requestsTop;
	const slot = plotWidth / durationSeconds;
	const barWidth = slot * 0.7;
	let acceptedBars = '';
	let rejectedBars = '';
	simulation.perSecond.forEach((second, index) => {
		const left = layout.plotLeft + index * slot + (slot - barWidth) / 2;
		const acceptedHeight = (second.accepted / requestAxisMax) * requestsHeight;
		const rejectedHeight = (second.rejected / requestAxisMax) * requestsHeight;
		const acceptedTop = layout.requestsBottom - acceptedHeight;
		acceptedBars += rectangle(left, acceptedTop, barWidth, acceptedHeight);
		rejectedBars += rectangle(left, acceptedTop - rejectedHeight, barWidth, rejectedHeight);
	});

	return {
		tokenLine,
		tokenArea,
		acceptedBars,
		rejectedBars,
		tokenAxisMax: capacity,
		requestAxisMax,
	};
}

/** One sentence for the live region and the chart's description. */
export function describeTokenBucketRun(simulation: TokenBucketSimulation): string {
	const { accepted, rejected, scenario } = simulation;
	const total = accepted + rejected;
	const level = (tokens: number): string => (Math.round(tokens * 10) / 10).toString();
	return (
		`In ${scenario.durationSeconds} simulated ${scenario.durationSeconds === 1 ? 'second' : 'seconds'} ` +
		`the bucket accepted ${accepted} of ${total} ` +
		`${total === 1 ? 'request' : 'requests'} and rejected ${rejected}. ` +
		`Peak tokens ${level(simulation.peakTokens)}, ` +
		`lowest ${level(simulation.lowestTokens)}.`
	);
}
