import { readFileSync } from 'node:fs';
import {
	estimateEnvelope,
	type EnvelopeEstimate,
	type EnvelopeInputs,
} from '../../../../../../src/explorers/envelope/envelope.ts';
import { envelopeWorking } from '../../../../../../src/explorers/envelope/envelope-working.ts';

/** A worked design's page text and the calculator's figures for its estimate. */
export interface DesignEstimate {
	/** The design page's MDX source. */
	page: string;
	estimate: EnvelopeEstimate;
	/** The calculator's printed result for one line of its working, e.g. `averageReadQps`. */
	result: (id: string) => string;
}

/**
 * Reads `src/content/docs/system-design/designs/<slug>.mdx` and runs the envelope calculator on
 * `inputs`, so a test can check that the figures the page prints are the calculator's.
 */
export function designEstimate(slug: string, inputs: EnvelopeInputs): DesignEstimate {
	const page = readFileSync(`src/content/docs/system-design/designs/${slug}.mdx`, 'utf8');
	const estimate = estimateEnvelope(inputs);
	const lines = envelopeWorking(inputs, estimate);
	const result = (id: string): string =>
		lines.find((line) => line.id === id)?.result ?? `(no line ${id})`;
	return { page, estimate, result };
}
