/**
 * A small analyzer: the step that turns text into the terms an inverted index stores.
 *
 * Real analyzers (Lucene's, and so Elasticsearch's and OpenSearch's) run character filters,
 * then a tokenizer, then token filters. This one has a tokenizer that splits on anything that is
 * not a letter and two token filters: lowercasing and an optional stop-word list. Documents and
 * queries must go through the same analyzer, or a query term can never equal an indexed term.
 */

/** One term and where it sits in the text: the position counts tokens, not characters. */
export interface Token {
	readonly term: string;
	readonly position: number;
}

/** Options for {@link analyze}. */
export interface AnalyzerOptions {
	/** Lowercase terms to drop, such as `the` and `a`. Default: none. */
	readonly stopWords?: ReadonlySet<string>;
}

// Unicode letters only: digits and punctuation separate tokens, so "e-mail" is two tokens.
const NON_LETTERS = /[^\p{L}]+/u;

/**
 * Splits `text` on non-letters, lowercases each token and drops stop words. A dropped stop word
 * still uses up its position, as Lucene's stop filter does, so "quick the fox" keeps `quick` at
 * 0 and `fox` at 2 and does not match the phrase "quick fox".
 */
export function analyze(text: string, options: AnalyzerOptions = {}): Token[] {
	const tokens: Token[] = [];
	let position = 0;
	for (const raw of text.split(NON_LETTERS)) {
		if (raw === '') continue;
		const term = raw.toLowerCase();
		if (!options.stopWords?.has(term)) tokens.push({ term, position });
		position += 1;
	}
	return tokens;
}
