import { describe, expect, it } from 'vitest';
import { searchTopics, topicMatches } from '../../../src/practice/topic-search.ts';

const topics = ['api-gateway', 'caching', 'cache-invalidation', 'rate-limiting', 'tls'];

describe('topic search', () => {
	it('ignores case, spaces and hyphens', () => {
		expect(topicMatches('rate-limiting', 'Rate limit')).toBe(true);
		expect(topicMatches('rate-limiting', 'rate-lim')).toBe(true);
		expect(topicMatches('rate-limiting', 'ratelimit')).toBe(false);
	});

	it('matches nothing on an empty query', () => {
		expect(searchTopics(topics, '  ')).toEqual([]);
	});

	it('lists topics that start with the query before those that only contain it', () => {
		expect(searchTopics(topics, 'ca')).toEqual(['caching', 'cache-invalidation']);
		expect(searchTopics(topics, 'at')).toEqual([
			'api-gateway',
			'cache-invalidation',
			'rate-limiting',
		]);
		expect(searchTopics(topics, 't')).toEqual([
			'tls',
			'api-gateway',
			'cache-invalidation',
			'rate-limiting',
		]);
	});
});
