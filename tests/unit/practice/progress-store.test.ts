import { describe, expect, it } from 'vitest';
import {
	loadProgress,
	progressKey,
	resetProgress,
	saveProgress,
	setAsideUnknownCards,
	unreadableProgressKey,
	type StorageLike,
} from '../../../src/practice/progress-store.ts';
import {
	emptyProgress,
	parseProgressText,
	type ProgressDocument,
} from '../../../src/practice/progress-document.ts';
import { migrateLeitnerCard } from '../../../src/practice/leitner-migration.ts';
import type { CardState } from '../../../src/practice/schedule.ts';

/** An in-memory Storage, optionally refusing writes the way a full localStorage does. */
function memoryStorage(
	initial: Record<string, string> = {},
	refuseWrites = false,
): StorageLike & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => {
			if (refuseWrites) throw new Error('QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key) => void data.delete(key),
	};
}

/** A card in review, as version 3 stores it. */
const reviewCardState: CardState = {
	dueAt: 1_800_000_000_000,
	reviewedAt: 1_799_000_000_000,
	stability: 11.6,
	difficulty: 5.3,
	elapsedDays: 4,
	scheduledDays: 12,
	learningSteps: 0,
	reps: 4,
	lapses: 1,
	state: 2,
};

const sample: ProgressDocument = {
	version: 3,
	cards: { 'api-design/offset-vs-cursor': reviewCardState },
	setAside: {},
	plan: { weeks: 4, done: ['4w/1/read/landscape'] },
	mocks: [
		{
			promptId: 'system-design/designs/url-shortener/capacity',
			prompt: 'Design a URL shortener.',
			savedAt: 1_799_000_000_000,
			scores: { communication: 3 },
			notes: { communication: 'Signposted well.' },
			covered: ['Estimated peak reads per second'],
			missed: ['302 over 301 so every click reaches analytics'],
		},
	],
	sql: {
		drafts: { 'riders-without-trips': 'SELECT rider_id FROM riders' },
		solved: { 'top-drivers-per-city': 1_799_500_000_000 },
	},
	stories: [
		{
			id: 'story-1',
			title: 'The migration that paged us',
			situation: 'A schema change locked the orders table.',
			task: 'Restore writes and prevent a repeat.',
			action: 'Rolled back, then rewrote the change as an online backfill.',
			result: 'Writes back in 9 minutes; no lock incidents since.',
			competencies: ['ownership', 'failure'],
			updatedAt: 1_799_100_000_000,
		},
	],
};

