import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { companyPolicies, locationPayDiscount, workModels } from '../../../src/data/work-models.ts';

// Invariants of the work-model data. The lesson's exact labels are checked where the page renders
// them (tests/unit/components/landscape/seed-figures.test.ts).

const workModelsPage = readFileSync(
	join(process.cwd(), 'src/content/docs/landscape/work-models.mdx'),
	'utf8',
);

describe('work models', () => {
	it('have unique ids and name each company under one model only', () => {
		expect(new Set(workModels.map((m) => m.id)).size).toBe(workModels.length);
		const named = workModels.flatMap((m) => m.companies);
		expect(new Set(named).size).toBe(named.length);
	});

	it('write the location pay gap from its own numbers', () => {
		expect(locationPayDiscount.minPercent).toBeLessThan(locationPayDiscount.maxPercent);
		expect(locationPayDiscount.display).toBe(
			`${locationPayDiscount.minPercent}-${locationPayDiscount.maxPercent}%`,
		);
	});
});

describe('company policies', () => {
	it('cover each company the lesson names once, under the model the lesson gives it', () => {
		const expected = workModels.flatMap((m) => m.companies.map((c) => [c, m.id]));
		const filed = companyPolicies
			.filter((p) => expected.some(([c]) => c === p.company))
			.map((p) => [p.company, p.lessonModel]);
		expect(filed.sort()).toEqual(expected.sort());
	});

	it('state a policy and a verdict only where a public source was read', () => {
		for (const p of companyPolicies) {
			if (p.source.kind === 'public') {
				expect(p.publicPolicy?.trim(), p.company).toBeTruthy();
				expect(typeof p.matchesLesson, p.company).toBe('boolean');
			} else {
				expect(p.source.kind, p.company).toBe('lesson');
				expect([p.publicPolicy, p.matchesLesson], p.company).toEqual([null, null]);
			}
		}
	});

	it('explain every disagreement with the lesson on the work-models page', () => {
		const section = workModelsPage.slice(
			workModelsPage.indexOf('### Where sources disagree'),
			workModelsPage.indexOf('### How the model shapes the process'),
		);
		for (const p of companyPolicies.filter((q) => q.matchesLesson === false)) {
			expect(section, p.company).toContain(`- **${p.company}**`);
		}
	});

	it('say on the page which labels rest on the lesson alone', () => {
		for (const p of companyPolicies.filter((q) => q.source.kind === 'lesson')) {
			expect(workModelsPage, p.company).toMatch(
				new RegExp(`${p.company}[^.]*: the lesson is the only source`),
			);
		}
	});
});
