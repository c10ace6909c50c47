import { describe, it, expect } from 'vitest';
import { companyPolicies, locationPayDiscount, workModels } from '../../../src/data/work-models.ts';

describe('work models', () => {
	it('has hybrid, remote-first and full on-site, in that order', () => {
		expect(workModels.map((m) => m.id)).toEqual(['hybrid', 'remote-first', 'on-site']);
	});

	it('names the companies the lesson names for each model', () => {
		const byId = Object.fromEntries(workModels.map((m) => [m.id, m.companies]));
		expect(byId['hybrid']).toEqual(['Google', 'Meta', 'Amazon']);
		expect(byId['remote-first']).toEqual(['GitLab', 'Automattic', 'Zapier', 'Stripe']);
		expect(byId['on-site']).toEqual(['Citadel', 'Jane Street', 'Apple']);
	});

	it('keeps hybrid at 3 days a week at FAANG', () => {
		const hybrid = workModels.find((m) => m.id === 'hybrid');
		expect(hybrid?.name).toBe('Hybrid (3 days/week)');
		expect(hybrid?.prevalence).toBe('Dominant model at FAANG');
	});

	it('puts the location pay gap at 10-25%', () => {
		expect(locationPayDiscount.minPercent).toBe(10);
		expect(locationPayDiscount.maxPercent).toBe(25);
		expect(locationPayDiscount.display).toBe('10-25%');
	});
});

describe('company policies', () => {
	it('covers every company the lesson names', () => {
		const named = workModels.flatMap((m) => m.companies);
		const covered = new Set(companyPolicies.map((p) => p.company));
		for (const c of named) expect(covered.has(c)).toBe(true);
	});

	it('files each company under the model the lesson gives it', () => {
		for (const m of workModels) {
			for (const c of m.companies) {
				expect(companyPolicies.find((p) => p.company === c)?.lessonModel).toBe(m.id);
			}
		}
	});

	it('flags where public reporting disagrees with the lesson (Amazon five days, Apple hybrid)', () => {
		const disagreements = companyPolicies.filter((p) => !p.matchesLesson).map((p) => p.company);
		expect(disagreements.sort()).toEqual(['Amazon', 'Apple']);
		for (const p of companyPolicies.filter((q) => !q.matchesLesson))
			expect(p.source.url).toMatch(/^https:\/\//);
	});
});
