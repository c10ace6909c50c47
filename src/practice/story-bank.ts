/**
 * The story bank's logic: the shape of a STAR story, which competencies the saved stories cover,
 * changes to the list, and the checks a stored or imported story must pass. The progress parser
 * reads `stories` with `parseStories`, so a bad story is rejected with the field it got wrong.
 */
import { competencies, competencyIds, type Competency } from '../data/competencies.ts';

/** One behavioral story in STAR form, tagged with the competencies it shows. */
export interface Story {
	/** Unique within the bank; never shown. */
	id: string;
	/** A short name the reader recognizes the story by. */
	title: string;
	situation: string;
	task: string;
	action: string;
	result: string;
	/** Competency ids from src/data/competencies.ts, each at most once. */
	competencies: string[];
	/** When the story was last saved, in milliseconds since the epoch. */
	updatedAt: number;
}

/** The fields a reader writes; a story is these plus an id and a time. */
export type StoryFields = Omit<Story, 'id' | 'updatedAt'>;

/** The four STAR parts, in the order they are told. */
export const starParts = ['situation', 'task', 'action', 'result'] as const;

/** How many saved stories show one competency, and which. */
export interface CompetencyCoverage {
	competency: Competency;
	/** Ids of the stories tagged with it, in bank order. */
	storyIds: string[];
}

/** What the bank covers: per competency, per story, and the gaps. */
export interface Coverage {
	/** Every competency in list order, with the stories that show it. */
	byCompetency: CompetencyCoverage[];
	/** Competencies no story shows, in list order. */
	uncovered: Competency[];
	/** Per story id, the known competencies it shows, in list order. */
	byStory: Map<string, Competency[]>;
}

/** Works out which competencies the stories cover. Tags not in the list are ignored. */
export function storyCoverage(
	stories: readonly Story[],
	list: readonly Competency[] = competencies,
): Coverage {
	const byCompetency = list.map((competency) => ({
		competency,
		storyIds: stories
			.filter((story) => story.competencies.includes(competency.id))
			.map((story) => story.id),
	}));
	const byStory = new Map(
		stories.map((story) => [
			story.id,
			list.filter((competency) => story.competencies.includes(competency.id)),
		]),
	);
	return {
		byCompetency,
		uncovered: byCompetency
			.filter((entry) => entry.storyIds.length === 0)
			.map((entry) => entry.competency),
		byStory,
	};
}

/** The sentence that names the gaps, e.g. "No story yet shows: conflict, mentoring." */
export function uncoveredSentence(coverage: Coverage): string {
	if (coverage.uncovered.length === 0) return 'Every competency has at least one story.';
	return `No story yet shows: ${coverage.uncovered.map((entry) => entry.label).join(', ')}.`;
}

/**
 * Adds `fields` as a new story, or replaces the story with `id` when it exists, stamped with
 * `now`. A replaced story keeps its place in the list; a new one goes last.
 */
export function saveStory(
	stories: readonly Story[],
	id: string,
	fields: StoryFields,
	now: number,
): Story[] {
	const story: Story = {
		id,
		...normalizeFields(fields),
		updatedAt: now,
	};
	const index = stories.findIndex((existing) => existing.id === id);
	if (index === -1) return [...stories, story];
	return stories.map((existing, i) => (i === index ? story : existing));
}

/** The list without the story `id` (unchanged if there is none). */
export function deleteStory(stories: readonly Story[], id: string): Story[] {
	return stories.filter((story) => story.id !== id);
}

/** Trims text and puts competencies in list order, once each, dropping ids the list lacks. */
function normalizeFields(fields: StoryFields): StoryFields {
	return {
		title: fields.title.trim(),
		situation: fields.situation.trim(),
		task: fields.task.trim(),
		action: fields.action.trim(),
		result: fields.result.trim(),
		competencies: competencyIds.filter((id) => fields.competencies.includes(id)),
	};
}

/** Problems that stop the form from saving, each naming its field; empty when it can save. */
export function storyFormProblems(fields: StoryFields): { field: string; message: string }[] {
	const problems: { field: string; message: string }[] = [];
	if (fields.title.trim() === '')
		problems.push({ field: 'title', message: 'Give the story a title so you can find it.' });
	if (starParts.every((part) => fields[part].trim() === ''))
		problems.push({
			field: 'situation',
			message: 'Write at least one of Situation, Task, Action or Result.',
		});
	return problems;
}

/** A checked value, or a message naming the field that is wrong and how. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Thrown inside the checks with the path of the offending field; turned into a CheckResult. */
class StoryShapeError extends Error {}

