/**
 * Matching what a reader types in the flashcards' topic box against topic names, which are
 * lowercase words joined by hyphens ("rate-limiting"): case, spaces and hyphens do not matter, so
 * "Rate limit" finds it.
 */

/** `text` in the form both sides are compared in: lowercase, spaces and hyphens as one space. */
function normalize(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\s-]+/g, ' ')
		.trim();
}

/** Whether `topic` contains what the reader typed; an empty query matches nothing. */
export function topicMatches(topic: string, query: string): boolean {
	const wanted = normalize(query);
	return wanted !== '' && normalize(topic).includes(wanted);
}

/** The topics that match `query`, those starting with it first, each group in the given order. */
export function searchTopics(topics: readonly string[], query: string): string[] {
	const wanted = normalize(query);
	const matching = topics.filter((topic) => topicMatches(topic, query));
	const starts = matching.filter((topic) => normalize(topic).startsWith(wanted));
	return [...starts, ...matching.filter((topic) => !starts.includes(topic))];
}
