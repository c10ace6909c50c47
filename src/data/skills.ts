/**
 * Backend skills in demand in 2026: demand level and where each is tested.
 * Figures are the 2026 lesson's table, kept word for word.
 */
import { SEED_AS_OF, seedLesson } from './sources.ts';
import type { LessonSource, Sourced } from './sources.ts';

/** Demand levels used by the 2026 lesson, highest first. */
export const demandLevels = ['Very High', 'High', 'Medium-High', 'Medium'] as const;

/** One of the lesson's demand levels. */
export type DemandLevel = (typeof demandLevels)[number];

/** One row of the skills-in-demand table. */
export interface Skill extends Sourced<LessonSource> {
	/** Stable kebab-case id; equals the slug of the skill's heading on /landscape/skills-in-demand/. */
	id: string;
	/** Skill name as the lesson writes it. */
	name: string;
	demand: DemandLevel;
	/** Where in an interview loop the skill is tested, as the lesson writes it. */
	whereTested: string;
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
		...seed,
	},
	{
		id: 'sql-and-database-design',
		name: 'SQL & Database Design',
		demand: 'Very High',
		whereTested: 'Dedicated rounds at most companies',
		...seed,
	},
	{
		id: 'api-design',
		name: 'API Design (REST/gRPC)',
		demand: 'High',
		whereTested: 'System design + coding rounds',
		...seed,
	},
	{
		id: 'distributed-systems',
		name: 'Distributed Systems',
		demand: 'High',
		whereTested: 'System design rounds, especially at L5+',
		...seed,
	},
	{
		id: 'concurrency-and-threading',
		name: 'Concurrency & Threading',
		demand: 'High',
		whereTested: 'Coding rounds, especially Go/Java shops',
		...seed,
	},
	{
		id: 'cloud-infrastructure',
		name: 'Cloud Infrastructure (AWS/GCP)',
		demand: 'Medium-High',
		whereTested: 'System design discussions',
		...seed,
	},
	{
		id: 'kafka-and-message-queues',
		name: 'Kafka/Message Queues',
		demand: 'Medium',
		whereTested: 'System design deep dives',
		...seed,
	},
	{
		id: 'kubernetes-and-docker',
		name: 'Kubernetes/Docker',
		demand: 'Medium',
		whereTested: 'DevOps-adjacent backend roles',
		...seed,
	},
];
