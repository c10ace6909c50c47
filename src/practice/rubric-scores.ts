/**
 * The 1-4 self-score scale of the mock-interview rubric and how a saved mock is summarized. The
 * four points sit on the weak / solid / strong bands of src/data/evaluation.ts, with a step
 * between weak and solid because most first mocks land there.
 */
import type { MockRecord } from './progress-document.ts';

/** Labels for scores 1 to 4, in order. */
export const rubricScoreLabels = ['Weak', 'Mixed', 'Solid', 'Strong'] as const;

/** The mean of the dimensions that were scored, or null when none was. */
export function averageScore(mock: Pick<MockRecord, 'scores'>): number | null {
	const scores = Object.values(mock.scores);
	if (scores.length === 0) return null;
	return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}
