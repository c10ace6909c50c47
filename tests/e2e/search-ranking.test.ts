// Search ranks the page that teaches a topic above the question bank's pages, which mention the
// same words in their questions (weighted low there, src/components/practice/QuestionBank.astro).
// Queried through Pagefind's own JavaScript API on the built index, as the search dialog does.
import { expect, test } from './fixtures.ts';

/** A topic query and the page that teaches it. */
const queries: readonly (readonly [string, string])[] = [
	['consistent hashing', '/databases/sharding/'],
	['idempotency key', '/api-design/idempotency/'],
	['bloom filter', '/distributed-systems/probabilistic-structures/'],
	['distributed lock', '/distributed-systems/distributed-locks/'],
	['isolation level', '/databases/transactions-and-isolation/'],
	['read replica', '/databases/replication/'],
	['circuit breaker', '/reliability/resilience-patterns/'],
	['error budget', '/reliability/slos-and-incidents/'],
	['two-phase commit', '/architecture/distributed-transactions/'],
	['event sourcing', '/architecture/event-driven-architecture/'],
	['web crawler', '/system-design/designs/web-crawler/'],
];

test('topic queries list the teaching page before any question bank page', async ({ page }) => {
	await page.goto('', { waitUntil: 'networkidle' });
	const problems: string[] = [];
	let bankResults = 0;
	for (const [query, topicPage] of queries) {
		const urls = await page.evaluate(async (text) => {
			const pagefindUrl = `${document.baseURI.replace(/\/$/, '')}/pagefind/pagefind.js`;
			const pagefind = (await import(pagefindUrl)) as {
				search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
			};
			const { results } = await pagefind.search(text);
			return Promise.all(results.slice(0, 20).map(async (result) => (await result.data()).url));
		}, query);
		const topic = urls.indexOf(topicPage);
		const bank = urls.findIndex((url) => /^\/practice\/[^/]+\/$/.test(url) && url !== topicPage);
		if (bank !== -1) bankResults += 1;
		if (topic === -1) problems.push(`"${query}": ${topicPage} is not in the first 20 results`);
		else if (bank !== -1 && bank < topic)
			problems.push(
				`"${query}": ${urls[bank]} (#${bank + 1}) ranks above ${topicPage} (#${topic + 1})`,
			);
	}
	expect(problems).toEqual([]);
	// The bank pages are found at all: the check above compared something.
	expect(bankResults).toBeGreaterThan(2);
});
