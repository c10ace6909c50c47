/**
 * Work models for backend roles in 2026 (hybrid, remote-first, full on-site) and the companies
 * the lesson names for each, the handbook's own analysis of what each model changes, what public
 * reporting says about the named companies, and the location pay gap.
 */
import {
	ANALYSIS_AS_OF,
	SEED_AS_OF,
	handbookAnalysis,
	publicSource,
	seedLesson,
} from './sources.ts';
import type {
	AnalysisSource,
	LessonSource,
	PercentRange,
	PublicSource,
	Sourced,
} from './sources.ts';

/** The three work models the lesson names. */
export type WorkModelId = 'hybrid' | 'remote-first' | 'on-site';

/** One work model as the lesson describes it, with the handbook's analysis beside it. */
export interface WorkModel extends Sourced<LessonSource> {
	id: WorkModelId;
	name: string;
	/** Where the model is found, as the lesson puts it. */
	prevalence: string;
	/** Companies the lesson names for this model. */
	companies: readonly string[];
	/** The handbook's own analysis of what the model changes for a candidate. */
	effects: WorkModelEffects;
}

/** What a work model typically changes for a candidate. */
export interface WorkModelEffects extends Sourced<AnalysisSource> {
	/** What the model typically changes for pay. */
	payEffect: string;
	/** What the model typically changes for the interview process. */
	interviewEffect: string;
}

/** A named company's policy as a dated public source reports it, next to the lesson's label. */
export interface CheckedCompanyPolicy extends Sourced<PublicSource> {
	company: string;
	/** The model the lesson files the company under. */
	lessonModel: WorkModelId;
	/** The policy as the cited source describes it. */
	publicPolicy: string;
	/** False when the cited source describes a different policy from the lesson's label. */
	matchesLesson: boolean;
}

/** A named company for which no public source was found: the lesson's label is all there is. */
export interface LessonOnlyCompanyPolicy extends Sourced<LessonSource> {
	company: string;
	lessonModel: WorkModelId;
	publicPolicy: null;
	matchesLesson: null;
}

/** One named company's policy. */
export type CompanyPolicy = CheckedCompanyPolicy | LessonOnlyCompanyPolicy;

const seed = { source: seedLesson, asOf: SEED_AS_OF } as const;
const analysed = { source: handbookAnalysis, asOf: ANALYSIS_AS_OF } as const;

/** The three work models, in the lesson's order. */
export const workModels: readonly WorkModel[] = [
	{
		id: 'hybrid',
		name: 'Hybrid (3 days/week)',
		prevalence: 'Dominant model at FAANG',
		companies: ['Google', 'Meta', 'Amazon'],
		effects: {
			payEffect: 'Pay set by the office location you are assigned to',
			interviewEffect:
				'Virtual screens, then a virtual or onsite final loop; team matching can depend on office',
			...analysed,
		},
		...seed,
	},
	{
		id: 'remote-first',
		name: 'Remote-first',
		prevalence: 'Common at mid-size tech',
		companies: ['GitLab', 'Automattic', 'Zapier', 'Stripe'],
		effects: {
			payEffect: 'Location-based pay adjustments are common',
			interviewEffect: 'Fully virtual loops; written and asynchronous communication is assessed',
			...analysed,
		},
		...seed,
	},
	{
		id: 'on-site',
		name: 'Full on-site',
		prevalence: 'Rare but exists',
		companies: ['Citadel', 'Jane Street', 'Apple'],
		effects: {
			payEffect: 'Pay set for a small number of high-cost hubs; no remote discount applies',
			interviewEffect: 'Final rounds more often in person; relocation discussed early',
			...analysed,
		},
		...seed,
	},
];

/** Remote roles from lower-cost areas may pay this much less than Bay Area / NYC equivalents. */
export const locationPayDiscount: PercentRange = {
	minPercent: 10,
	maxPercent: 25,
	display: '10-25%',
	...seed,
};

const gitlabAllRemote = publicSource(
	'GitLab Handbook: All-Remote',
	'https://handbook.gitlab.com/handbook/company/culture/all-remote/',
);

/**
 * Named companies: the lesson's label next to what a dated public source reports, or, where no
 * public source was found, the lesson's label alone.
 */
