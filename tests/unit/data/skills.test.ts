import { describe, it, expect } from 'vitest';
import { demandLevels, demandRank, skills } from '../../../src/data/skills.ts';

/** The 2026 lesson's skills table, row for row. */
const lessonRows = [
	['System Design', 'Very High', 'Every L4+ interview loop'],
	['SQL & Database Design', 'Very High', 'Dedicated rounds at most companies'],
	['API Design (REST/gRPC)', 'High', 'System design + coding rounds'],
	['Distributed Systems', 'High', 'System design rounds, especially at L5+'],
	['Concurrency & Threading', 'High', 'Coding rounds, especially Go/Java shops'],
	['Cloud Infrastructure (AWS/GCP)', 'Medium-High', 'System design discussions'],
	['Kafka/Message Queues', 'Medium', 'System design deep dives'],
	['Kubernetes/Docker', 'Medium', 'DevOps-adjacent backend roles'],
] as const;

describe('skills in demand', () => {
	it('has the lesson rows, in order, word for word', () => {
		expect(skills.map((s) => [s.name, s.demand, s.whereTested])).toEqual(
			lessonRows.map((r) => [...r]),
		);
	});

	it('is sorted from highest to lowest demand', () => {
		const ranks = skills.map((s) => demandRank(s.demand));
		expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
	});

	it('ranks Very High above High above Medium-High above Medium', () => {
		expect(demandLevels.map(demandRank)).toEqual([4, 3, 2, 1]);
	});

	it('has unique kebab-case ids', () => {
		const ids = skills.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('links every skill to at least one root-absolute handbook page with a trailing slash', () => {
		for (const s of skills) {
			expect(s.topics.length).toBeGreaterThan(0);
			for (const t of s.topics) expect(t.href).toMatch(/^\/[a-z0-9-/]+\/$/);
		}
	});
});
