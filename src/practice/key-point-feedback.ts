/**
 * Feedback against the model answer: after a mock round the candidate ticks the prompt's key
 * points they covered, and this file turns the ticks into a suggested 1-4 score per rubric
 * dimension (src/data/evaluation.ts) and compares the round with earlier rounds on the prompt.
 *
 * Which lists feed which dimension:
 * - problem decomposition: requirements and components (settling scope, splitting the system);
 * - trade-off reasoning: decisions (the deep-dive choices and what they cost);
 * - depth of knowledge: numbers and failures (estimates that hold, failure modes handled).
 * Communication and coding fluency get no suggestion: a checklist of content cannot tell how
 * clearly it was said, and a design round writes no code.
 */
import type { RubricScore } from './progress-document.ts';

/** The five lists of a prompt's key points, in the order a round reaches them. */
export interface KeyPoints {
	requirements: readonly string[];
	numbers: readonly string[];
	components: readonly string[];
	decisions: readonly string[];
	failures: readonly string[];
}

/** One of the five lists. */
export type KeyPointList = keyof KeyPoints;

/** The lists with the heading the checklist shows. */
export const keyPointListLabels: Readonly<Record<KeyPointList, string>> = {
	requirements: 'Requirements',
	numbers: 'Numbers',
	components: 'Components',
	decisions: 'Decisions',
	failures: 'Failures',
};

/** Which key-point lists each rubric dimension is suggested from. */
export const dimensionLists: Readonly<Record<string, readonly KeyPointList[]>> = {
	'problem-decomposition': ['requirements', 'components'],
	'trade-off-reasoning': ['decisions'],
	'depth-of-knowledge': ['numbers', 'failures'],
};

/**
 * The score for covering `covered` of `total` points: under 40% weak (1), under 60% mixed (2),
 * under 85% solid (3), from 85% strong (4). Strong asks for nearly everything, as the rubric's
 * strong band does; solid is most of it.
 */
export function scoreForShare(covered: number, total: number): RubricScore {
	const share = covered / total;
	if (share < 0.4) return 1;
	if (share < 0.6) return 2;
	if (share < 0.85) return 3;
	return 4;
}

/**
 * A suggested score per dimension from the key points ticked as covered (`covered` holds point
 * texts). Dimensions with no list, or whose lists are empty, get none.
 */
export function suggestScores(
	keyPoints: KeyPoints,
	covered: ReadonlySet<string>,
): Record<string, RubricScore> {
	const suggestions: Record<string, RubricScore> = {};
	for (const [dimension, lists] of Object.entries(dimensionLists)) {
		const points = lists.flatMap((list) => keyPoints[list]);
		if (points.length === 0) continue;
		const hits = points.filter((point) => covered.has(point)).length;
		suggestions[dimension] = scoreForShare(hits, points.length);
	}
	return suggestions;
}

/** Every key point, in list order. */
export function allKeyPoints(keyPoints: KeyPoints): string[] {
	return (Object.keys(keyPointListLabels) as KeyPointList[]).flatMap((list) => keyPoints[list]);
}

/** Splits the prompt's key points into covered and missed, in list order. */
export function splitCovered(
	keyPoints: KeyPoints,
	covered: ReadonlySet<string>,
): { covered: string[]; missed: string[] } {
	const all = allKeyPoints(keyPoints);
	return {
		covered: all.filter((point) => covered.has(point)),
		missed: all.filter((point) => !covered.has(point)),
	};
}

/** How this round compares with the last one on the same prompt. */
export interface Improvement {
	/** Points missed last time and covered now. */
	improved: string[];
	/** Points covered last time and missed now. */
	slipped: string[];
	/** Points missed both times. */
	stillMissed: string[];
}

/** Compares the points covered now with the last round's covered and missed lists. */
export function compareRounds(
	previous: { covered: readonly string[]; missed: readonly string[] },
	now: { covered: readonly string[]; missed: readonly string[] },
): Improvement {
	const nowCovered = new Set(now.covered);
	const nowMissed = new Set(now.missed);
	return {
		improved: previous.missed.filter((point) => nowCovered.has(point)),
		slipped: previous.covered.filter((point) => nowMissed.has(point)),
		stillMissed: previous.missed.filter((point) => nowMissed.has(point)),
	};
}