describe('progress store', () => {
	it('starts empty, with no message, when nothing is stored', () => {
		expect(loadProgress(memoryStorage())).toEqual({ document: emptyProgress(), notice: null });
	});

	it('reads back what it saved', () => {
		const storage = memoryStorage();
		expect(saveProgress(storage, sample)).toBeNull();
		expect(loadProgress(storage)).toEqual({ document: sample, notice: null });
	});

	it('reads a mock saved without key points as covering and missing none', () => {
		const older = { ...sample.mocks[0]! };
		delete older.covered;
		delete older.missed;
		const storage = memoryStorage({
			[progressKey]: JSON.stringify({ ...sample, mocks: [older] }),
		});
		expect(loadProgress(storage).document.mocks).toEqual([{ ...older, covered: [], missed: [] }]);
	});

	it('accepts the 3-week sprint as the chosen plan, with its ticks', () => {
		const sprint = { ...sample, plan: { weeks: 3 as const, done: ['3w/1/read/interviews'] } };
		expect(parseProgressText(JSON.stringify(sprint))).toEqual({
			ok: true,
			document: sprint,
			migratedFrom: null,
		});
	});

	it('resets corrupt JSON, says so, and keeps the unreadable text aside', () => {
		const storage = memoryStorage({ [progressKey]: '{"version":1,"cards":' });
		const loaded = loadProgress(storage);
		expect(loaded.document).toEqual(emptyProgress());
		expect(loaded.notice).toMatch(/could not be read \(it is not valid JSON/);
		expect(storage.data.get(unreadableProgressKey)).toBe('{"version":1,"cards":');
		expect(JSON.parse(storage.data.get(progressKey) ?? '')).toEqual(emptyProgress());
	});

	it.each([
		['a list at the top', '[]', /the document must be an object, found a list/],
		[
			'a version 2 card box out of range',
			JSON.stringify({ ...sample, version: 2, cards: { q: { box: 9, dueAt: 0, reviewedAt: 0 } } }),
			/cards\["q"\]\.box must be a whole number from 1 to 5, found 9/,
		],
		[
			'a version 2 due time that is text',
			JSON.stringify({
				...sample,
				version: 2,
				cards: { q: { box: 1, dueAt: 'today', reviewedAt: 0 } },
			}),
			/cards\["q"\]\.dueAt must be a time in milliseconds, found string "today"/,
		],
		[
			'a version 3 card still in the Leitner shape',
			JSON.stringify({ ...sample, cards: { q: { box: 3, dueAt: 0, reviewedAt: 0 } } }),
			/cards\["q"\]\.stability must be a number of days above 0, found nothing/,
		],
		[
			'a due time that is text',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, dueAt: 'today' } } }),
			/cards\["q"\]\.dueAt must be a time in milliseconds, found string "today"/,
		],
		[
			'a review time that is negative',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, reviewedAt: -5 } } }),
			/cards\["q"\]\.reviewedAt must be a time in milliseconds or null, found number -5/,
		],
		[
			'a stability of 0',
			JSON.stringify({ ...sample, setAside: { q: { ...reviewCardState, stability: 0 } } }),
			/setAside\["q"\]\.stability must be a number of days above 0, found number 0/,
		],
		[
			'a difficulty above 10',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, difficulty: 11 } } }),
			/cards\["q"\]\.difficulty must be a number from 1 to 10, found number 11/,
		],
		[
			'negative elapsed days',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, elapsedDays: -1 } } }),
			/cards\["q"\]\.elapsedDays must be a number of days, 0 or more, found number -1/,
		],
		[
			'scheduled days that are text',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, scheduledDays: '3' } } }),
			/cards\["q"\]\.scheduledDays must be a number of days, 0 or more, found string "3"/,
		],
		[
			'a fractional learning step',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, learningSteps: 0.5 } } }),
			/cards\["q"\]\.learningSteps must be a whole number, 0 or more, found number 0.5/,
		],
		[
			'missing reps',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, reps: undefined } } }),
			/cards\["q"\]\.reps must be a whole number, 0 or more, found nothing/,
		],
		[
			'negative lapses',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, lapses: -1 } } }),
			/cards\["q"\]\.lapses must be a whole number, 0 or more, found number -1/,
		],
		[
			'a state of 0 (new)',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, state: 0 } } }),
			/cards\["q"\]\.state must be 1 \(learning\), 2 \(review\) or 3 \(relearning\), found number 0/,
		],
		[
			'a state written as a name',
			JSON.stringify({ ...sample, cards: { q: { ...reviewCardState, state: 'Review' } } }),
			/cards\["q"\]\.state must be 1 \(learning\), 2 \(review\) or 3 \(relearning\), found string "Review"/,
		],
		[
			'an unknown plan length',
			JSON.stringify({ ...sample, plan: { weeks: 6, done: [] } }),
			/plan\.weeks must be one of 3, 4, 8, 12, found 6/,
		],
		[
			'a mock score of 5',
			JSON.stringify({ ...sample, mocks: [{ ...sample.mocks[0], scores: { communication: 5 } }] }),
			/mocks\[0\]\.scores\.communication must be a whole number from 1 to 4/,
		],
		[
			'a covered key point that is not text',
			JSON.stringify({ ...sample, mocks: [{ ...sample.mocks[0], covered: ['Cache', 7] }] }),
			/mocks\[0\]\.covered\[1\] must be text, found number 7/,
		],
		[
			'missed key points that are not a list',
			JSON.stringify({ ...sample, mocks: [{ ...sample.mocks[0], missed: 'Sharding' }] }),
			/mocks\[0\]\.missed must be a list, found string "Sharding"/,
		],
		[
			'a newer version',
			JSON.stringify({ ...sample, version: 4 }),
			/version is 4, but this handbook reads version 3 or older/,
		],
		[
			'a SQL draft that is not text',
			JSON.stringify({ ...sample, sql: { drafts: { q: 42 }, solved: {} } }),
			/sql\.drafts\["q"\] must be text, found number 42/,
		],
		[
			'a solved time that is negative',
			JSON.stringify({ ...sample, sql: { drafts: {}, solved: { q: -1 } } }),
			/sql\.solved\["q"\] must be a time in milliseconds/,
		],
		[
			'a story without a title',
			JSON.stringify({ ...sample, stories: [{ ...sample.stories[0], title: undefined }] }),
			/stories\[0\]\.title must be text, found nothing/,
		],
		[
			'two stories with one id',
			JSON.stringify({ ...sample, stories: [sample.stories[0], sample.stories[0]] }),
			/stories\[1\]\.id "story-1" is used by an earlier story; each story needs its own id/,
		],
		[
			'competencies that are not a list',
			JSON.stringify({
				...sample,
				stories: [{ ...sample.stories[0], competencies: 'ownership' }],
			}),
			/stories\[0\]\.competencies must be a list, found string "ownership"/,
		],
	])('rejects %s with a message naming the field', (_name, text, message) => {
		const parsed = parseProgressText(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error).toMatch(message);
		const loaded = loadProgress(memoryStorage({ [progressKey]: text }));
		expect(loaded.document).toEqual(emptyProgress());
		expect(loaded.notice).toMatch(message);
	});

	it('migrates the unversioned first format, turning each box into an FSRS card due at once', () => {
		const storage = memoryStorage({
			[progressKey]: JSON.stringify({ boxes: { 'coding/lru': 4, 'databases/mvcc': 1 } }),
		});
		const loaded = loadProgress(storage);
		expect(loaded.notice).toMatch(/updated to the current format/);
		expect(loaded.document.version).toBe(3);
		expect(loaded.document.cards).toEqual({
			'coding/lru': migrateLeitnerCard({ box: 4, dueAt: 0, reviewedAt: 0 }),
			'databases/mvcc': migrateLeitnerCard({ box: 1, dueAt: 0, reviewedAt: 0 }),
		});
		expect(loaded.document.cards['coding/lru']).toMatchObject({
			dueAt: 0,
			reviewedAt: null,
			stability: 7,
			state: 2,
		});
		expect(JSON.parse(storage.data.get(progressKey) ?? '')).toEqual(loaded.document);
	});

	/** Leitner cards as versions 1 and 2 stored them, and the set-aside one. */
	const leitnerCards = {
		'api-design/offset-vs-cursor': {
			box: 3,
			dueAt: 1_800_000_000_000,
			reviewedAt: 1_799_000_000_000,
		},
		'coding/lru': { box: 1, dueAt: 1_799_500_000_000, reviewedAt: 1_799_500_000_000 },
	} as const;
	const leitnerSetAside = {
		'old/removed': { box: 5, dueAt: 1_801_000_000_000, reviewedAt: 1 },
	} as const;

	it('migrates version 2, turning every card and set-aside card into FSRS state and keeping SQL and stories untouched', () => {
		const storage = memoryStorage({
			[progressKey]: JSON.stringify({
				...sample,
				version: 2,
				cards: leitnerCards,
				setAside: leitnerSetAside,
			}),
		});
		const loaded = loadProgress(storage);
		expect(loaded.notice).toMatch(/updated to the current format/);
		expect(loaded.document).toEqual({
			...sample,
			cards: {
				'api-design/offset-vs-cursor': migrateLeitnerCard(
					leitnerCards['api-design/offset-vs-cursor'],
				),
				'coding/lru': migrateLeitnerCard(leitnerCards['coding/lru']),
			},
			setAside: { 'old/removed': migrateLeitnerCard(leitnerSetAside['old/removed']) },
		});
		// Due dates are kept exactly.
		expect(loaded.document.cards['api-design/offset-vs-cursor']?.dueAt).toBe(1_800_000_000_000);
		expect(loaded.document.setAside['old/removed']?.dueAt).toBe(1_801_000_000_000);
		expect(loaded.document.sql).toEqual(sample.sql);
		expect(loaded.document.stories).toEqual(sample.stories);
		expect(JSON.parse(storage.data.get(progressKey) ?? '')).toEqual(loaded.document);
	});

	it('migrates version 1, keeping every card, tick and mock and adding empty SQL and stories', () => {
		// Version 1 had no `sql` or `stories` fields.
		const storage = memoryStorage({
			[progressKey]: JSON.stringify({
				version: 1,
				cards: leitnerCards,
				setAside: {},
				plan: sample.plan,
				mocks: sample.mocks,
			}),
		});
		const loaded = loadProgress(storage);
		expect(loaded.notice).toMatch(/updated to the current format/);
		expect(loaded.document).toEqual({
			...sample,
			cards: {
				'api-design/offset-vs-cursor': migrateLeitnerCard(
					leitnerCards['api-design/offset-vs-cursor'],
				),
				'coding/lru': migrateLeitnerCard(leitnerCards['coding/lru']),
			},
			sql: { drafts: {}, solved: {} },
			stories: [],
		});
		expect(JSON.parse(storage.data.get(progressKey) ?? '')).toEqual(loaded.document);
	});

	it('reads a version 3 card whose review time is unknown (null)', () => {
		const card = { ...reviewCardState, reviewedAt: null };
		const parsed = parseProgressText(JSON.stringify({ ...sample, cards: { q: card } }));
		expect(parsed).toMatchObject({
			ok: true,
			migratedFrom: null,
			document: { cards: { q: card } },
		});
	});

	it('refuses a JSON object that is not a progress file instead of reading it as empty progress', () => {
		for (const foreign of [{}, { name: 'package', dependencies: {} }, { cards: {} }]) {
			const parsed = parseProgressText(JSON.stringify(foreign));
			expect(parsed).toEqual({
				ok: false,
				error:
					'it has neither a `version` nor a `boxes` field, so it is not a progress file saved by this handbook',
			});
		}
	});

	it('rejects an unversioned document whose boxes are not numbers', () => {
		const parsed = parseProgressText(JSON.stringify({ boxes: { q: 'three' } }));
		expect(parsed).toEqual({
			ok: false,
			error: 'boxes["q"] must be a whole number from 1 to 5, found "three"',
		});
	});

	it('sets aside cards whose question left the bank, and restores them when it comes back', () => {
		const removed: CardState = { ...reviewCardState, dueAt: 5, reviewedAt: 4 };
		const document: ProgressDocument = {
			...sample,
			cards: { ...sample.cards, 'old/removed': removed },
		};
		const trimmed = setAsideUnknownCards(document, new Set(['api-design/offset-vs-cursor']));
		expect(Object.keys(trimmed.cards)).toEqual(['api-design/offset-vs-cursor']);
		expect(trimmed.setAside).toEqual({ 'old/removed': removed });
		const restored = setAsideUnknownCards(
			trimmed,
			new Set(['api-design/offset-vs-cursor', 'old/removed']),
		);
		expect(restored.cards['old/removed']).toEqual(removed);
		expect(restored.setAside).toEqual({});
	});

	it('keeps set-aside cards through a save and load', () => {
		const storage = memoryStorage();
		saveProgress(storage, setAsideUnknownCards(sample, new Set()));
		expect(loadProgress(storage).document.setAside).toEqual(sample.cards);
	});

	it('reports a refused write instead of throwing', () => {
		expect(saveProgress(memoryStorage({}, true), sample)).toMatch(
			/could not be saved in this browser \(QuotaExceededError\)/,
		);
	});

	it('reset replaces everything with empty progress', () => {
		const storage = memoryStorage();
		saveProgress(storage, sample);
		expect(resetProgress(storage)).toEqual(emptyProgress());
		expect(loadProgress(storage).document).toEqual(emptyProgress());
	});
});
