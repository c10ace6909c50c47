/**
 * Turns a study plan into checklist items: one per page to read and one for the week's
 * practice. Item ids carry the plan length and week, so ticks in one plan never count in another
 * and stay put when the reader switches plans.
 */
import type { PlanLink, PlanText, StudyPlan } from '../data/study-plan.ts';

/** One tickable item of a plan. */
export interface ChecklistItem {
	/** Stable id, e.g. `8w/3/read/coding/concurrency` or `8w/3/practice`. */
	id: string;
	week: number;
	kind: 'read' | 'practice';
	/** The link to the page for reading items, the practice text for practice items. */
	text: PlanText;
}

/** Every item of a plan, week by week, reading before practice. */
export function checklistItems(plan: StudyPlan): ChecklistItem[] {
	return plan.schedule.flatMap((week) => [
		...week.reading.map((link): ChecklistItem => ({
			id: `${plan.weeks}w/${week.week}/read/${link.page}`,
			week: week.week,
			kind: 'read',
			text: [link],
		})),
		{
			id: `${plan.weeks}w/${week.week}/practice`,
			week: week.week,
			kind: 'practice',
			text: week.practice,
		},
	]);
}

/** How many of a plan's items are ticked. */
export function checklistProgress(
	items: readonly ChecklistItem[],
	done: readonly string[],
): { done: number; total: number } {
	const ticked = new Set(done);
	return { done: items.filter((item) => ticked.has(item.id)).length, total: items.length };
}

/**
 * A reading item's link, worded as a task names it: the section, then the page ("Coding: graphs
 * and trees"), or the section's overview for its index page ("Coding: overview"). The plan's own
 * labels are written to sit inside a sentence ("read hash maps"), too bare for a checklist.
 * @param sections the section list (src/config/sections.ts), to name the page's section
 * @throws naming the page when it is in no section, so a wrong id in the plan data is caught
 */
export function readingTaskLink(
	link: PlanLink,
	sections: readonly { directory: string; label: string }[],
): PlanLink {
	const directory = link.page.split('/')[0] ?? '';
	const section = sections.find((candidate) => candidate.directory === directory);
	if (!section) {
		throw new Error(
			`src/data/study-plan.ts: the plan links "${link.page}", which is in no section of src/config/sections.ts. Use a page id such as coding/hash-maps.`,
		);
	}
	const page = link.page === directory ? 'overview' : link.label;
	return { page: link.page, label: `${section.label}: ${page}` };
}
