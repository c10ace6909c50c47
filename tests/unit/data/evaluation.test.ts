import { describe, it, expect } from 'vitest';
import { evaluationDimensions, interviewRounds } from '../../../src/data/evaluation.ts';

describe('evaluation dimensions', () => {
	it('are the five dimensions of the lesson, in order', () => {
		expect(evaluationDimensions.map((d) => d.name)).toEqual([
			'Problem decomposition',
			'Trade-off reasoning',
			'Depth of knowledge',
			'Communication',
			'Coding fluency',
		]);
	});

	it('keep the lesson examples for trade-offs and depth', () => {
		const tradeOffs = evaluationDimensions.find((d) => d.id === 'trade-off-reasoning');
		const depth = evaluationDimensions.find((d) => d.id === 'depth-of-knowledge');
		expect(tradeOffs?.question).toMatch(/consistency vs availability/);
		expect(tradeOffs?.question).toMatch(/latency vs throughput/);
		expect(depth?.question).toMatch(/databases, networking or concurrency/);
	});

	it('have the shape the mock-interview rubric imports', () => {
		for (const d of evaluationDimensions) {
			expect(Object.keys(d)).toEqual(
				expect.arrayContaining(['id', 'name', 'question', 'weak', 'solid', 'strong', 'rounds']),
			);
			for (const band of [d.weak, d.solid, d.strong]) expect(band.length).toBeGreaterThan(40);
			expect(d.rounds.length).toBeGreaterThan(0);
			for (const r of d.rounds) expect(interviewRounds).toContain(r);
		}
	});

	it('have unique ids', () => {
		const ids = evaluationDimensions.map((d) => d.id);
		expect(new Set(ids).size).toBe(5);
	});
});
