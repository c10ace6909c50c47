import { describe, expect, it } from 'vitest';
import {
	anyQuestion,
	countByTopic,
	filterQuestions,
	type QuestionFacets,
} from '../../../src/practice/question-filter.ts';

const bank: QuestionFacets[] = [
	{ id: 'a', topics: ['caching', 'redis'], levels: ['L4', 'L5'], kind: 'concept' },
	{ id: 'b', topics: ['caching'], levels: ['L6'], kind: 'design' },
	{ id: 'c', topics: ['sharding'], levels: ['L5'], kind: 'design' },
];

describe('question filter', () => {
	it('lets everything through with no filter chosen', () => {
		expect(filterQuestions(bank, anyQuestion)).toEqual(['a', 'b', 'c']);
	});

	it('combines topics, level and kind', () => {
		expect(filterQuestions(bank, { ...anyQuestion, topics: ['caching'] })).toEqual(['a', 'b']);
		expect(filterQuestions(bank, { ...anyQuestion, level: 'L5' })).toEqual(['a', 'c']);
		expect(filterQuestions(bank, { topics: ['caching'], level: 'L5', kind: 'design' })).toEqual([]);
		expect(filterQuestions(bank, { topics: [], level: 'L5', kind: 'design' })).toEqual(['c']);
	});

	it('lets a question through when it has any one of the chosen topics', () => {
		expect(filterQuestions(bank, { ...anyQuestion, topics: ['redis', 'sharding'] })).toEqual([
			'a',
			'c',
		]);
		expect(
			filterQuestions(bank, { ...anyQuestion, topics: ['redis', 'sharding'], level: 'L5' }),
		).toEqual(['a', 'c']);
		expect(
			filterQuestions(bank, { ...anyQuestion, topics: ['redis', 'sharding'], kind: 'design' }),
		).toEqual(['c']);
	});

	it('counts per topic under the level and kind filters, ignoring the topic filter', () => {
		expect(
			Object.fromEntries(countByTopic(bank, { ...anyQuestion, topics: ['sharding'] })),
		).toEqual({
			caching: 2,
			redis: 1,
			sharding: 1,
		});
		expect(Object.fromEntries(countByTopic(bank, { ...anyQuestion, kind: 'design' }))).toEqual({
			caching: 1,
			sharding: 1,
		});
	});
});
