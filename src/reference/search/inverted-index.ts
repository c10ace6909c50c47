/**
 * An in-memory inverted index with BM25 ranking, AND/OR queries and phrase queries.
 *
 * For every term it keeps a postings list: the documents that contain the term and, for each,
 * the positions where it occurs. The number of positions is the term frequency that BM25 needs;
 * the positions themselves are what phrase queries need.
 *
 * Scoring follows Lucene's BM25Similarity (the default in Elasticsearch and OpenSearch):
 *   idf(t)     = ln(1 + (N - n + 0.5) / (n + 0.5))
 *   score(t,d) = idf(t) * tf / (tf + k1 * (1 - b + b * dl / avgdl))
 * where N is the number of documents, n the number containing t, tf the occurrences of t in d,
 * dl the length of d in terms and avgdl the average length. Lucene stores dl in one byte, so its
 * scores for long documents differ slightly from these exact ones.
 */
import { analyze, type AnalyzerOptions } from './analyzer.ts';

/** One document id and the positions of one term in it. */
export interface Posting {
	readonly docId: string;
	readonly positions: readonly number[];
}

/** A search hit. */
export interface Hit {
	readonly docId: string;
	readonly score: number;
}

/** Options for {@link InvertedIndex}. */
export interface InvertedIndexOptions extends AnalyzerOptions {
	/** Term-frequency saturation. Lucene's default is 1.2. */
	readonly k1?: number;
	/** Length normalization, 0 (none) to 1 (full). Lucene's default is 0.75. */
	readonly b?: number;
}

/** An inverted index over short texts, ranked with BM25. */
export class InvertedIndex {
	readonly k1: number;
	readonly b: number;
	private readonly analyzer: AnalyzerOptions;
	// term -> docId -> positions; a Map keeps each postings list in insertion order.
	private readonly postingsByTerm = new Map<string, Map<string, number[]>>();
	// docId -> its distinct terms and its length, so a delete finds every posting to remove.
	private readonly docs = new Map<string, { terms: Set<string>; length: number }>();
	private totalLength = 0;

	/** Throws RangeError when k1 is negative or b is outside [0, 1]. */
	constructor(options: InvertedIndexOptions = {}) {
		const { k1 = 1.2, b = 0.75, stopWords } = options;
		if (!Number.isFinite(k1) || k1 < 0) {
			throw new RangeError(`k1 must be a finite number >= 0 (Lucene uses 1.2), got ${k1}`);
		}
		if (!(b >= 0 && b <= 1)) {
			throw new RangeError(`b must be between 0 and 1 (Lucene uses 0.75), got ${b}`);
		}
		this.k1 = k1;
		this.b = b;
		this.analyzer = stopWords ? { stopWords } : {};
	}

	/** Indexes `text` under `docId`, replacing any earlier version: an update is delete + add. */
	upsert(docId: string, text: string): void {
		this.delete(docId);
		const tokens = analyze(text, this.analyzer);
		const terms = new Set<string>();
		for (const { term, position } of tokens) {
			let postings = this.postingsByTerm.get(term);
			if (!postings) this.postingsByTerm.set(term, (postings = new Map<string, number[]>()));
			let positions = postings.get(docId);
			if (!positions) postings.set(docId, (positions = []));
			positions.push(position);
			terms.add(term);
		}
		this.docs.set(docId, { terms, length: tokens.length });
		this.totalLength += tokens.length;
	}

	/** Removes a document and all its postings; returns false if it was not indexed. */
	delete(docId: string): boolean {
		const doc = this.docs.get(docId);
		if (!doc) return false;
		for (const term of doc.terms) {
			const postings = this.postingsByTerm.get(term)!;
			postings.delete(docId);
			if (postings.size === 0) this.postingsByTerm.delete(term);
		}
		this.docs.delete(docId);
		this.totalLength -= doc.length;
		return true;
	}

	/** N: how many documents are indexed. */
	get docCount(): number {
		return this.docs.size;
	}

	/** avgdl: the mean document length in terms (0 for an empty index). */
	get averageLength(): number {
		return this.docs.size === 0 ? 0 : this.totalLength / this.docs.size;
	}

	/** The postings list of one (already analyzed) term. */
	postings(term: string): Posting[] {
		const postings = this.postingsByTerm.get(term);
		if (!postings) return [];
		return [...postings].map(([docId, positions]) => ({ docId, positions }));
	}

	/** n: how many documents contain `term`. */
	docFreq(term: string): number {
		return this.postingsByTerm.get(term)?.size ?? 0;
	}

	/** Lucene's BM25 idf: rare terms score high; it stays positive even for a term in every doc. */
	idf(term: string): number {
		const n = this.docFreq(term);
		return Math.log(1 + (this.docCount - n + 0.5) / (n + 0.5));
	}

	/**
	 * Ranks documents for a free-text query by the sum of each distinct query term's BM25 score.
	 * `or` returns documents with any query term; `and` only those with all of them.
	 */
	search(query: string, mode: 'and' | 'or' = 'or'): Hit[] {
		const terms = [...new Set(analyze(query, this.analyzer).map((t) => t.term))];
		if (terms.length === 0) return [];
		const scores = new Map<string, number>();
		const matched = new Map<string, number>();
		for (const term of terms) {
			const idf = this.idf(term);
			for (const [docId, positions] of this.postingsByTerm.get(term) ?? []) {
				scores.set(docId, (scores.get(docId) ?? 0) + this.termScore(idf, positions.length, docId));
				matched.set(docId, (matched.get(docId) ?? 0) + 1);
			}
		}
		const hits = [...scores].filter(
			([docId]) => mode === 'or' || matched.get(docId) === terms.length,
		);
		return rank(hits);
	}

	/**
	 * Documents containing the query's terms at the same relative positions, in order. Scored as
	 * Lucene scores a phrase: the summed idf of its terms, with the phrase count as the frequency.
	 */
	searchPhrase(phrase: string): Hit[] {
		const [first, ...rest] = analyze(phrase, this.analyzer);
		if (!first) return [];
		const idf = [first, ...rest].reduce((sum, t) => sum + this.idf(t.term), 0);
		const hits: [string, number][] = [];
		for (const [docId, starts] of this.postingsByTerm.get(first.term) ?? []) {
			// A start position p matches if every later term sits at p plus its offset in the query.
			const count = starts.filter((p) =>
				rest.every((t) =>
					this.postingsByTerm
						.get(t.term)
						?.get(docId)
						?.includes(p + t.position - first.position),
				),
			).length;
			if (count > 0) hits.push([docId, this.termScore(idf, count, docId)]);
		}
		return rank(hits);
	}

	private termScore(idf: number, tf: number, docId: string): number {
		const dl = this.docs.get(docId)!.length;
		const norm = this.k1 * (1 - this.b + (this.b * dl) / this.averageLength);
		return (idf * tf) / (tf + norm);
	}
}

// Highest score first; ties by id so results are deterministic.
function rank(hits: [string, number][]): Hit[] {
	return hits
		.map(([docId, score]) => ({ docId, score }))
		.sort((x, y) => y.score - x.score || (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : 0));
}
