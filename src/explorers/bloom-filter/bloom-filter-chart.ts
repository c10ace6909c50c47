/**
 * Turns a Bloom filter outcome into SVG path data: the false-positive rate against the hash
 * count on a logarithmic axis, a marker at the chosen count and a guide at the ideal one. Pure,
 * so the server draws the default chart and the browser redraws it with the same code.
 */
import { hashRange, type BloomFilterOutcome } from './bloom-filter-scenario.ts';

/** Fixed geometry in SVG user units (the viewBox is `0 0 width height`). */
export const bloomChartLayout = {
	width: 400,
	height: 236,
	plotLeft: 64,
	plotRight: 388,
	plotTop: 16,
	plotBottom: 196,
	/** The axis spans 10^-minExponent (bottom) to 10^0 = 100% (top). */
	minExponent: 6,
} as const;

/** Path data and marker positions for one outcome. */
export interface BloomChart {
	/** The rate at k = 1..16 as a polyline. */
	readonly curve: string;
	/** A small diamond at the chosen k. */
	readonly marker: string;
	/** A vertical dashed guide at the ideal (unrounded) k, or '' when it falls off the chart. */
	readonly idealGuide: string;
}

const layout = bloomChartLayout;
const round = (value: number): number => Math.round(value * 100) / 100;

/** x position of a hash count. */
export function xForHashes(hashes: number): number {
	const span = hashRange.max - hashRange.min;
	return layout.plotLeft + ((hashes - hashRange.min) / span) * (layout.plotRight - layout.plotLeft);
}

/** y position of a rate; rates below the axis floor sit on the floor. */
export function yForRate(rate: number): number {
	const exponent = Math.max(-layout.minExponent, Math.min(0, Math.log10(Math.max(rate, 1e-300))));
	return layout.plotTop + (-exponent / layout.minExponent) * (layout.plotBottom - layout.plotTop);
}

/** Computes the chart for an outcome. */
export function bloomChart(outcome: BloomFilterOutcome): BloomChart {
	const points = outcome.curve.map(
		(point) => `${round(xForHashes(point.hashes))} ${round(yForRate(point.rate))}`,
	);
	const x = round(xForHashes(outcome.scenario.hashes));
	const y = round(yForRate(outcome.falsePositiveRate));
	const ideal = outcome.idealHashes;
	const idealGuide =
		ideal >= hashRange.min && ideal <= hashRange.max
			? `M${round(xForHashes(ideal))} ${layout.plotTop}V${layout.plotBottom}`
			: '';
	return {
		curve: `M${points.join('L')}`,
		marker: `M${x} ${round(y - 6)}l6 6l-6 6l-6 -6Z`,
		idealGuide,
	};
}
