/**
 * The home page's start-here chooser: the two questions it asks (target level, weeks until the
 * loop) and where each answer leads, a study plan and a first page to read. The levels follow the
 * handbook's one ladder (interviews/loop-structure: L5 is senior, as Google L5 and Meta E5).
 */
import type { PlanLength } from './plan-lengths.ts';
import { studyPlanFor, type StudyPlan } from './study-plan.ts';

/** One answer to "Your target level", with the page to read first at that level. */
export interface LevelChoice {
	/** Form value and CSS hook, such as `l5`. */
	value: string;
	/** The option's label. */
	label: string;
	/** A word or two under the label naming the level. */
	detail: string;
	/** Root-relative path of the first page to read, with its trailing slash (and anchor). */
	firstPage: string;
	/** Link text for the first page. */
	firstPageTitle: string;
	/** One sentence on why this page comes first at this level. */
	why: string;
}

/** One answer to "Weeks until your loop", and the plan it leads to. */
export interface WeeksChoice {
	/** Form value and CSS hook, such as `2-3`. */
	value: string;
	/** The option's label. */
	label: string;
	weeks: PlanLength;
}

export const levelChoices: readonly LevelChoice[] = [
	{
		value: 'l3-l4',
		label: 'L3-L4',
		detail: 'New grad, mid',
		firstPage: '/coding/',
		firstPageTitle: 'Coding',
		why: 'Coding rounds decide most L3 and L4 loops.',
	},
	{
		value: 'l5',
		label: 'L5',
		detail: 'Senior',
		firstPage: '/system-design/interview-framework/',
		firstPageTitle: 'The system design interview framework',
		why: 'From senior up, the design rounds set your level.',
	},
	{
		value: 'l6',
		label: 'L6+',
		detail: 'Staff and up',
		firstPage: '/interviews/loop-structure/#level-differences',
		firstPageTitle: 'How the loop changes by level',
		why: 'At staff and up, design depth and influence decide.',
	},
];

export const weeksChoices: readonly WeeksChoice[] = [
	{ value: '2-3', label: '2-3', weeks: 3 },
	{ value: '4', label: '4', weeks: 4 },
	{ value: '8', label: '8', weeks: 8 },
	{ value: '12', label: '12', weeks: 12 },
];

/**
 * The id of a plan's heading on the study-plan page, `### The <name> plan` slugged as headings
 * are (lower case, spaces to hyphens): `the-3-week-sprint-plan`.
 */
export function studyPlanAnchor(plan: StudyPlan): string {
	return `the-${plan.name.toLowerCase().replace(/\s+/g, '-')}-plan`;
}

/** The plan a weeks answer leads to. */
export function planForChoice(choice: WeeksChoice): StudyPlan {
	return studyPlanFor(choice.weeks);
}
