import { describe, expect, it } from 'vitest';
import { handbookSections } from '../../../src/config/sections.ts';
import { studyPlans } from '../../../src/data/study-plan.ts';
import { checklistItems, readingTaskLink } from '../../../src/practice/plan-checklist.ts';

const sections = [
	{ directory: 'coding', label: 'Coding' },
	{ directory: 'databases', label: 'Databases' },
];

describe('readingTaskLink', () => {
	it('names the section, then the page, keeping the link', () => {
		expect(
			readingTaskLink({ page: 'coding/graphs-and-trees', label: 'graphs and trees' }, sections),
		).toEqual({ page: 'coding/graphs-and-trees', label: 'Coding: graphs and trees' });
	});

	it("names a section's index page as the section's overview", () => {
		expect(readingTaskLink({ page: 'databases', label: 'databases' }, sections)).toEqual({
			page: 'databases',
			label: 'Databases: overview',
		});
	});

	it('names the plan data and the fix when a page is in no section', () => {
		expect(() => readingTaskLink({ page: 'misc/notes', label: 'notes' }, sections)).toThrow(
			'src/data/study-plan.ts: the plan links "misc/notes", which is in no section of src/config/sections.ts. Use a page id such as coding/hash-maps.',
		);
	});

	it('words every reading item of every plan with its section, never a bare lowercase label', () => {
		const labels = studyPlans.flatMap((plan) =>
			checklistItems(plan)
				.filter((item) => item.kind === 'read')
				.flatMap((item) => item.text)
				.map((part) =>
					typeof part === 'string' ? part : readingTaskLink(part, handbookSections).label,
				),
		);
		expect(labels.length).toBeGreaterThan(0);
		expect(labels.filter((label) => !/^[A-Z][^:]*: \S/.test(label))).toEqual([]);
	});
});
