import { describe, expect, it } from 'vitest';
import { searchTermsMetaKey } from '../../../../src/config/search-ranking.ts';
import {
	withoutSearchTermsTag,
	type PagefindResultData,
} from '../../../../src/client/search/search-terms-tag.ts';

const result = (): PagefindResultData & { url: string } => ({
	url: '/reliability/containers-and-kubernetes/',
	meta: {
		title: 'Containers and Kubernetes',
		[searchTermsMetaKey]: 'k8s, container orchestration',
	},
});

describe('withoutSearchTermsTag', () => {
	it('drops the search terms from the metadata the result tags show, keeping the title', () => {
		expect(withoutSearchTermsTag(undefined)(result())).toEqual({
			url: '/reliability/containers-and-kubernetes/',
			meta: { title: 'Containers and Kubernetes' },
		});
	});

	it('still applies the processResult it wraps (Starlight rewrites URLs in place)', () => {
		const stripSlash = (data: PagefindResultData & { url?: string }): void => {
			if (data.url) data.url = data.url.replace(/\/$/, '');
		};
		const processed = withoutSearchTermsTag(stripSlash)(result()) as { url: string };
		expect(processed.url).toBe('/reliability/containers-and-kubernetes');
		expect(processed).not.toHaveProperty(['meta', searchTermsMetaKey]);
	});

	it('uses the replacement a processResult returns', () => {
		const replace = (): PagefindResultData => ({
			meta: { title: 'Other', [searchTermsMetaKey]: 'x' },
		});
		expect(withoutSearchTermsTag(replace)(result())).toEqual({ meta: { title: 'Other' } });
	});
});
