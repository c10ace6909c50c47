/**
 * The 3-, 4-, 8- and 12-week study plans, week by week: what to focus on, which handbook pages to
 * read, what to practice and for how many hours. The study-plan page renders its tables from
 * this data and the study-plan tracker builds its checklist from it, so the two cannot drift.
 */
import type { PlanLength } from './plan-lengths.ts';

/** A link to a handbook page: its id (path under src/content/docs, no extension) and link text. */
export interface PlanLink {
	/** Page id such as `api-design/pagination`; a section's index page is the section name. */
	page: string;
	label: string;
}

/** A run of text where some parts link to handbook pages. */
export type PlanText = readonly (string | PlanLink)[];

/** One week of a plan. */
export interface PlanWeek {
	week: number;
	focus: string;
	/** Words before the list of pages, when the list is a choice (e.g. "Your targets among"). */
	readingIntro?: string;
	/** Pages to read this week, in reading order. */
	reading: readonly PlanLink[];
	practice: PlanText;
	hours: number;
	/**
	 * Timed 45-minute mock rounds the practice schedules, with someone playing the interviewer: a
	 * full mock loop of coding, design and behavioral counts as three. Omitted when there are none.
	 */
	mocks?: number;
}

/** One plan variant. */
export interface StudyPlan {
	weeks: PlanLength;
	name: string;
	schedule: readonly PlanWeek[];
}

const link = (page: string, label: string): PlanLink => ({ page, label });

