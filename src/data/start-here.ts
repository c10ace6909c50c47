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
	/** A few words under the label placing it on company ladders. */
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
		detail: 'New grad, mid-level',
		firstPage: '/coding/',
		firstPageTitle: 'Coding',
		why: 'Coding rounds decide most L3 and L4 loops; this page shows the round and the order to learn its patterns.',
	},
	{
		value: 'l5',
		label: 'L5',
		detail: 'Senior: Google L5, Meta E5',
		firstPage: '/system-design/interview-framework/',
		firstPageTitle: 'The system design interview framework',
		why: 'From senior up, design rounds set the level; this is the 45-minute plan every design answer follows.',
	},
	{
		value: 'l6',
		label: 'L6+',
		detail: 'Staff, principal',
		firstPage: '/interviews/loop-structure/#level-differences',
		firstPageTitle: 'How the loop changes by level',
		why: 'At staff and above, two or three design rounds and stories of cross-team influence decide both the offer and the level.',
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
