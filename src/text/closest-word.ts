/** Levenshtein distance: the fewest single-character inserts, deletes or swaps from `a` to `b`. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * The candidate nearest to `word`, when it is near enough to be the intended one: at most a third
 * of the word's length away (at least 1, at most 4 edits), compared case-insensitively.
 */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
	const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "x"?` when a candidate is close, or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
	const match = closestWord(word, candidates);
	return match === undefined ? '' : ` Did you mean "${match}"?`;
}