// Pages named in more than one plan, so each label is written once.
const p = {
	landscape: link('landscape', 'Landscape'),
	skills: link('landscape/skills-in-demand', 'skills in demand'),
	languages: link('landscape/languages', 'languages'),
	compensation: link('landscape/compensation', 'compensation'),
	workModels: link('landscape/work-models', 'work models'),
	evaluate: link('landscape/what-interviewers-evaluate', 'what interviewers evaluate'),
	interviews: link('interviews', 'interviews'),
	loop: link('interviews/loop-structure', 'loop structure'),
	coding: link('coding', 'coding'),
	hashMaps: link('coding/hash-maps', 'hash maps'),
	graphs: link('coding/graphs-and-trees', 'graphs and trees'),
	concurrency: link('coding/concurrency', 'concurrency'),
	trees: link('coding/trees-and-heaps', 'trees and heaps'),
	tries: link('coding/tries-and-union-find', 'tries and union-find'),
	sqlRound: link('databases/sql-round', 'the SQL round'),
	sqlWindows: link('databases/sql-window-functions', 'window functions and CTEs'),
	behavioral: link('interviews/behavioral-round', 'the behavioral round'),
	storyBank: link('interviews/story-bank', 'building a story bank'),
	lld: link('low-level-design', 'low-level design'),
	lldApproach: link('low-level-design/approach', 'running a low-level design round'),
	parkingLot: link('low-level-design/parking-lot', 'parking lot'),
	elevator: link('low-level-design/elevator', 'elevator controller'),
	inMemoryStore: link('low-level-design/in-memory-store', 'in-memory store'),
	api: link('api-design', 'API design'),
	protocols: link('api-design/rest-graphql-grpc', 'REST, GraphQL and gRPC'),
	pagination: link('api-design/pagination', 'pagination'),
	idempotency: link('api-design/idempotency', 'idempotency'),
	rateLimiting: link('api-design/rate-limiting', 'rate limiting'),
	errors: link('api-design/errors-versioning-auth', 'errors, versioning and auth'),
	rideSharing: link('api-design/ride-sharing-api', 'ride-sharing API'),
	databases: link('databases', 'databases'),
	sqlNoSql: link('databases/sql-vs-nosql', 'SQL vs NoSQL'),
	indexes: link('databases/indexes', 'indexes'),
	transactions: link('databases/transactions-and-isolation', 'transactions and isolation'),
	sharding: link('databases/sharding', 'sharding'),
	replication: link('databases/replication', 'replication'),
	cap: link('databases/cap-and-consensus', 'CAP and consensus'),
	systemDesign: link('system-design', 'system design'),
	framework: link('system-design/interview-framework', 'interview framework'),
	loadBalancing: link('system-design/load-balancing', 'load balancing'),
	caching: link('system-design/caching', 'caching'),
	queues: link('system-design/message-queues', 'message queues'),
	rateLimiter: link('system-design/designs/rate-limiter', 'rate limiter'),
	urlShortener: link('system-design/designs/url-shortener', 'URL shortener'),
	newsFeed: link('system-design/designs/news-feed', 'news feed'),
	chat: link('system-design/designs/chat', 'chat'),
	netflix: link('system-design/designs/netflix', 'Netflix'),
	networking: link('networking', 'networking'),
	urlToResponse: link('networking/url-to-response', 'from URL to response'),
	dns: link('networking/dns', 'DNS'),
	tcpTls: link('networking/tcp-udp-tls', 'TCP, UDP and TLS'),
	httpVersions: link('networking/http-versions', 'HTTP versions'),
	realTime: link('networking/real-time', 'real-time communication'),
	proxies: link('networking/proxies-gateways-cdns', 'proxies, gateways and CDNs'),
	distributed: link('distributed-systems', 'distributed systems'),
	uniqueIds: link('distributed-systems/unique-ids', 'unique ids'),
	timeOrdering: link('distributed-systems/time-and-ordering', 'time and ordering'),
	locks: link('distributed-systems/distributed-locks', 'distributed locks'),
	probabilistic: link('distributed-systems/probabilistic-structures', 'probabilistic structures'),
	storageEngines: link('distributed-systems/storage-engines', 'storage engines'),
	scalingFundamentals: link('distributed-systems/scaling-fundamentals', 'scaling fundamentals'),
	security: link('security', 'security'),
	authentication: link('security/authentication', 'authentication'),
	oauth: link('security/oauth-oidc-jwt', 'OAuth, OIDC and JWT'),
	authorization: link('security/authorization', 'authorization'),
	webSecurity: link('security/web-application-security', 'web application security'),
	dataProtection: link('security/data-protection', 'data protection'),
	keyValueStore: link('system-design/designs/key-value-store', 'key-value store'),
	notificationSystem: link('system-design/designs/notification-system', 'notification system'),
	autocomplete: link('system-design/designs/search-autocomplete', 'search autocomplete'),
	webCrawler: link('system-design/designs/web-crawler', 'web crawler'),
	fileSync: link('system-design/designs/file-sync', 'file storage and sync'),
	ticketBooking: link('system-design/designs/ticket-booking', 'ticket booking'),
	paymentSystem: link('system-design/designs/payment-system', 'payment system'),
	jobScheduler: link('system-design/designs/job-scheduler', 'job scheduler'),
	rideSharingDesign: link('system-design/designs/ride-sharing', 'ride-sharing design'),
	leaderboard: link('system-design/designs/leaderboard', 'real-time leaderboard'),
	architecture: link('architecture', 'architecture and data flow'),
	microservices: link('architecture/microservices', 'microservices'),
	distributedTx: link('architecture/distributed-transactions', 'distributed transactions'),
	eventDriven: link('architecture/event-driven-architecture', 'event-driven architecture'),
	streamProcessing: link('architecture/stream-processing', 'stream and batch processing'),
	searchSystems: link('architecture/search-systems', 'search systems'),
	objectStorage: link('architecture/object-storage', 'object storage'),
	reliability: link('reliability', 'reliability and operations'),
	resilience: link('reliability/resilience-patterns', 'resilience patterns'),
	observability: link('reliability/observability', 'observability'),
	slos: link('reliability/slos-and-incidents', 'SLOs and incidents'),
	kubernetes: link('reliability/containers-and-kubernetes', 'containers and Kubernetes'),
	deploys: link('reliability/deploys-and-migrations', 'safe deploys and schema migrations'),
	availability: link(
		'reliability/availability-and-disaster-recovery',
		'availability and disaster recovery',
	),
	weekBefore: link('preparation/the-week-before', 'the week before'),
	practiceBank: link('practice', 'practice bank'),
} as const;

