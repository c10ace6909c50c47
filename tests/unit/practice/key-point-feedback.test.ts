// Feedback against the model answer: suggested scores from the key points a candidate covered,
// and the comparison with the last round on the same prompt.
import { describe, expect, it } from 'vitest';
import { evaluationDimensions } from '../../../src/data/evaluation.ts';
import {
	compareRounds,
	dimensionLists,
	scoreForShare,
	splitCovered,
	suggestScores,
	type KeyPoints,
} from '../../../src/practice/key-point-feedback.ts';

const keyPoints: KeyPoints = {
	requirements: ['R1', 'R2'],
	numbers: ['N1', 'N2', 'N3'],
	components: ['C1', 'C2', 'C3'],
	decisions: ['D1', 'D2', 'D3', 'D4'],
	failures: ['F1', 'F2'],
};

describe('key-point feedback', () => {
	it('maps the lists only to dimensions the rubric has', () => {
		const ids = evaluationDimensions.map((dimension) => dimension.id);
		expect(Object.keys(dimensionLists).every((id) => ids.includes(id))).toBe(true);
	});

	it.each([
		[0, 10, 1],
		[3, 10, 1],
		[4, 10, 2],
		[5, 10, 2],
		[6, 10, 3],
		[8, 10, 3],
		[17, 20, 4],
		[10, 10, 4],
	])('scores %i of %i covered as %i', (covered, total, score) => {
		expect(scoreForShare(covered, total)).toBe(score);
	});

	it('suggests a score per dimension from the lists that feed it', () => {
		const covered = new Set(['R1', 'R2', 'C1', 'C2', 'D1', 'N1', 'N2', 'N3', 'F1', 'F2']);
		expect(suggestScores(keyPoints, covered)).toEqual({
			// 4 of 5 requirements and components.
			'problem-decomposition': 3,
			// 1 of 4 decisions.
			'trade-off-reasoning': 1,
			// 5 of 5 numbers and failures.
			'depth-of-knowledge': 4,
		});
		expect(suggestScores(keyPoints, new Set())).toEqual({
			'problem-decomposition': 1,
			'trade-off-reasoning': 1,
			'depth-of-knowledge': 1,
		});
	});

	it('splits the points into covered and missed in list order', () => {
		const split = splitCovered(keyPoints, new Set(['D2', 'R2', 'unknown']));
		expect(split.covered).toEqual(['R2', 'D2']);
		expect(split.missed).toHaveLength(12);
		expect(split.missed.slice(0, 3)).toEqual(['R1', 'N1', 'N2']);
	});

	it('shows what improved since the last round on the prompt', () => {
		expect(
			compareRounds(
				{ covered: ['R1', 'N1'], missed: ['R2', 'D1', 'F1'] },
				{ covered: ['R1', 'R2'], missed: ['N1', 'D1', 'F1'] },
			),
		).toEqual({ improved: ['R2'], slipped: ['N1'], stillMissed: ['D1', 'F1'] });
	});
});
