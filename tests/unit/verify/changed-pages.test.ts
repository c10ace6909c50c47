import { describe, expect, it } from 'vitest';
import {
	axeTestPattern,
	changedRoutes,
	questionPages,
} from '../../../scripts/verify/changed-pages.ts';

describe('the pages a change touches', () => {
	const questions: Record<string, string> = {
		'src/content/questions/databases/q.md':
			"---\nquestion: 'Q?'\npages: [databases/indexes, 'databases/sharding']\n---\nAnswer.\n",
		'src/content/questions/coding/list.md':
			'---\nquestion: Q\npages:\n  - coding/graphs\n  - "coding/concurrency"\nlevels: [L4]\n---\n',
	};

	it('maps pages, section indexes and the home page to their routes', () => {
		expect(
			changedRoutes(
				[
					'src/content/docs/databases/indexes.mdx',
					'src/content/docs/security/index.mdx',
					'src/content/docs/index.mdx',
					'src/content/docs/system-design/designs/chat.md',
				],
				() => undefined,
			),
		).toEqual(['', 'databases/indexes/', 'security/', 'system-design/designs/chat/']);
	});

	it('maps a question to the pages its frontmatter names, in either list style', () => {
		expect(changedRoutes(Object.keys(questions), (path) => questions[path])).toEqual([
			'coding/concurrency/',
			'coding/graphs/',
			'databases/indexes/',
			'databases/sharding/',
		]);
	});

	it('ignores code, deleted questions and files outside the content', () => {
		expect(
			changedRoutes(
				['src/reference/cache/lru.ts', 'README.md', 'src/content/questions/coding/gone.md'],
				() => undefined,
			),
		).toEqual([]);
	});

	it('reads no pages from a question without a pages field', () => {
		expect(questionPages("---\nquestion: 'Q?'\nlevels: [L4]\n---\n")).toEqual([]);
	});

	it("builds a grep pattern that matches only the changed pages' axe tests", () => {
		const pattern = new RegExp(axeTestPattern(['', 'databases/indexes/']));
		expect(
			pattern.test(
				'site every-page.test.ts /databases/indexes/ has no violation in the light or the dark theme, and its diagrams read at a desktop and a phone',
			),
		).toBe(true);
		expect(
			pattern.test(
				'site every-page.test.ts / has no violation in the light or the dark theme, and its diagrams read at a desktop and a phone',
			),
		).toBe(true);
		expect(
			pattern.test(
				'site every-page.test.ts /databases/ has no violation in the light or the dark theme, and its diagrams read at a desktop and a phone',
			),
		).toBe(false);
	});
});