export const companyPolicies: readonly CompanyPolicy[] = [
	{
		company: 'Google',
		lessonModel: 'hybrid',
		publicPolicy:
			'Hybrid, about three office days a week, decided team by team; in April 2025 some teams told remote staff living within 50 miles of an office to come in three days a week or take an exit package (reported from internal documents, with a Google statement)',
		matchesLesson: true,
		source: publicSource(
			'TechRadar: Google is demanding that some remote employees return to the office or lose their jobs',
			'https://www.techradar.com/pro/google-is-demanding-that-some-remote-employees-return-to-the-office-or-lose-their-jobs',
		),
		asOf: '2025-04-24',
	},
	{
		company: 'Meta',
		lessonModel: 'hybrid',
		publicPolicy:
			'Staff assigned to an office spend at least 3 days a week in person from 2023-09-05; badge data reviewed monthly',
		matchesLesson: true,
		source: publicSource(
			'Business Insider: Meta RTO policy updates, stricter mandate',
			'https://www.businessinsider.com/meta-rto-policy-updates-stricter-mandate-2023-8',
		),
		asOf: '2023-08-17',
	},
	{
		company: 'Amazon',
		lessonModel: 'hybrid',
		publicPolicy:
			'Corporate staff expected in the office five days a week from 2025-01-02 (three days a week from May 2023 until then)',
		matchesLesson: false,
		source: publicSource(
			'Message from CEO Andy Jassy: Strengthening our culture and teams',
			'https://www.aboutamazon.com/news/company-news/ceo-andy-jassy-latest-update-on-amazon-return-to-office-manager-team-ratio',
		),
		asOf: '2024-09-16',
	},
	{
		company: 'Microsoft',
		lessonModel: 'hybrid',
		publicPolicy:
			'Three office days a week for staff within 50 miles of a Puget Sound office from late February 2026, other sites later',
		matchesLesson: true,
		source: publicSource(
			'Microsoft To Require Employees Back In Office Three Days A Week Starting February (dpa-AFX)',
			'https://www.finanznachrichten.de/nachrichten-2025-09/66395721-microsoft-to-require-employees-back-in-office-three-days-a-week-starting-february-020.htm',
		),
		asOf: '2025-09-09',
	},
	{
		company: 'GitLab',
		lessonModel: 'remote-first',
		publicPolicy: 'All-remote, no company offices; handbook-first, asynchronous communication',
		matchesLesson: true,
		source: gitlabAllRemote,
		asOf: SEED_AS_OF,
	},
	{
		company: 'Automattic',
		lessonModel: 'remote-first',
		publicPolicy:
			'Fully distributed; interviews largely by text chat, followed by a short paid trial',
		matchesLesson: true,
		source: publicSource(
			'Remote.co: Automattic Remote Company Q&A',
			'https://remote.co/company/automattic/',
		),
		asOf: SEED_AS_OF,
	},
	{
		company: 'Zapier',
		lessonModel: 'remote-first',
		publicPolicy: 'Distributed since founding; company and team retreats for in-person time',
		matchesLesson: true,
		source: publicSource(
			'Atlassian blog: Zapier CEO Wade Foster on building company culture remotely',
			'https://www.atlassian.com/blog/software-teams/zapier-ceo-wade-foster-building-company-culture-remotely',
		),
		asOf: SEED_AS_OF,
	},
	{
		company: 'Stripe',
		lessonModel: 'remote-first',
		publicPolicy:
			'Engineering offices in San Francisco, Seattle, Dublin and Singapore plus a remote hub opened in 2019; a year later 22% of engineers were permanently remote',
		matchesLesson: false,
		source: publicSource(
			'Stripe’s remote engineering hub, one year in',
			'https://stripe.com/blog/remote-hub-one-year',
		),
		asOf: '2020-05-28',
	},
	{
		company: 'Apple',
		lessonModel: 'on-site',
		publicPolicy:
			'Reported in 2022 as three office days a week (Tuesday, Thursday and a team-chosen day); teams vary',
		matchesLesson: false,
		source: publicSource(
			'Dice: Apple Goes More Flexible on Its Hybrid Work Policy',
			'https://www.dice.com/career-advice/apple-goes-more-flexible-on-its-hybrid-work-policy',
		),
		asOf: '2022-08',
	},
	{
		company: 'Citadel',
		lessonModel: 'on-site',
		publicPolicy: null,
		matchesLesson: null,
		...seed,
	},
	{
		company: 'Jane Street',
		lessonModel: 'on-site',
		publicPolicy: null,
		matchesLesson: null,
		...seed,
	},
];
