import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	studyPlans,
	studyPlanFor,
	totalHours,
	totalMocks,
	type PlanLink,
} from '../../../src/data/study-plan.ts';
import { checklistItems, checklistProgress } from '../../../src/practice/plan-checklist.ts';
import { planLengths } from '../../../src/data/plan-lengths.ts';

const docsDir = join(process.cwd(), 'src', 'content', 'docs');

/** A page id names `<id>.md(x)` or, for a section, `<id>/index.md(x)`. */
function pageFileExists(page: string): boolean {
	return ['.mdx', '.md', '/index.mdx', '/index.md'].some((suffix) =>
		existsSync(join(docsDir, `${page}${suffix}`)),
	);
}

function linksOf(plan: (typeof studyPlans)[number]): PlanLink[] {
	return plan.schedule.flatMap((week) => [
		...week.reading,
		...week.practice.filter((part): part is PlanLink => typeof part !== 'string'),
	]);
}

describe.each(studyPlans.map((plan) => [plan.name, plan] as const))(
	'the %s plan',
	(_name, plan) => {
		it('has one row per week, numbered 1 to its length', () => {
			expect(plan.schedule.map((week) => week.week)).toEqual(
				Array.from({ length: plan.weeks }, (_, i) => i + 1),
			);
		});

		it('links only to pages that exist under src/content/docs', () => {
			const missing = linksOf(plan)
				.filter((link) => !pageFileExists(link.page))
				.map(
					(link) =>
						`week links "${link.page}" (${link.label}), which has no file under src/content/docs`,
				);
			expect(missing).toEqual([]);
		});

		it('gives every week a focus, at least one page, practice and positive hours', () => {
			for (const week of plan.schedule) {
				expect(week.focus.length, `week ${week.week}`).toBeGreaterThan(3);
				expect(week.reading.length, `week ${week.week}`).toBeGreaterThan(0);
				expect(week.practice.length, `week ${week.week}`).toBeGreaterThan(0);
				expect(week.hours, `week ${week.week}`).toBeGreaterThan(0);
			}
		});

		it('counts mock rounds exactly in the weeks whose practice schedules a mock', () => {
			for (const week of plan.schedule) {
				const text = week.practice
					.map((part) => (typeof part === 'string' ? part : part.label))
					.join('');
				const schedulesMock = /\bmocks?\b|with a peer/i.test(text);
				const mocks = week.mocks ?? 0;
				if (schedulesMock) expect(mocks, `week ${week.week}: "${text}"`).toBeGreaterThan(0);
				else expect(mocks, `week ${week.week}: "${text}"`).toBe(0);
			}
		});

		it('schedules at least five timed mock rounds, as the study-plan page advises', () => {
			expect(totalMocks(plan)).toBeGreaterThanOrEqual(5);
		});

		it('yields checklist items with unique ids, one per page read plus one practice item per week', () => {
			const items = checklistItems(plan);
			expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
			const pages = plan.schedule.reduce((sum, week) => sum + week.reading.length, 0);
			expect(items.length).toBe(pages + plan.weeks);
			expect(items.every((item) => item.id.startsWith(`${plan.weeks}w/${item.week}/`))).toBe(true);
		});
	},
);

describe('study plans', () => {
	it('has exactly one plan per plan length the progress store accepts', () => {
		expect(studyPlans.map((plan) => plan.weeks)).toEqual([...planLengths]);
		expect(studyPlanFor(8).name).toBe('8-week standard');
	});

	it('gives more hours in total to a longer plan, and fewer hours a week', () => {
		// The study-plan page renders both from the data and describes the plans this way.
		const totals = studyPlans.map(totalHours);
		const perWeek = studyPlans.map((plan) => totalHours(plan) / plan.weeks);
		expect(totals).toEqual([...totals].sort((a, b) => a - b));
		expect(perWeek).toEqual([...perWeek].sort((a, b) => b - a));
	});

	it('counts ticked items of the plan only', () => {
		const items = checklistItems(studyPlanFor(4));
		const progress = checklistProgress(items, [
			items[0]!.id,
			items[1]!.id,
			'8w/1/practice',
			'stale/id',
		]);
		expect(progress).toEqual({ done: 2, total: items.length });
	});
});
