import { z } from 'astro/zod';

/** A topic tag: lowercase words joined by hyphens. */
export const topicSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'topics are lowercase kebab-case words, e.g. "rate-limiting"');

/** A cited source: a title and a public http(s) URL. */
export const sourceSchema = z.object({
	title: z.string().min(3),
	url: z.url({ protocol: /^https?$/, error: 'each source needs an absolute http(s) url' }),
});

/** Longest search term: a phrase a reader types, not a sentence. */
export const searchTermMaxLength = 40;

/** Most search terms one page may list; more would pull the page into unrelated searches. */
export const searchTermsMaxCount = 12;

/**
 * One word or phrase a reader may type to find a page: letters, digits, spaces and `. + / ' & -`.
 * Commas, colons and brackets are refused because Pagefind reads them as its own syntax
 * (the terms reach it as one `data-pagefind-meta` value, joined by commas).
 */
export const searchTermSchema = z
	.string({ error: 'each search term is a word or short phrase, e.g. "k8s" or "salary"' })
	.trim()
	.min(1, 'a search term cannot be empty; remove the empty item')
	.max(
		searchTermMaxLength,
		`a search term is at most ${searchTermMaxLength} characters; use the words a reader types`,
	)
	.regex(
		/^[\p{L}\p{N}][\p{L}\p{N} .+/'&-]*$/u,
		"a search term holds letters, digits, spaces and . + / ' & - only (no commas or colons); list each term as its own item",
	);

/** A page's search terms: distinct (ignoring case), at most `searchTermsMaxCount`. */
export const searchTermsSchema = z
	.array(searchTermSchema, {
		error: 'searchTerms is a list, e.g. [k8s, container orchestration]',
	})
	.max(
		searchTermsMaxCount,
		`list at most ${searchTermsMaxCount} search terms; keep the ones readers type most`,
	)
	.superRefine((terms, context) => {
		const seen = new Map<string, number>();
		for (const [index, term] of terms.entries()) {
			const key = term.toLowerCase();
			const first = seen.get(key);
			if (first === undefined) seen.set(key, index);
			else
				context.addIssue({
					code: 'custom',
					path: [index],
					message: `"${term}" repeats searchTerms[${first}] (search ignores case); remove one`,
				});
		}
	});
