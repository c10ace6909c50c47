/**
 * Backend skills in demand in 2026: demand level and where each is tested.
 * Figures are the 2026 lesson's table, kept word for word.
 */
import { SEED_AS_OF, seedLesson } from './sources.ts';
import type { Sourced } from './sources.ts';

/** Demand levels used by the 2026 lesson, highest first. */
export const demandLevels = ['Very High', 'High', 'Medium-High', 'Medium'] as const;

/** One of the lesson's demand levels. */
export type DemandLevel = (typeof demandLevels)[number];

/** A handbook page where the skill is taught. */
export interface TopicLink {
	label: string;
	/** Root-absolute handbook path with a trailing slash. */
	href: string;
}

/** One row of the skills-in-demand table. */
export interface Skill extends Sourced {
	/** Stable kebab-case id; equals the slug of the skill's heading on /landscape/skills-in-demand/. */
	id: string;
	/** Skill name as the lesson writes it. */
	name: string;
	demand: DemandLevel;
	/** Where in an interview loop the skill is tested, as the lesson writes it. */
	whereTested: string;
	/** Handbook pages that teach it. */
	topics: readonly TopicLink[];
}

/** Numeric weight of a demand level (4 = Very High ... 1 = Medium), for sorting and bars. */
export function demandRank(level: DemandLevel): number {
	return demandLevels.length - demandLevels.indexOf(level);
}

const seed = { source: seedLesson, asOf: SEED_AS_OF } as const;

/** The eight skills, in the lesson's order (highest demand first). */
export const skills: readonly Skill[] = [
	{
		id: 'system-design',
		name: 'System Design',
		demand: 'Very High',
		whereTested: 'Every L4+ interview loop',
		topics: [
			{ label: 'System design', href: '/system-design/' },
			{ label: 'Interview framework', href: '/system-design/interview-framework/' },
		],
		...seed,
	},
	{
		id: 'sql-and-database-design',
		name: 'SQL & Database Design',
		demand: 'Very High',
		whereTested: 'Dedicated rounds at most companies',
		topics: [
			{ label: 'Databases', href: '/databases/' },
			{ label: 'Indexes', href: '/databases/indexes/' },
			{ label: 'Transactions and isolation', href: '/databases/transactions-and-isolation/' },
		],
		...seed,
	},
	{
		id: 'api-design',
		name: 'API Design (REST/gRPC)',
		demand: 'High',
		whereTested: 'System design + coding rounds',
		topics: [
			{ label: 'REST, GraphQL, gRPC', href: '/api-design/rest-graphql-grpc/' },
			{ label: 'Pagination', href: '/api-design/pagination/' },
			{ label: 'Idempotency', href: '/api-design/idempotency/' },
		],
		...seed,
	},
	{
		id: 'distributed-systems',
		name: 'Distributed Systems',
		demand: 'High',
		whereTested: 'System design rounds, especially at L5+',
		topics: [
			{ label: 'CAP and consensus', href: '/databases/cap-and-consensus/' },
			{ label: 'Replication', href: '/databases/replication/' },
			{ label: 'Sharding', href: '/databases/sharding/' },
		],
		...seed,
	},
	{
		id: 'concurrency-and-threading',
		name: 'Concurrency & Threading',
		demand: 'High',
		whereTested: 'Coding rounds, especially Go/Java shops',
		topics: [{ label: 'Concurrency', href: '/coding/concurrency/' }],
		...seed,
	},
	{
		id: 'cloud-infrastructure',
		name: 'Cloud Infrastructure (AWS/GCP)',
		demand: 'Medium-High',
		whereTested: 'System design discussions',
		topics: [
			{ label: 'Load balancing', href: '/system-design/load-balancing/' },
			{ label: 'Caching', href: '/system-design/caching/' },
		],
		...seed,
	},
	{
		id: 'kafka-and-message-queues',
		name: 'Kafka/Message Queues',
		demand: 'Medium',
		whereTested: 'System design deep dives',
		topics: [{ label: 'Message queues', href: '/system-design/message-queues/' }],
		...seed,
	},
	{
		id: 'kubernetes-and-docker',
		name: 'Kubernetes/Docker',
		demand: 'Medium',
		whereTested: 'DevOps-adjacent backend roles',
		topics: [{ label: 'Load balancing', href: '/system-design/load-balancing/' }],
		...seed,
	},
];
