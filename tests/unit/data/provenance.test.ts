import { describe, it, expect } from 'vitest';
import { evaluationDimensions } from '../../../src/data/evaluation.ts';
import { goVersusPython, languages, throughputFigures } from '../../../src/data/languages.ts';
import { faangBaseShareOfTc, levelMappings, salaryBands } from '../../../src/data/salaries.ts';
import { skills } from '../../../src/data/skills.ts';
import type { Sourced } from '../../../src/data/sources.ts';
import { companyPolicies, locationPayDiscount, workModels } from '../../../src/data/work-models.ts';

const records: Array<[string, readonly Sourced[]]> = [
	['skills', skills],
	['languages', languages],
	['throughputFigures', throughputFigures],
	['goVersusPython', [goVersusPython]],
	['salaryBands', salaryBands],
	['faangBaseShareOfTc', [faangBaseShareOfTc]],
	['levelMappings', levelMappings],
	['workModels', workModels],
	['companyPolicies', companyPolicies],
	['locationPayDiscount', [locationPayDiscount]],
	['evaluationDimensions', evaluationDimensions],
];

const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

describe.each(records)('%s provenance', (_name, list) => {
	it('every record names a source and an ISO as-of date no later than 2026', () => {
		expect(list.length).toBeGreaterThan(0);
		for (const r of list) {
			expect(r.source.title.trim().length).toBeGreaterThan(0);
			if (r.source.url !== null) expect(r.source.url).toMatch(/^https:\/\/[^\s]+$/);
			expect(r.asOf).toMatch(isoDate);
			expect(Number(r.asOf.slice(0, 4))).toBeLessThanOrEqual(2026);
		}
	});
});
