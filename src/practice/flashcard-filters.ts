/**
 * The flashcard filters a reader last chose on /practice/ (sections, topics, level, kind and
 * shuffle), remembered in localStorage under their own key: they are a preference, not progress,
 * so they stay out of the progress document. A stored value is checked field by field when read;
 * one that cannot be used is reported, copied aside and left where it is, and the form falls back
 * to the defaults.
 */
import type { StorageLike } from './progress-store.ts';

/** The key the filters are stored under. */
export const flashcardFiltersKey = 'handbook-practice-filters';

/** Where an unusable stored value is copied, so it survives the reader's next change of filter. */
export const unreadableFiltersKey = 'handbook-practice-filters-unreadable';

/** The stored format's version; a new format bumps it. */
export const flashcardFiltersVersion = 1;

/** What the filter form holds. */
export interface FlashcardFilters {
	/** Directories of the sections to draw cards from. */
	sections: string[];
	/** Topics to keep (a card with any one of them passes); empty means every topic. */
	topics: string[];
	/** One level such as "L5", or "" for every level. */
	level: string;
	/** One question kind such as "design", or "" for every kind. */
	kind: string;
	/** Whether due cards and new cards each come in random order instead of bank order. */
	shuffle: boolean;
}

/** What the form offers today; stored names outside these lists are left out when read. */
export interface FilterChoices {
	sections: readonly string[];
	topics: readonly string[];
	levels: readonly string[];
	kinds: readonly string[];
}

/** The form as a first visit shows it: every section, every topic, level and kind, bank order. */
export function defaultFilters(choices: FilterChoices): FlashcardFilters {
	return { sections: [...choices.sections], topics: [], level: '', kind: '', shuffle: false };
}

/** The stored text of `filters`. */
export function serializeFilters(filters: FlashcardFilters): string {
	return JSON.stringify({ version: flashcardFiltersVersion, ...filters });
}

/** A stored value read back: the filters and the names it held that the form no longer offers. */
export type ParsedFilters =
	{ ok: true; filters: FlashcardFilters; leftOut: string[] } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads stored filters. A value of the wrong shape is refused with the field at fault named;
 * a section, topic, level or kind the bank no longer has (renamed or removed since it was saved)
 * is left out and listed in `leftOut`, and the rest of the filters are kept.
 */
export function parseFilters(text: string, choices: FilterChoices): ParsedFilters {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, error: 'it is not valid JSON' };
	}
	if (!isObject(value)) return { ok: false, error: 'it is not a JSON object' };
	if (value['version'] !== flashcardFiltersVersion)
		return { ok: false, error: `"version" must be ${flashcardFiltersVersion}` };
	const leftOut: string[] = [];
	const names = (field: 'sections' | 'topics', known: readonly string[]): string[] | string => {
		const list = value[field];
		if (!Array.isArray(list)) return `"${field}" must be a list of names`;
		const kept: string[] = [];
		for (const [i, name] of list.entries()) {
			if (typeof name !== 'string') return `"${field}[${i}]" must be a string`;
			if (known.includes(name)) kept.push(name);
			else leftOut.push(`${field === 'sections' ? 'section' : 'topic'} "${name}"`);
		}
		return kept;
	};
	const one = (field: 'level' | 'kind', known: readonly string[]): string | { error: string } => {
		const name = value[field];
		if (typeof name !== 'string') return { error: `"${field}" must be a string` };
		if (name === '' || known.includes(name)) return name;
		leftOut.push(`${field} "${name}"`);
		return '';
	};
	const sections = names('sections', choices.sections);
	if (typeof sections === 'string') return { ok: false, error: sections };
	const topics = names('topics', choices.topics);
	if (typeof topics === 'string') return { ok: false, error: topics };
	const level = one('level', choices.levels);
	if (typeof level !== 'string') return { ok: false, error: level.error };
	const kind = one('kind', choices.kinds);
	if (typeof kind !== 'string') return { ok: false, error: kind.error };
	const shuffle = value['shuffle'];
	if (typeof shuffle !== 'boolean') return { ok: false, error: '"shuffle" must be true or false' };
	return { ok: true, filters: { sections, topics, level, kind, shuffle }, leftOut };
}

/** Filters loaded for the form and, when something needs the reader's attention, what happened. */
export interface LoadedFilters {
	filters: FlashcardFilters;
	/** A message for the reader, or null when the stored filters (or none) were read as they were. */
	notice: string | null;
}

/**
 * Reads the remembered filters. Never throws: an unusable value stays under its key (and is copied
 * to `unreadableFiltersKey`, since the reader's next change replaces it), the notice says why, and
 * the defaults are returned.
 */
export function loadFilters(storage: StorageLike, choices: FilterChoices): LoadedFilters {
	const text = storage.getItem(flashcardFiltersKey);
	if (text === null) return { filters: defaultFilters(choices), notice: null };
	const parsed = parseFilters(text, choices);
	if (parsed.ok) {
		return {
			filters: parsed.filters,
			notice:
				parsed.leftOut.length === 0
					? null
					: `Your saved flashcard filters name ${parsed.leftOut.join(', ')}, which the question bank no longer has, so the form leaves ${parsed.leftOut.length === 1 ? 'it' : 'them'} out.`,
		};
	}
	try {
		storage.setItem(unreadableFiltersKey, text);
	} catch {
		// A full storage must not stop the page; the message below still names the key.
	}
	return {
		filters: defaultFilters(choices),
		notice: `Your saved flashcard filters could not be read (${parsed.error}), so the form shows the defaults. The saved value is kept in this browser's localStorage under "${flashcardFiltersKey}" until you change a filter, and a copy under "${unreadableFiltersKey}".`,
	};
}

/** Remembers `filters`; returns an error message instead of throwing when storage refuses them. */
export function saveFilters(storage: StorageLike, filters: FlashcardFilters): string | null {
	try {
		storage.setItem(flashcardFiltersKey, serializeFilters(filters));
		return null;
	} catch (error) {
		return `Your flashcard filters could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); they apply until you leave the page.`;
	}
}
