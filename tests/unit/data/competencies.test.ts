import { describe, expect, it } from 'vitest';
import {
	amazonLeadershipPrinciples,
	competencies,
	competencyIds,
	findCompetency,
} from '../../../src/data/competencies.ts';

describe('competencies', () => {
	it('lists each id once, in the order of competencyIds, with a label and a line on what it shows', () => {
		expect(competencies.map((entry) => entry.id)).toEqual([...competencyIds]);
		for (const entry of competencies) {
			expect(entry.label.trim()).not.toBe('');
			expect(entry.shows).toMatch(/^[A-Z].+\.$/);
		}
		expect(findCompetency('influence')?.label).toBe('influence without authority');
		expect(findCompetency('teamwork')).toBeUndefined();
	});
});

describe('Amazon Leadership Principles', () => {
	it('are the sixteen Amazon lists, from Customer Obsession to Success and Scale', () => {
		expect(amazonLeadershipPrinciples).toHaveLength(16);
		expect(new Set(amazonLeadershipPrinciples.map((entry) => entry.name)).size).toBe(16);
		expect(amazonLeadershipPrinciples[0]?.name).toBe('Customer Obsession');
		expect(amazonLeadershipPrinciples.at(-1)?.name).toBe(
			'Success and Scale Bring Broad Responsibility',
		);
	});

	it('each map to at least one known competency, and every competency serves some principle', () => {
		const used = new Set<string>();
		for (const entry of amazonLeadershipPrinciples) {
			expect(entry.competencies.length, entry.name).toBeGreaterThan(0);
			for (const id of entry.competencies) {
				expect(findCompetency(id), `${entry.name}: ${id}`).toBeDefined();
				used.add(id);
			}
		}
		expect([...used].sort()).toEqual([...competencyIds].sort());
	});
});
