/**
 * Work models for backend roles in 2026 (hybrid, remote-first, full on-site), the companies
 * named for each, what public reporting says about those companies, and the location pay gap.
 */
import { SEED_AS_OF, seedLesson } from './sources.ts';
import type { PercentRange, Source, Sourced } from './sources.ts';

/** The three work models the lesson names. */
export type WorkModelId = 'hybrid' | 'remote-first' | 'on-site';

/** One work model and what it changes for a candidate. */
export interface WorkModel extends Sourced {
	id: WorkModelId;
	name: string;
	/** Where the model is found, as the lesson puts it. */
	prevalence: string;
	/** Office attendance the model implies. */
	attendance: string;
	/** Companies the lesson names for this model. */
	companies: readonly string[];
	/** What the model typically changes for pay. */
	payEffect: string;
	/** What the model typically changes for the interview process. */
	interviewEffect: string;
}

/** What public reporting says about one company's policy, next to the lesson's label. */
export interface CompanyPolicy extends Sourced {
	company: string;
	/** The model the lesson files the company under. */
	lessonModel: WorkModelId;
	/** The policy as the cited source describes it. */
	publicPolicy: string;
	/** False when the cited source describes a different policy from the lesson's label. */
	matchesLesson: boolean;
}

const seed = { source: seedLesson, asOf: SEED_AS_OF } as const;

/** The three work models, in the lesson's order. */
export const workModels: readonly WorkModel[] = [
	{
		id: 'hybrid',
		name: 'Hybrid (3 days/week)',
		prevalence: 'Dominant model at FAANG',
		attendance: 'Three badge-in days a week; teams often fix which days',
		companies: ['Google', 'Meta', 'Amazon'],
		payEffect: 'Pay set by the office location you are assigned to',
		interviewEffect:
			'Virtual screens, then a virtual or onsite final loop; team matching can depend on office',
		...seed,
	},
	{
		id: 'remote-first',
		name: 'Remote-first',
		prevalence: 'Common at mid-size tech',
		attendance: 'No required office days; periodic in-person offsites',
		companies: ['GitLab', 'Automattic', 'Zapier', 'Stripe'],
		payEffect: 'Location-based pay adjustments are common',
		interviewEffect: 'Fully virtual loops; written and asynchronous communication is assessed',
		...seed,
	},
	{
		id: 'on-site',
		name: 'Full on-site',
		prevalence: 'Rare but exists',
		attendance: 'In the office every working day',
		companies: ['Citadel', 'Jane Street', 'Apple'],
		payEffect: 'Pay set for a small number of high-cost hubs; no remote discount applies',
		interviewEffect: 'Final rounds more often in person; relocation discussed early',
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

const gitlabAllRemote: Source = {
	title: 'GitLab Handbook: All-Remote',
	url: 'https://handbook.gitlab.com/handbook/company/culture/all-remote/',
};

/** Named companies: the lesson's label next to what a public source reports. */
export const companyPolicies: readonly CompanyPolicy[] = [
	{
		company: 'Google',
		lessonModel: 'hybrid',
		publicPolicy:
			'Hybrid week of about three office days; some fully remote roles, with pay adjusted to location',
		matchesLesson: true,
		source: {
			title:
				'Google to Introduce ‘Hybrid’ Work Model at Offices, Permanent Work From Home Option: Sundar Pichai',
			url: 'https://www.gadgets360.com/internet/news/google-hybrid-work-environment-three-days-week-wfh-ceo-sundar-pichai-2436241/amp',
		},
		asOf: '2021-05-06',
	},
	{
		company: 'Meta',
		lessonModel: 'hybrid',
		publicPolicy:
			'Staff assigned to an office spend at least 3 days a week in person from 2023-09-05; badge data reviewed monthly',
		matchesLesson: true,
		source: {
			title: 'Business Insider: Meta RTO policy updates, stricter mandate',
			url: 'https://www.businessinsider.com/meta-rto-policy-updates-stricter-mandate-2023-8',
		},
		asOf: '2023-08-17',
	},
	{
		company: 'Amazon',
		lessonModel: 'hybrid',
		publicPolicy:
			'Corporate staff expected in the office five days a week from 2025-01-02 (three days a week from May 2023 until then)',
		matchesLesson: false,
		source: {
			title: 'Message from CEO Andy Jassy: Strengthening our culture and teams',
			url: 'https://www.aboutamazon.com/news/company-news/ceo-andy-jassy-latest-update-on-amazon-return-to-office-manager-team-ratio',
		},
		asOf: '2024-09-16',
	},
	{
		company: 'Microsoft',
		lessonModel: 'hybrid',
		publicPolicy:
			'Three office days a week for staff within 50 miles of a Puget Sound office from late February 2026, other sites later',
		matchesLesson: true,
		source: {
			title:
				'Microsoft To Require Employees Back In Office Three Days A Week Starting February (dpa-AFX)',
			url: 'https://www.finanznachrichten.de/nachrichten-2025-09/66395721-microsoft-to-require-employees-back-in-office-three-days-a-week-starting-february-020.htm',
		},
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
		source: {
			title: 'Remote.co: Automattic Remote Company Q&A',
			url: 'https://remote.co/company/automattic/',
		},
		asOf: SEED_AS_OF,
	},
	{
		company: 'Zapier',
		lessonModel: 'remote-first',
		publicPolicy: 'Distributed since founding; company and team retreats for in-person time',
		matchesLesson: true,
		source: {
			title: 'Atlassian blog: Zapier CEO Wade Foster on building company culture remotely',
			url: 'https://www.atlassian.com/blog/software-teams/zapier-ceo-wade-foster-building-company-culture-remotely',
		},
		asOf: SEED_AS_OF,
	},
	{
		company: 'Stripe',
		lessonModel: 'remote-first',
		publicPolicy:
			'A remote engineering hub alongside office hubs; 22% of engineers permanently remote one year after it opened',
		matchesLesson: true,
		source: {
			title: 'Stripe’s remote engineering hub, one year in',
			url: 'https://stripe.com/blog/remote-hub-one-year',
		},
		asOf: '2020-05-28',
	},
	{
		company: 'Apple',
		lessonModel: 'on-site',
		publicPolicy:
			'Reported in 2022 as three office days a week (Tuesday, Thursday and a team-chosen day); teams vary',
		matchesLesson: false,
		source: {
			title: 'Dice: Apple Goes More Flexible on Its Hybrid Work Policy',
			url: 'https://www.dice.com/career-advice/apple-goes-more-flexible-on-its-hybrid-work-policy',
		},
		asOf: '2022-08',
	},
	{
		company: 'Citadel',
		lessonModel: 'on-site',
		publicPolicy: 'Typically in-office; confirm on the role listing',
		matchesLesson: true,
		...seed,
	},
	{
		company: 'Jane Street',
		lessonModel: 'on-site',
		publicPolicy: 'Typically in-office; confirm on the role listing',
		matchesLesson: true,
		...seed,
	},
];
