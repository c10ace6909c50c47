import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renamedQuestionIds } from '../../../src/practice/progress-document.ts';
import {
	loadProgress,
	progressKey,
	setAsideUnknownCards,
} from '../../../src/practice/progress-store.ts';
import {
	migrateLeitnerCard,
	type LeitnerBox,
	type LeitnerCard,
} from '../../../src/practice/leitner-migration.ts';
import type { CardState } from '../../../src/practice/schedule.ts';

const questionsDir = join(process.cwd(), 'src', 'content', 'questions');

/** Every question id in the bank: its path under src/content/questions without `.md`. */
const bankIds = new Set(
	readdirSync(questionsDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.md'))
		.map((file) =>
			relative(questionsDir, join(questionsDir, file)).replace(/\\/g, '/').slice(0, -3),
		),
);

/** Loads a stored document text through the same path the practice pages use. */
function load(stored: object) {
	const data = new Map([[progressKey, JSON.stringify(stored)]]);
	return loadProgress({
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key),
	});
}

const renamed = Object.entries(renamedQuestionIds);

describe('renamed question ids', () => {
	it.each(renamed)('%s is gone from the bank and %s is in it', (oldId, newId) => {
		expect(bankIds.has(oldId)).toBe(false);
		expect(bankIds.has(newId)).toBe(true);
	});

	it('loads a document saved before the renames with no card lost', () => {
		const cards: Record<string, LeitnerCard> = {};
		renamed.forEach(([oldId], i) => {
			cards[oldId] = {
				box: (2 + (i % 3)) as LeitnerBox,
				dueAt: 1_000 * (i + 1),
				reviewedAt: 500 * (i + 1),
			};
		});
		cards['api-design/offset-vs-cursor'] = { box: 5, dueAt: 9, reviewedAt: 8 };
		const [[setAsideOld, setAsideNew]] = renamed as [[string, string]];
		const loaded = load({
			version: 1,
			cards,
			setAside: { [setAsideOld]: { box: 4, dueAt: 7, reviewedAt: 6 } },
			plan: { weeks: 8, done: [] },
			mocks: [],
		});

		const expected: Record<string, CardState> = {};
		for (const [id, card] of Object.entries(cards)) {
			expected[renamedQuestionIds[id] ?? id] = migrateLeitnerCard(card);
		}
		expect(loaded.document.cards).toEqual(expected);
		expect(loaded.document.setAside).toEqual({
			[setAsideNew]: migrateLeitnerCard({ box: 4, dueAt: 7, reviewedAt: 6 }),
		});

		// Every card is a question the bank has, so none is set aside as unknown.
		const live = setAsideUnknownCards(loaded.document, bankIds);
		expect(Object.keys(live.cards).sort()).toEqual(Object.keys(expected).sort());
	});

	it('maps the ids of the unversioned first format too', () => {
		const [[oldId, newId]] = renamed as [[string, string]];
		const loaded = load({ boxes: { [oldId]: 3 } });
		expect(loaded.document.cards).toEqual({
			[newId]: migrateLeitnerCard({ box: 3, dueAt: 0, reviewedAt: 0 }),
		});
	});

	it('keeps the more recently reviewed card when both the old and the new id are stored', () => {
		const [[oldId, newId]] = renamed as [[string, string]];
		const recent = { box: 4, dueAt: 50, reviewedAt: 40 } as const;
		const stale = { box: 1, dueAt: 20, reviewedAt: 10 } as const;
		for (const cards of [
			{ [oldId]: recent, [newId]: stale },
			{ [newId]: stale, [oldId]: recent },
		]) {
			const loaded = load({
				version: 1,
				cards,
				setAside: {},
				plan: { weeks: 8, done: [] },
				mocks: [],
			});
			expect(loaded.document.cards).toEqual({ [newId]: migrateLeitnerCard(recent) });
		}
		// The same holds for version 3 cards, compared by their review times.
		const fsrsRecent = migrateLeitnerCard(recent);
		const fsrsStale = migrateLeitnerCard(stale);
		const loaded = load({
			version: 3,
			cards: { [newId]: fsrsStale, [oldId]: fsrsRecent },
			setAside: {},
			plan: { weeks: 8, done: [] },
			mocks: [],
		});
		expect(loaded.document.cards).toEqual({ [newId]: fsrsRecent });
	});

	it('maps a saved mock interview prompt id', () => {
		const [[oldId, newId]] = renamed as [[string, string]];
		const loaded = load({
			version: 1,
			cards: {},
			setAside: {},
			plan: { weeks: 8, done: [] },
			mocks: [{ promptId: oldId, prompt: 'Q', savedAt: 1, scores: {}, notes: {} }],
		});
		expect(loaded.document.mocks[0]?.promptId).toBe(newId);
	});
});
