import { describe, it, expect } from 'vitest';
import { amazonLeadershipPrinciples, competencies } from '../../../src/data/competencies.ts';
import { evaluationDimensions } from '../../../src/data/evaluation.ts';
import { goVersusPython, languages, throughputFigures } from '../../../src/data/languages.ts';
import { faangBaseShareOfTc, levelMappings, salaryBands } from '../../../src/data/salaries.ts';
import { skills } from '../../../src/data/skills.ts';
import { handbookAnalysis, seedLesson, type Sourced } from '../../../src/data/sources.ts';
import { companyPolicies, locationPayDiscount, workModels } from '../../../src/data/work-models.ts';

// Every record in src/data says where it comes from, of which kind that source is, and when it
// was true. A record backed only by the seed lesson cites the lesson itself (it has no public
// copy); the handbook's own analysis is labelled as such; everything else has a public https URL.

const records: Array<[string, readonly Sourced[]]> = [
	['skills', skills],
	['languages', languages],
	['languages[].analysis', languages.map((l) => l.analysis)],
	['throughputFigures', throughputFigures],
	['goVersusPython', [goVersusPython]],
	['salaryBands', salaryBands],
	['faangBaseShareOfTc', [faangBaseShareOfTc]],
	['levelMappings', levelMappings],
	['workModels', workModels],
	['workModels[].effects', workModels.map((m) => m.effects)],
	['companyPolicies', companyPolicies],
	['locationPayDiscount', [locationPayDiscount]],
	['evaluationDimensions', evaluationDimensions],
	['evaluationDimensions[].bands', evaluationDimensions.map((d) => d.bands)],
	['competencies', competencies],
	['amazonLeadershipPrinciples', amazonLeadershipPrinciples],
];

const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

describe.each(records)('%s provenance', (_name, list) => {
	it('names a source of a known kind and an ISO as-of date no later than 2026', () => {
		expect(list.length).toBeGreaterThan(0);
		for (const r of list) {
			expect(r.asOf).toMatch(isoDate);
			expect(Number(r.asOf.slice(0, 4))).toBeLessThanOrEqual(2026);
			switch (r.source.kind) {
				case 'public':
					expect(r.source.title.trim()).not.toBe('');
					expect(r.source.url).toMatch(/^https:\/\/[^\s]+$/);
					break;
				case 'lesson':
					expect(r.source).toBe(seedLesson);
					break;
				case 'analysis':
					expect(r.source).toBe(handbookAnalysis);
					break;
				default:
					throw new Error(`unknown source kind in ${JSON.stringify(r.source)}`);
			}
		}
	});
});

describe('sources', () => {
	it('have no public source without a URL: the lesson and the analysis are their own kinds', () => {
		for (const [, list] of records) {
			for (const r of list) {
				if ('url' in r.source) expect(r.source.kind).toBe('public');
				else expect(r.source.kind).not.toBe('public');
			}
		}
	});

	it('label the handbook analysis apart from the lesson it sits next to', () => {
		for (const l of languages) {
			expect(l.source.kind).toBe('lesson');
			expect(l.analysis.source.kind).toBe('analysis');
			for (const ref of l.analysis.references) expect(ref.kind).toBe('public');
		}
		for (const m of workModels)
			expect([m.source.kind, m.effects.source.kind]).toEqual(['lesson', 'analysis']);
		for (const d of evaluationDimensions)
			expect([d.source.kind, d.bands.source.kind]).toEqual(['lesson', 'analysis']);
	});
});
