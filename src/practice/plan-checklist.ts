/**
 * Turns a study plan into checklist items: one per page to read and one for the week's
 * practice. Item ids carry the plan length and week, so ticks in one plan never count in another
 * and stay put when the reader switches plans.
 */
import type { PlanText, StudyPlan } from '../data/study-plan.ts';

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
