import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SearchTerms from '../../../src/components/SearchTerms.astro';
import { searchTermsMetaKey } from '../../../src/config/search-ranking.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('SearchTerms', () => {
	it("writes a page's terms as Pagefind metadata on an empty element", async () => {
		const html = await container.renderToString(SearchTerms, {
			props: { terms: ['k8s', 'container orchestration'] },
		});
		expect(html).toMatch(
			new RegExp(
				`^<span data-pagefind-meta="${searchTermsMetaKey}:k8s, container orchestration"[^>]*></span>$`,
			),
		);
	});

	it('writes nothing for no terms, or for a route whose entry has no handbook frontmatter', async () => {
		expect(await container.renderToString(SearchTerms, { props: { terms: [] } })).not.toContain(
			'data-pagefind-meta',
		);
		// Starlight's built-in 404 page: its entry has no searchTerms at all.
		expect(await container.renderToString(SearchTerms, { props: {} })).not.toContain(
			'data-pagefind-meta',
		);
	});
});
