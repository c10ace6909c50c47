import { describe, expect, it } from 'vitest';
import { competencies, competencyIds } from '../../../src/data/competencies.ts';
import {
	deleteStory,
	emptyDraft,
	isEmptyDraft,
	parseStories,
	parseStory,
	readDraft,
	saveStory,
	storyCoverage,
	storyFormProblems,
	uncoveredSentence,
	type Story,
	type StoryFields,
} from '../../../src/practice/story-bank.ts';

const fields = (title: string, tags: string[]): StoryFields => ({
	title,
	situation: 'The checkout service timed out at peak.',
	task: 'I owned the fix.',
	action: 'I added a queue and load-tested it.',
	result: 'p99 fell from 2.1 s to 300 ms.',
	competencies: tags,
});

const story = (id: string, tags: string[], updatedAt = 1_000): Story => ({
	id,
	...fields(`Story ${id}`, tags),
	updatedAt,
});

describe('storyCoverage', () => {
	it('counts the stories per competency and names the competencies no story shows', () => {
		const coverage = storyCoverage([
			story('a', ['ownership', 'pressure']),
			story('b', ['ownership', 'conflict']),
		]);
		const count = (id: string): number =>
			coverage.byCompetency.find((entry) => entry.competency.id === id)?.storyIds.length ?? -1;
		expect(count('ownership')).toBe(2);
		expect(count('conflict')).toBe(1);
		expect(count('mentoring')).toBe(0);
		expect(coverage.byCompetency.map((entry) => entry.competency.id)).toEqual([...competencyIds]);
		expect(coverage.uncovered.map((entry) => entry.id)).toEqual(
			competencyIds.filter((id) => !['ownership', 'pressure', 'conflict'].includes(id)),
		);
		expect(coverage.byStory.get('b')?.map((entry) => entry.id)).toEqual(['ownership', 'conflict']);
	});

	it('with no stories, leaves every competency uncovered', () => {
		const coverage = storyCoverage([]);
		expect(coverage.uncovered).toHaveLength(competencies.length);
		expect(coverage.byCompetency.every((entry) => entry.storyIds.length === 0)).toBe(true);
	});

	it('ignores a tag the competency list does not have', () => {
		const coverage = storyCoverage([story('a', ['teamwork'])]);
		expect(coverage.byStory.get('a')).toEqual([]);
		expect(coverage.uncovered).toHaveLength(competencies.length);
	});
});

describe('uncoveredSentence', () => {
	it('names the gaps by label, in list order', () => {
		const all = competencyIds.filter((id) => id !== 'conflict' && id !== 'mentoring');
		expect(uncoveredSentence(storyCoverage([story('a', [...all])]))).toBe(
			'No story yet shows: conflict, mentoring.',
		);
	});

	it('says so when every competency is covered', () => {
		expect(uncoveredSentence(storyCoverage([story('a', [...competencyIds])]))).toBe(
			'Every competency has at least one story.',
		);
	});
});

