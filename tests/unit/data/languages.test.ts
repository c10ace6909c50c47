import { describe, it, expect } from 'vitest';
import {
	goVersusPython,
	languageById,
	languages,
	quotedThroughputRatio,
	throughputFigures,
	throughputOf,
} from '../../../src/data/languages.ts';

// Invariants of the language data. The lesson's exact figures are checked where the page renders
// them (tests/unit/components/landscape/seed-figures.test.ts).

describe('languages', () => {
	it('have unique ids', () => {
		const ids = languages.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('give every language an analysis with interview probes and a public reference', () => {
		for (const l of languages) {
			expect(l.analysis.concurrencyModel.trim(), l.id).not.toBe('');
			expect(l.analysis.interviewProbes.length, l.id).toBeGreaterThanOrEqual(3);
			expect(l.analysis.references.length, l.id).toBeGreaterThan(0);
		}
	});

	it('throw a message naming the file for an unknown id', () => {
		expect(() => languageById('cobol' as 'go')).toThrow(/languages\.ts/);
		expect(() => throughputOf('rust')).toThrow(/languages\.ts.*rust/);
	});
});

describe('throughput figures', () => {
	it('belong to known languages, one figure each', () => {
		const ids = throughputFigures.map((f) => f.languageId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(() => languageById(id)).not.toThrow();
	});

	it('write each figure from its own number', () => {
		for (const f of throughputFigures) {
			expect(f.display).toBe(`~${f.requestsPerSecond.toLocaleString('en-US')} req/sec`);
		}
	});

	it('keep the speed-up claim a range written from its own numbers, about quoted languages', () => {
		expect(goVersusPython.minFactor).toBeLessThan(goVersusPython.maxFactor);
		expect(goVersusPython.display).toContain(
			`${goVersusPython.minFactor}-${goVersusPython.maxFactor}x`,
		);
		expect(goVersusPython.display).toContain(languageById(goVersusPython.faster).name);
		expect(goVersusPython.display).toContain(languageById(goVersusPython.slower).name);
	});

	it('imply a ratio just under the claimed range, as the languages page says', () => {
		// The page renders the ratio and calls it "just under the lesson's own range".
		const ratio = quotedThroughputRatio();
		expect(ratio).toBeLessThan(goVersusPython.minFactor);
		expect(ratio).toBeGreaterThan(goVersusPython.minFactor - 0.5);
	});
});
