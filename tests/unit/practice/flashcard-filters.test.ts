import { describe, expect, it } from 'vitest';
import {
	defaultFilters,
	flashcardFiltersKey,
	loadFilters,
	parseFilters,
	saveFilters,
	serializeFilters,
	unreadableFiltersKey,
	type FilterChoices,
	type FlashcardFilters,
} from '../../../src/practice/flashcard-filters.ts';
import type { StorageLike } from '../../../src/practice/progress-store.ts';

const choices: FilterChoices = {
	sections: ['networking', 'databases', 'security'],
	topics: ['caching', 'rate-limiting', 'tls'],
	levels: ['L4', 'L5'],
	kinds: ['concept', 'design'],
};

const chosen: FlashcardFilters = {
	sections: ['networking', 'security'],
	topics: ['tls'],
	level: 'L5',
	kind: 'design',
	shuffle: true,
};

function mapStorage(entries: Record<string, string> = {}): StorageLike & {
	values: Map<string, string>;
} {
	const values = new Map(Object.entries(entries));
	return {
		values,
		getItem: (key) => values.get(key) ?? null,
		setItem: (key, value) => void values.set(key, value),
		removeItem: (key) => void values.delete(key),
	};
}

describe('flashcard filters', () => {
	it('defaults to every section, every topic, level and kind, in bank order', () => {
		expect(defaultFilters(choices)).toEqual({
			sections: ['networking', 'databases', 'security'],
			topics: [],
			level: '',
			kind: '',
			shuffle: false,
		});
	});

	it('reads back what it wrote', () => {
		expect(parseFilters(serializeFilters(chosen), choices)).toEqual({
			ok: true,
			filters: chosen,
			leftOut: [],
		});
		const storage = mapStorage();
		expect(saveFilters(storage, chosen)).toBeNull();
		expect(loadFilters(storage, choices)).toEqual({ filters: chosen, notice: null });
	});

	it.each([
		['{"version":1,', 'it is not valid JSON'],
		['[1]', 'it is not a JSON object'],
		['{"version":2}', '"version" must be 1'],
		[
			'{"version":1,"sections":"networking","topics":[],"level":"","kind":"","shuffle":false}',
			'"sections" must be a list of names',
		],
		[
			'{"version":1,"sections":[],"topics":["tls",3],"level":"","kind":"","shuffle":false}',
			'"topics[1]" must be a string',
		],
		[
			'{"version":1,"sections":[],"topics":[],"level":5,"kind":"","shuffle":false}',
			'"level" must be a string',
		],
		[
			'{"version":1,"sections":[],"topics":[],"level":"","kind":"","shuffle":"yes"}',
			'"shuffle" must be true or false',
		],
	])('refuses %s, naming the field: %s', (text, error) => {
		expect(parseFilters(text, choices)).toEqual({ ok: false, error });
	});

	it('leaves out names the bank no longer has and keeps the rest', () => {
		const text = JSON.stringify({
			version: 1,
			sections: ['networking', 'old-section'],
			topics: ['tls', 'gone-topic'],
			level: 'L9',
			kind: 'design',
			shuffle: false,
		});
		expect(parseFilters(text, choices)).toEqual({
			ok: true,
			filters: {
				sections: ['networking'],
				topics: ['tls'],
				level: '',
				kind: 'design',
				shuffle: false,
			},
			leftOut: ['section "old-section"', 'topic "gone-topic"', 'level "L9"'],
		});
		const loaded = loadFilters(mapStorage({ [flashcardFiltersKey]: text }), choices);
		expect(loaded.notice).toBe(
			'Your saved flashcard filters name section "old-section", topic "gone-topic", level "L9", which the question bank no longer has, so the form leaves them out.',
		);
	});

	it('reports an unusable value, leaves it in place with a copy aside, and falls back to the defaults', () => {
		const bad = '{"version":1,"sections":';
		const storage = mapStorage({ [flashcardFiltersKey]: bad });
		const loaded = loadFilters(storage, choices);
		expect(loaded.filters).toEqual(defaultFilters(choices));
		expect(loaded.notice).toContain('could not be read (it is not valid JSON)');
		expect(loaded.notice).toContain(`"${unreadableFiltersKey}"`);
		expect(storage.values.get(flashcardFiltersKey)).toBe(bad);
		expect(storage.values.get(unreadableFiltersKey)).toBe(bad);
	});

	it('returns nothing to report when no filters were saved', () => {
		expect(loadFilters(mapStorage(), choices)).toEqual({
			filters: defaultFilters(choices),
			notice: null,
		});
	});

	it('says so instead of throwing when storage refuses the write', () => {
		const full: StorageLike = {
			getItem: () => null,
			setItem: () => {
				throw new Error('quota exceeded');
			},
			removeItem: () => undefined,
		};
		expect(saveFilters(full, chosen)).toBe(
			'Your flashcard filters could not be saved in this browser (quota exceeded); they apply until you leave the page.',
		);
	});
});