/** The four plans, shortest first. */
export const studyPlans: readonly StudyPlan[] = [
	{
		// For a loop two or three weeks away: only what pays off fastest. With two weeks, the page says
		// to run weeks 1 and 3 and spread week 2's weakest-area work over their evenings.
		weeks: 3,
		name: '3-week sprint',
		schedule: [
			{
				week: 1,
				focus: 'The rubric, the loop and the design framework',
				reading: [
					p.evaluate,
					p.loop,
					link('interviews', 'your target company under interviews'),
					p.framework,
					p.urlShortener,
					p.rateLimiter,
					p.behavioral,
				],
				practice: [
					'A baseline mock (one coding, one design) on day one to find your weakest area; then one coding problem a day, narrated aloud',
				],
				hours: 18,
				mocks: 2,
			},
			{
				week: 2,
				focus: 'Your weakest area',
				readingIntro: 'The section your baseline showed weakest, among',
				reading: [p.coding, p.api, p.databases, p.systemDesign, p.lld],
				practice: [
					'Half the hours on that section and its questions in the ',
					p.practiceBank,
					'; two timed 45-minute designs (URL shortener, rate limiter) with a peer',
				],
				hours: 20,
				mocks: 2,
			},
			{
				week: 3,
				focus: 'Three more designs, your stories, the loop',
				reading: [p.newsFeed, p.chat, p.notificationSystem, p.storyBank, p.weekBefore],
				practice: [
					'Write six stories and tell each aloud in two minutes; one full mock loop (coding, design, behavioral); rest the last day',
				],
				hours: 17,
				mocks: 3,
			},
		],
	},
	{
		weeks: 4,
		name: '4-week intensive',
		schedule: [
			{
				week: 1,
				focus: 'How you are judged; coding fluency',
				reading: [
					p.landscape,
					p.evaluate,
					p.loop,
					p.coding,
					p.hashMaps,
					p.graphs,
					p.trees,
					p.concurrency,
				],
				practice: [
					'Two coding problems a day, narrated aloud; record one session and watch it back',
				],
				hours: 18,
			},
			{
				week: 2,
				focus: 'APIs and relational data',
				reading: [
					p.urlToResponse,
					p.api,
					p.protocols,
					p.pagination,
					p.idempotency,
					p.rateLimiting,
					p.errors,
					p.authentication,
					p.rideSharing,
					p.databases,
					p.sqlNoSql,
					p.indexes,
					p.sqlRound,
					p.sqlWindows,
					p.transactions,
				],
				practice: [
					'Design the ride-sharing API aloud in 30 minutes; answer 10 practice-bank questions without notes',
				],
				hours: 18,
			},
			{
				week: 3,
				focus: 'Scaling data and the building blocks',
				reading: [
					p.sharding,
					p.replication,
					p.cap,
					p.locks,
					p.scalingFundamentals,
					p.systemDesign,
					p.framework,
					p.loadBalancing,
					p.caching,
					p.queues,
					p.distributedTx,
					p.resilience,
					p.rateLimiter,
					p.urlShortener,
				],
				practice: [
					'Two timed 45-minute designs (rate limiter, URL shortener) with a peer; one coding mock',
				],
				hours: 20,
				mocks: 3,
			},
			{
				week: 4,
				focus: 'Full designs, company format, behavioral',
				reading: [
					p.behavioral,
					p.storyBank,
					p.lldApproach,
					p.newsFeed,
					p.chat,
					p.netflix,
					p.microservices,
					p.eventDriven,
					p.slos,
					link('interviews', 'your target company under interviews'),
					p.weekBefore,
				],
				practice: ['Three full mocks (coding, design, behavioral); write six behavioral stories'],
				hours: 17,
				mocks: 3,
			},
		],
	},
	{
		weeks: 8,
		name: '8-week standard',
		schedule: [
			{
				week: 1,
				focus: 'Market and rubric',
				reading: [
					p.landscape,
					p.skills,
					p.languages,
					p.evaluate,
					p.interviews,
					p.loop,
					p.behavioral,
				],
				practice: ['A baseline mock (one coding, one design) to find your weakest dimension'],
				hours: 8,
				mocks: 2,
			},
			{
				week: 2,
				focus: 'Core coding patterns',
				reading: [p.coding, p.hashMaps, p.graphs, p.trees, p.tries],
				practice: ['One problem a day narrated aloud, 25-minute timer'],
				hours: 9,
			},
			{
				week: 3,
				focus: 'Concurrency and API basics',
				reading: [
					p.concurrency,
					p.urlToResponse,
					p.tcpTls,
					p.httpVersions,
					p.api,
					p.protocols,
					p.errors,
					p.authentication,
					p.oauth,
				],
				practice: ['Write a thread-safe cache aloud; explain a race condition on a recording'],
				hours: 9,
			},
			{
				week: 4,
				focus: 'API depth',
				reading: [
					p.pagination,
					p.idempotency,
					p.rateLimiting,
					p.rideSharing,
					p.authorization,
					p.webSecurity,
				],
				practice: ['Peer mock: the ride-sharing API; swap roles afterwards'],
				hours: 9,
				mocks: 1,
			},
			{
				week: 5,
				focus: 'Databases',
				reading: [p.databases, p.sqlNoSql, p.indexes, p.sqlRound, p.sqlWindows, p.transactions],
				practice: ['Model three schemas aloud; explain one isolation anomaly to a peer'],
				hours: 9,
			},
			{
				week: 6,
				focus: 'Distributed data and the framework',
				reading: [
					p.sharding,
					p.replication,
					p.cap,
					p.uniqueIds,
					p.locks,
					p.systemDesign,
					p.framework,
					p.loadBalancing,
				],
				practice: [
					'Practice the first 10 minutes of five different prompts (requirements and estimates only)',
				],
				hours: 9,
			},
			{
				week: 7,
				focus: 'Building blocks and first designs',
				reading: [
					p.caching,
					p.queues,
					p.realTime,
					p.scalingFundamentals,
					p.microservices,
					p.distributedTx,
					p.resilience,
					p.lldApproach,
					p.parkingLot,
					p.urlShortener,
					p.rateLimiter,
					p.newsFeed,
					p.keyValueStore,
				],
				practice: ['Two timed design mocks with a peer; practice-bank design questions'],
				hours: 11,
				mocks: 2,
			},
			{
				week: 8,
				focus: 'Senior designs and the loop',
				reading: [
					p.chat,
					p.netflix,
					p.eventDriven,
					p.searchSystems,
					p.objectStorage,
					p.slos,
					p.availability,
					p.paymentSystem,
					link('interviews', 'your company pages'),
					p.storyBank,
					p.compensation,
					p.workModels,
					p.weekBefore,
				],
				practice: ['A full mock loop on one day; behavioral stories rehearsed aloud'],
				hours: 11,
				mocks: 3,
			},
		],
	},
	{
		weeks: 12,
		name: '12-week spaced',
		schedule: [
			{
				week: 1,
				focus: 'Market and rubric',
				reading: [p.landscape, p.skills, p.languages, p.workModels, p.evaluate],
				practice: ['Baseline mock; write down your weakest of the five dimensions'],
				hours: 6,
				mocks: 1,
			},
			{
				week: 2,
				focus: 'Loop formats',
				reading: [
					p.interviews,
					p.loop,
					p.behavioral,
					p.storyBank,
					link('interviews/startups', 'startups'),
					link('interviews/remote-first-mid-size', 'remote-first mid-size'),
					link('interviews/fintech-and-trading', 'fintech and trading'),
				],
				practice: ["Draft a target list; list each company's rounds"],
				hours: 5,
			},
			{
				week: 3,
				focus: 'Coding patterns',
				reading: [p.coding, p.hashMaps, p.graphs, p.trees, p.tries],
				practice: ['One problem a day aloud; record two sessions'],
				hours: 7,
			},
			{
				week: 4,
				focus: 'Concurrency',
				reading: [p.concurrency, p.lld, p.lldApproach, p.parkingLot, p.elevator, p.inMemoryStore],
				practice: ['Implement a bounded queue and a rate-limited worker pool while narrating'],
				hours: 7,
			},
			{
				week: 5,
				focus: 'API design',
				reading: [
					p.networking,
					p.urlToResponse,
					p.dns,
					p.tcpTls,
					p.api,
					p.protocols,
					p.pagination,
					p.idempotency,
				],
				practice: ['Explain cursor vs offset pagination on a recording in 3 minutes'],
				hours: 7,
			},
			{
				week: 6,
				focus: 'API depth',
				reading: [
					p.httpVersions,
					p.realTime,
					p.proxies,
					p.rateLimiting,
					p.errors,
					p.rideSharing,
					p.security,
					p.authentication,
					p.oauth,
					p.authorization,
				],
				practice: ['Peer mock: ride-sharing API, then swap roles'],
				hours: 7,
				mocks: 1,
			},
			{
				week: 7,
				focus: 'Databases',
				reading: [p.databases, p.sqlNoSql, p.indexes, p.sqlRound, p.sqlWindows, p.transactions],
				practice: ['Practice-bank database questions without notes'],
				hours: 7,
			},
			{
				week: 8,
				focus: 'Distributed data',
				reading: [
					p.sharding,
					p.replication,
					p.cap,
					p.distributed,
					p.uniqueIds,
					p.timeOrdering,
					p.locks,
				],
				practice: ['Explain a consistency vs availability choice for three products aloud'],
				hours: 7,
			},
			{
				week: 9,
				focus: 'System design foundations',
				reading: [
					p.probabilistic,
					p.storageEngines,
					p.scalingFundamentals,
					p.systemDesign,
					p.framework,
					p.loadBalancing,
					p.caching,
					p.queues,
				],
				practice: ['First pass: ', p.urlShortener, ' and ', p.rateLimiter, ', timed, alone'],
				hours: 8,
			},
			{
				week: 10,
				focus: 'Worked designs',
				reading: [
					p.newsFeed,
					p.chat,
					p.netflix,
					p.keyValueStore,
					p.notificationSystem,
					p.autocomplete,
					p.webCrawler,
					p.architecture,
					p.microservices,
					p.distributedTx,
					p.eventDriven,
					p.streamProcessing,
					p.searchSystems,
					p.objectStorage,
					p.webSecurity,
					p.dataProtection,
				],
				practice: ['Two peer design mocks; second pass at URL shortener from memory'],
				hours: 10,
				mocks: 2,
			},
			{
				week: 11,
				focus: 'Company-specific preparation',
				readingIntro: 'Your targets among',
				reading: [
					link('interviews/google', 'Google'),
					link('interviews/meta', 'Meta'),
					link('interviews/amazon', 'Amazon'),
					link('interviews/apple', 'Apple'),
					link('interviews/netflix', 'Netflix'),
					link('interviews/microsoft', 'Microsoft'),
				],
				practice: [
					"Second pass at news feed and chat; behavioral stories mapped to the company's values",
				],
				hours: 8,
			},
			{
				week: 12,
				focus: 'Loop rehearsal',
				reading: [
					p.reliability,
					p.resilience,
					p.observability,
					p.slos,
					p.deploys,
					p.availability,
					p.kubernetes,
					p.fileSync,
					p.rideSharingDesign,
					p.leaderboard,
					p.ticketBooking,
					p.paymentSystem,
					p.jobScheduler,
					p.compensation,
					p.practiceBank,
					p.weekBefore,
				],
				practice: [
					'A full mock loop; second pass at rate limiter and Netflix; rest the last two days',
				],
				hours: 7,
				mocks: 3,
			},
		],
	},
];

/** The plan with the given length; every length in `planLengths` has one. */
export function studyPlanFor(weeks: PlanLength): StudyPlan {
	const plan = studyPlans.find((candidate) => candidate.weeks === weeks);
	if (!plan)
		throw new Error(`src/data/study-plan.ts: no ${weeks}-week plan. Add one to studyPlans.`);
	return plan;
}

/** Total hours of a plan. */
export function totalHours(plan: StudyPlan): number {
	return plan.schedule.reduce((sum, week) => sum + week.hours, 0);
}

/** Timed mock rounds in a plan (see `PlanWeek.mocks`). */
export function totalMocks(plan: StudyPlan): number {
	return plan.schedule.reduce((sum, week) => sum + (week.mocks ?? 0), 0);
}
