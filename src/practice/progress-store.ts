/**
 * Keeps the progress document in a Storage (localStorage in the browser, a map in tests) under
 * one key. Loading never throws: an unreadable value is copied aside, reported in words a reader
 * understands, and replaced by empty progress, so one bad write cannot break the practice pages.
 */
import { emptyProgress, parseProgressText, type ProgressDocument } from './progress-document.ts';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The key the document is stored under. */
export const progressKey = 'handbook-practice-progress';

/** Where an unreadable value is copied before it is reset, so it can still be recovered by hand. */
export const unreadableProgressKey = 'handbook-practice-progress-unreadable';

/** The loaded document and, when something needed the reader's attention, what happened. */
export interface LoadedProgress {
	document: ProgressDocument;
	/** A message for the reader, or null when the stored value was read as it was. */
	notice: string | null;
}

/** Reads the document, migrating an older format and resetting an unreadable one. */
export function loadProgress(storage: StorageLike): LoadedProgress {
	const text = storage.getItem(progressKey);
	if (text === null) return { document: emptyProgress(), notice: null };
	const parsed = parseProgressText(text);
	if (parsed.ok) {
		if (parsed.migratedFrom === null) return { document: parsed.document, notice: null };
		saveProgress(storage, parsed.document);
		return {
			document: parsed.document,
			notice: 'Your saved progress was updated to the current format.',
		};
	}
	const document = emptyProgress();
	try {
		storage.setItem(unreadableProgressKey, text);
	} catch {
		// A full storage must not stop the reset below; the message still tells the reader.
	}
	saveProgress(storage, document);
	return {
		document,
		notice: `Your saved progress could not be read (${parsed.error}), so it was reset. The unreadable value is kept in this browser's localStorage under "${unreadableProgressKey}".`,
	};
}

/** Writes the document; returns an error message instead of throwing when storage refuses it. */
export function saveProgress(storage: StorageLike, document: ProgressDocument): string | null {
	try {
		storage.setItem(progressKey, JSON.stringify(document));
		return null;
	} catch (error) {
		return `Progress could not be saved in this browser (${error instanceof Error ? error.message : String(error)}). Export it to keep it.`;
	}
}

/** Replaces all progress with an empty document and returns it. */
export function resetProgress(storage: StorageLike): ProgressDocument {
	const document = emptyProgress();
	storage.setItem(progressKey, JSON.stringify(document));
	return document;
}

/**
 * Moves schedules of question ids the bank no longer has into `setAside`, and brings back any
 * set-aside id the bank has again, so removing a question and restoring it loses nothing.
 */
export function setAsideUnknownCards(
	document: ProgressDocument,
	knownIds: ReadonlySet<string>,
): ProgressDocument {
	const cards: ProgressDocument['cards'] = {};
	const setAside: ProgressDocument['setAside'] = {};
	for (const [id, card] of Object.entries({ ...document.setAside, ...document.cards })) {
		(knownIds.has(id) ? cards : setAside)[id] = card;
	}
	return { ...document, cards, setAside };
}
