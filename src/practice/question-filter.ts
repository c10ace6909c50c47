/**
 * Filtering the question bank by topics, level and kind, and counting questions per topic under
 * the other two filters, so each topic option can say how many questions choosing it would show.
 */

/** The facets of one question that the filters look at. */
export interface QuestionFacets {
	id: string;
	topics: readonly string[];
	levels: readonly string[];
	kind: string;
}

/** The chosen filters; an empty string or an empty list means "any". */
export interface QuestionFilter {
	/** A question passes when it has at least one of these topics. */
	topics: readonly string[];
	level: string;
	kind: string;
}

/** A filter that lets every question through. */
export const anyQuestion: QuestionFilter = { topics: [], level: '', kind: '' };

/** Whether a question passes every chosen filter. */
export function matchesFilter(question: QuestionFacets, filter: QuestionFilter): boolean {
	return (
		(filter.topics.length === 0 ||
			filter.topics.some((topic) => question.topics.includes(topic))) &&
		(filter.level === '' || question.levels.includes(filter.level)) &&
		(filter.kind === '' || question.kind === filter.kind)
	);
}

/** Ids of the questions that pass the filter, in bank order. */
export function filterQuestions(
	questions: readonly QuestionFacets[],
	filter: QuestionFilter,
): string[] {
	return questions
		.filter((question) => matchesFilter(question, filter))
		.map((question) => question.id);
}

/**
 * Questions per topic that also pass the level and kind filters (the topics filter itself is
 * ignored, so every option shows what picking it would give).
 */
export function countByTopic(
	questions: readonly QuestionFacets[],
	filter: QuestionFilter,
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const question of questions) {
		if (!matchesFilter(question, { ...filter, topics: [] })) continue;
		for (const topic of question.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
	}
	return counts;
}