describe('saveStory and deleteStory', () => {
	it('adds a new story last, trimmed, with competencies in list order once each', () => {
		const saved = saveStory(
			[story('a', ['ownership'])],
			'b',
			{ ...fields('  Outage  ', ['mentoring', 'conflict', 'mentoring', 'teamwork']) },
			5_000,
		);
		expect(saved.map((entry) => entry.id)).toEqual(['a', 'b']);
		expect(saved[1]).toMatchObject({
			title: 'Outage',
			competencies: ['conflict', 'mentoring'],
			updatedAt: 5_000,
		});
	});

	it('replaces an existing story in place and stamps the new time', () => {
		const before = [story('a', ['ownership']), story('b', ['conflict']), story('c', ['failure'])];
		const after = saveStory(before, 'b', fields('Renamed', ['influence']), 9_000);
		expect(after.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
		expect(after[1]).toMatchObject({
			title: 'Renamed',
			competencies: ['influence'],
			updatedAt: 9_000,
		});
		expect(before[1]?.title).toBe('Story b');
	});

	it('deletes only the story with the id', () => {
		const after = deleteStory([story('a', []), story('b', [])], 'a');
		expect(after.map((entry) => entry.id)).toEqual(['b']);
		expect(deleteStory(after, 'missing')).toEqual(after);
	});
});

describe('storyFormProblems', () => {
	it('asks for a title and for at least one STAR part', () => {
		const problems = storyFormProblems({
			...fields(' ', []),
			situation: '',
			task: ' ',
			action: '',
			result: '',
		});
		expect(problems.map((problem) => problem.field)).toEqual(['title', 'situation']);
	});

	it('accepts a titled story with one STAR part', () => {
		expect(
			storyFormProblems({ ...fields('Outage', []), situation: '', task: '', action: '' }),
		).toEqual([]);
	});
});

describe('parseStories', () => {
	it('accepts valid stories and removes a repeated tag', () => {
		const parsed = parseStories([story('a', ['ownership', 'ownership']), story('b', [])]);
		expect(parsed.ok && parsed.value.map((entry) => entry.competencies)).toEqual([
			['ownership'],
			[],
		]);
	});

	it.each([
		['a list', { a: 1 }, 'stories must be a list, found an object'],
		['an object per story', ['x'], 'stories[0] must be an object, found string "x"'],
		[
			'a text title',
			[{ ...story('a', []), title: 3 }],
			'stories[0].title must be text, found number 3',
		],
		['a title', [{ ...story('a', []), title: '  ' }], 'stories[0].title must not be empty'],
		['an id', [{ ...story('a', []), id: '' }], 'stories[0].id must not be empty'],
		[
			'each STAR part',
			[story('a', []), { ...story('b', []), result: undefined }],
			'stories[1].result must be text, found nothing',
		],
		[
			'a competency list',
			[{ ...story('a', []), competencies: 'ownership' }],
			'stories[0].competencies must be a list, found string "ownership"',
		],
		[
			'known competencies',
			[story('a', ['ownership', 'teamwork'])],
			'stories[0].competencies[1] is "teamwork", which is not a competency; use one of ownership, conflict',
		],
		[
			'a time',
			[{ ...story('a', []), updatedAt: -1 }],
			'stories[0].updatedAt must be a time in milliseconds, found number -1',
		],
		[
			'unique ids',
			[story('a', []), story('a', [])],
			'stories[1].id "a" is used by an earlier story',
		],
	])('requires %s, naming the field', (_what, value, message) => {
		const parsed = parseStories(value);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error).toContain(message);
	});

	it('names the path it is given', () => {
		const parsed = parseStory({ ...story('a', []), task: null }, 'import.stories[4]');
		expect(parsed).toEqual({ ok: false, error: 'import.stories[4].task must be text, found null' });
	});
});

describe('drafts', () => {
	it('reads back what was stored, keeping the story being edited', () => {
		const draft = {
			...emptyDraft(),
			editingId: 'a',
			title: 'Half written',
			competencies: ['failure'],
		};
		expect(readDraft(JSON.stringify(draft))).toEqual(draft);
	});

	it('drops fields of the wrong type and unknown tags instead of losing the draft', () => {
		const draft = readDraft(
			JSON.stringify({ title: 'Kept', task: 7, competencies: ['conflict', 'teamwork', 3] }),
		);
		expect(draft).toEqual({ ...emptyDraft(), title: 'Kept', competencies: ['conflict'] });
	});

	it('returns null for nothing stored or text that is not a draft', () => {
		expect(readDraft(null)).toBeNull();
		expect(readDraft('{not json')).toBeNull();
		expect(readDraft('[1,2]')).toBeNull();
	});

	it('treats a form with only whitespace as empty, and an edit in progress as not', () => {
		expect(isEmptyDraft({ ...emptyDraft(), title: '  ' })).toBe(true);
		expect(isEmptyDraft({ ...emptyDraft(), editingId: 'a' })).toBe(false);
		expect(isEmptyDraft({ ...emptyDraft(), competencies: ['failure'] })).toBe(false);
	});
});
