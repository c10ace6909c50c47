// Search ranks the page that teaches a topic above the question bank's pages, which mention the
// same words in their questions (weighted low there, src/components/practice/QuestionBank.astro),
// and finds pages by the other names readers type: spellings, abbreviations and synonyms, from
// pages' `searchTerms` frontmatter. Queried through Pagefind's own JavaScript API on the built
// index, with the ranking the search dialog passes it (src/config/search-ranking.ts).
import { searchRanking, type SearchRanking } from '../../src/config/search-ranking.ts';
import { expect, sitePath, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** A query, the page that should answer it, and the rank that page must reach at worst. */
type Expectation = readonly [query: string, page: string, within: number];

/** Topic queries: the teaching page anywhere in the first 20, as long as no bank page is above it. */
const topicQueries: readonly Expectation[] = [
	['consistent hashing', '/databases/sharding/', 20],
	['idempotency key', '/api-design/idempotency/', 20],
	['bloom filter', '/distributed-systems/probabilistic-structures/', 20],
	['distributed lock', '/distributed-systems/distributed-locks/', 20],
	['isolation level', '/databases/transactions-and-isolation/', 20],
	['read replica', '/databases/replication/', 20],
	['circuit breaker', '/reliability/resilience-patterns/', 20],
	['error budget', '/reliability/slos-and-incidents/', 20],
	['two-phase commit', '/architecture/distributed-transactions/', 20],
	['event sourcing', '/architecture/event-driven-architecture/', 20],
	['web crawler', '/system-design/designs/web-crawler/', 20],
];

/** Words a candidate types for a topic: the page must come first, or in the top 3. */
const otherNames: readonly Expectation[] = [
	['behavioral', '/interviews/behavioral-round/', 1],
	['behavioural', '/interviews/behavioral-round/', 1],
	['behavioral', '/interviews/story-bank/', 3],
	['behavioural', '/interviews/story-bank/', 3],
	['STAR', '/interviews/behavioral-round/', 1],
	['STAR', '/interviews/story-bank/', 3],
	['salary', '/landscape/compensation/', 1],
	// "pay" is also the start of "payment"; the payment-system design may come first.
	['pay', '/landscape/compensation/', 3],
	['compensation', '/landscape/compensation/', 1],
	['TC', '/landscape/compensation/', 1],
	['k8s', '/reliability/containers-and-kubernetes/', 1],
	['kubernetes', '/reliability/containers-and-kubernetes/', 1],
	['LB', '/system-design/load-balancing/', 1],
	['idempotent', '/api-design/idempotency/', 1],
	['2PC', '/architecture/distributed-transactions/', 1],
	['consistent hash', '/databases/sharding/', 1],
	['consistent hashing', '/databases/sharding/', 1],
	['OOD', '/low-level-design/approach/', 1],
	['object-oriented design', '/low-level-design/approach/', 1],
	['LLD', '/low-level-design/approach/', 1],
];

/**
 * The URLs of the first 20 results for `query`, best first, ranked as the dialog ranks them, as
 * paths from the site's root: `/databases/sharding/` for the build's `/handbook/databases/sharding/`.
 * A URL outside the base path is kept whole, and so matches no expectation.
 */
async function searchUrls(page: Page, query: string, ranking: SearchRanking): Promise<string[]> {
	const urls = await page.evaluate(
		async ({ text, ranking }) => {
			const pagefindUrl = `${document.baseURI.replace(/\/$/, '')}/pagefind/pagefind.js`;
			const pagefind = (await import(pagefindUrl)) as {
				options(options: { ranking: unknown }): Promise<void>;
				search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
			};
			await pagefind.options({ ranking });
			const { results } = await pagefind.search(text);
			return Promise.all(results.slice(0, 20).map(async (result) => (await result.data()).url));
		},
		{ text: query, ranking },
	);
	const base = sitePath('');
	return urls.map((url) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url));
}

/** What is wrong with the results of each expectation, as lines; empty when all hold. */
async function rankingProblems(
	page: Page,
	expectations: readonly Expectation[],
): Promise<{ problems: string[]; bankResults: number }> {
	const problems: string[] = [];
	let bankResults = 0;
	for (const [query, expected, within] of expectations) {
		const urls = await searchUrls(page, query, searchRanking);
		const rank = urls.indexOf(expected) + 1;
		const bank = urls.findIndex((url) => /^\/practice\/[^/]+\/$/.test(url) && url !== expected);
		if (bank !== -1) bankResults += 1;
		if (rank === 0) problems.push(`"${query}": ${expected} is not in the first 20 results`);
		else if (rank > within)
			problems.push(
				`"${query}": ${expected} is #${rank}, expected in the top ${within}, after ${urls.slice(0, rank - 1).join(', ')}`,
			);
		if (rank !== 0 && bank !== -1 && bank < rank - 1)
			problems.push(`"${query}": ${urls[bank]} (#${bank + 1}) ranks above ${expected} (#${rank})`);
	}
	return { problems, bankResults };
}

test('topic queries list the teaching page before any question bank page', async ({ page }) => {
	await page.goto('', { waitUntil: 'networkidle' });
	const { problems, bankResults } = await rankingProblems(page, topicQueries);
	expect(problems).toEqual([]);
	// The bank pages are found at all: the check above compared something.
	expect(bankResults).toBeGreaterThan(2);
});

test('spellings, abbreviations and synonyms find the page that teaches the topic', async ({
	page,
}) => {
	await page.goto('', { waitUntil: 'networkidle' });
	const { problems } = await rankingProblems(page, otherNames);
	expect(problems).toEqual([]);
});
