/**
 * The competencies behavioral interviewers score, and Amazon's Leadership Principles mapped onto
 * them. The story bank tags each story with competency ids from here, so an id is stable once
 * published: saved and exported stories name it.
 */
import { handbookAnalysis, publicSource, type AnalysisSource, type Sourced } from './sources.ts';

/** The competency ids, in the order the story bank lists them. */
export const competencyIds = [
	'ownership',
	'conflict',
	'failure',
	'ambiguity',
	'influence',
	'mentoring',
	'pressure',
	'customer-focus',
	'technical-judgment',
	'prioritization',
] as const;

/** One competency id. */
export type CompetencyId = (typeof competencyIds)[number];

/** A competency a behavioral round scores, as the story bank shows it. */
export interface Competency extends Sourced<AnalysisSource> {
	id: CompetencyId;
	/** Short name, lowercase unless a proper noun, used in tags and in running text. */
	label: string;
	/** One line on what a story about it shows an interviewer. */
	shows: string;
}

/** When the competency list and the principle mapping were last checked. */
const reviewedOn = '2026-12-06';

const competency = (id: CompetencyId, label: string, shows: string): Competency => ({
	id,
	label,
	shows,
	source: handbookAnalysis,
	asOf: reviewedOn,
});

/**
 * The competencies large companies score in behavioral rounds, in the handbook's words. The
 * grouping is the handbook's own; each company names them differently (Amazon's principles below,
 * Meta's and Google's published signal areas).
 */
export const competencies: readonly Competency[] = [
	competency(
		'ownership',
		'ownership',
		'You took responsibility for an outcome beyond your assigned task and saw it through.',
	),
	competency(
		'conflict',
		'conflict',
		'You disagreed with someone, handled it with respect, and reached a decision both could act on.',
	),
	competency(
		'failure',
		'failure',
		'You made a real mistake, said so, fixed what you could, and changed how you work.',
	),
	competency(
		'ambiguity',
		'ambiguity',
		'You made progress when the goal or the facts were unclear, and said which assumptions you made.',
	),
	competency(
		'influence',
		'influence without authority',
		'You changed what people outside your reporting line did, with evidence rather than rank.',
	),
	competency(
		'mentoring',
		'mentoring',
		'Someone else became more capable because of how you taught, reviewed or delegated.',
	),
	competency(
		'pressure',
		'delivering under pressure',
		'You shipped against a hard deadline or an incident and chose what to cut, not what to skip.',
	),
	competency(
		'customer-focus',
		'customer focus',
		'You started from what a user or an internal customer needed and measured the result for them.',
	),
	competency(
		'technical-judgment',
		'technical judgment',
		'You chose between real technical options with reasons, depth and the trade-off named.',
	),
	competency(
		'prioritization',
		'prioritization',
		'You decided what not to do, with the cost of each option, and held to it.',
	),
];

/** Amazon's page listing the principles, checked on 2026-12-06. */
const amazonPrinciplesPage = publicSource(
	'Amazon Jobs, Leadership Principles',
	'https://www.amazon.jobs/content/en/our-workplace/leadership-principles',
);

/**
 * One Amazon Leadership Principle and the competencies a story for it should show. The name is
 * Amazon's; the mapping is the handbook's analysis.
 */
export interface LeadershipPrinciple extends Sourced {
	name: string;
	competencies: readonly CompetencyId[];
}

const principle = (name: string, ids: readonly CompetencyId[]): LeadershipPrinciple => ({
	name,
	competencies: ids,
	source: amazonPrinciplesPage,
	asOf: reviewedOn,
});

/** Amazon's 16 Leadership Principles in the order Amazon lists them. */
export const amazonLeadershipPrinciples: readonly LeadershipPrinciple[] = [
	principle('Customer Obsession', ['customer-focus']),
	principle('Ownership', ['ownership']),
	principle('Invent and Simplify', ['technical-judgment', 'ambiguity']),
	principle('Are Right, A Lot', ['technical-judgment', 'conflict']),
	principle('Learn and Be Curious', ['failure', 'ambiguity']),
	principle('Hire and Develop the Best', ['mentoring']),
	principle('Insist on the Highest Standards', ['technical-judgment', 'ownership']),
	principle('Think Big', ['influence', 'ambiguity']),
	principle('Bias for Action', ['ambiguity', 'pressure']),
	principle('Frugality', ['prioritization']),
	principle('Earn Trust', ['conflict', 'failure']),
	principle('Dive Deep', ['technical-judgment']),
	principle('Have Backbone; Disagree and Commit', ['conflict', 'influence']),
	principle('Deliver Results', ['pressure', 'prioritization']),
	principle("Strive to be Earth's Best Employer", ['mentoring']),
	principle('Success and Scale Bring Broad Responsibility', ['customer-focus', 'ownership']),
];

/** The competency with `id`, or undefined for an id the list does not have. */
export function findCompetency(id: string): Competency | undefined {
	return competencies.find((entry) => entry.id === id);
}
