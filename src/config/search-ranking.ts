/**
 * How search ranks pages: the `ranking` Starlight hands to Pagefind's search dialog
 * (astro.config.mjs, `pagefind.ranking`). Every field is written out, so the ranking test
 * (tests/e2e/search-ranking.test.ts) applies exactly what the dialog applies.
 */

/** The Pagefind metadata key that holds a page's `searchTerms` (src/components/SearchTerms.astro). */
export const searchTermsMetaKey = 'search_terms';

/** Pagefind's ranking options, as its `options({ ranking })` takes them. */
export interface SearchRanking {
	pageLength: number;
	termFrequency: number;
	termSaturation: number;
	termSimilarity: number;
	diacriticSimilarity: number;
	metaWeights: Record<string, number>;
}

export const searchRanking: SearchRanking = {
	// The five values Starlight 0.42 sets by default (its schemas/pagefind.ts), kept as they are.
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: {
		// Pagefind's default boost for a match in the title.
		title: 5,
		// A page's own search terms count as much as its title: they are its other names.
		[searchTermsMetaKey]: 5,
	},
};