/**
 * Checks a decoded JSON value as the bank's list of stories: a list of stories with unique ids.
 * `path` names the list in messages (`stories` in the progress document).
 */
export function parseStories(value: unknown, path = 'stories'): CheckResult<Story[]> {
	try {
		if (!Array.isArray(value))
			throw new StoryShapeError(`${path} must be a list, found ${describe(value)}`);
		const seen = new Set<string>();
		const stories = value.map((item, i) => {
			const story = readStory(item, `${path}[${i}]`);
			if (seen.has(story.id)) {
				throw new StoryShapeError(
					`${path}[${i}].id ${JSON.stringify(story.id)} is used by an earlier story; each story needs its own id`,
				);
			}
			seen.add(story.id);
			return story;
		});
		return { ok: true, value: stories };
	} catch (error) {
		if (error instanceof StoryShapeError) return { ok: false, error: error.message };
		throw error;
	}
}

/** Checks one decoded JSON value as a story; `path` names it in messages (`stories[2]`). */
export function parseStory(value: unknown, path: string): CheckResult<Story> {
	try {
		return { ok: true, value: readStory(value, path) };
	} catch (error) {
		if (error instanceof StoryShapeError) return { ok: false, error: error.message };
		throw error;
	}
}

function readStory(value: unknown, path: string): Story {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new StoryShapeError(`${path} must be an object, found ${describe(value)}`);
	}
	const fields = value as Record<string, unknown>;
	const id = expectText(fields['id'], `${path}.id`);
	if (id.trim() === '') throw new StoryShapeError(`${path}.id must not be empty`);
	const title = expectText(fields['title'], `${path}.title`);
	if (title.trim() === '') throw new StoryShapeError(`${path}.title must not be empty`);
	const tags = fields['competencies'];
	if (!Array.isArray(tags)) {
		throw new StoryShapeError(`${path}.competencies must be a list, found ${describe(tags)}`);
	}
	const known: readonly string[] = competencyIds;
	const competencyList = tags.map((tag, i) => {
		const where = `${path}.competencies[${i}]`;
		const text = expectText(tag, where);
		if (!known.includes(text)) {
			throw new StoryShapeError(
				`${where} is ${JSON.stringify(text)}, which is not a competency; use one of ${competencyIds.join(', ')}`,
			);
		}
		return text;
	});
	const updatedAt = fields['updatedAt'];
	if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) {
		throw new StoryShapeError(
			`${path}.updatedAt must be a time in milliseconds, found ${describe(updatedAt)}`,
		);
	}
	return {
		id,
		title,
		situation: expectText(fields['situation'], `${path}.situation`),
		task: expectText(fields['task'], `${path}.task`),
		action: expectText(fields['action'], `${path}.action`),
		result: expectText(fields['result'], `${path}.result`),
		competencies: [...new Set(competencyList)],
		updatedAt,
	};
}

function expectText(value: unknown, path: string): string {
	if (typeof value !== 'string')
		throw new StoryShapeError(`${path} must be text, found ${describe(value)}`);
	return value;
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${JSON.stringify(value)}`;
}

/** The form as the reader left it: what they typed and which story, if any, they were editing. */
export interface StoryDraft extends StoryFields {
	/** The id of the story being edited, or null for a new story. */
	editingId: string | null;
}

/** A form with nothing in it. */
export function emptyDraft(): StoryDraft {
	return {
		editingId: null,
		title: '',
		situation: '',
		task: '',
		action: '',
		result: '',
		competencies: [],
	};
}

/** True when the draft holds nothing worth keeping. */
export function isEmptyDraft(draft: StoryDraft): boolean {
	return (
		draft.editingId === null &&
		draft.title.trim() === '' &&
		starParts.every((part) => draft[part].trim() === '') &&
		draft.competencies.length === 0
	);
}

/**
 * Reads a stored draft leniently: a draft is a convenience, so a field of the wrong type is
 * dropped rather than the whole draft refused. Returns null for text that is not a draft at all.
 */
export function readDraft(text: string | null): StoryDraft | null {
	if (text === null) return null;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const fields = value as Record<string, unknown>;
	const textField = (key: string): string => {
		const field = fields[key];
		return typeof field === 'string' ? field : '';
	};
	const known: readonly string[] = competencyIds;
	const tagList: unknown = fields['competencies'];
	const tags = Array.isArray(tagList)
		? tagList.filter((tag): tag is string => typeof tag === 'string' && known.includes(tag))
		: [];
	return {
		editingId: typeof fields['editingId'] === 'string' ? fields['editingId'] : null,
		title: textField('title'),
		situation: textField('situation'),
		task: textField('task'),
		action: textField('action'),
		result: textField('result'),
		competencies: tags,
	};
}
