/**
 * Opens the reader's saved progress in this browser for one page: loads it from localStorage
 * (or from memory when storage is blocked), shows any problem in the page's notice element, and
 * saves every change.
 */
import type { ProgressDocument } from '../../practice/progress-document.ts';
import { loadProgress, saveProgress, type StorageLike } from '../../practice/progress-store.ts';

/** The loaded progress and how to change it. */
export interface ProgressSession {
	readonly storage: StorageLike;
	/** The current document; replaced, never mutated, by `save`. */
	document: ProgressDocument;
	/** Stores a new document and makes it current. */
	save(next: ProgressDocument): void;
	/** Shows a message in the page's notice element, replacing the one shown. */
	notify(message: string): void;
	/** Adds a message to the page's notice element, after any already shown. */
	addNotice(message: string): void;
}

/** Storage that lives only as long as the page, for browsers that block localStorage. */
function memoryStorage(): StorageLike {
	const values = new Map<string, string>();
	return {
		getItem: (key) => values.get(key) ?? null,
		setItem: (key, value) => void values.set(key, value),
		removeItem: (key) => void values.delete(key),
	};
}

function browserStorage(): StorageLike | null {
	try {
		// Reading the property throws in some privacy modes, so it is inside the try.
		const storage = window.localStorage;
		storage.getItem('');
		return storage;
	} catch {
		return null;
	}
}

/** Loads progress and wires its messages to `[data-progress-notice]` inside `root`. */
export function openProgressSession(root: ParentNode): ProgressSession {
	const noticeElement = root.querySelector<HTMLElement>('[data-progress-notice]');
	const notify = (message: string): void => {
		if (noticeElement) noticeElement.textContent = message;
	};
	const addNotice = (message: string): void => {
		const shown = noticeElement?.textContent ?? '';
		notify(shown === '' ? message : `${shown} ${message}`);
	};
	const persistent = browserStorage();
	const storage = persistent ?? memoryStorage();
	const loaded = loadProgress(storage);
	if (!persistent)
		notify(
			'This browser blocks localStorage, so progress lasts only until you leave the page. Export it to keep it.',
		);
	else if (loaded.notice) notify(loaded.notice);
	const session: ProgressSession = {
		storage,
		document: loaded.document,
		save(next) {
			session.document = next;
			const error = saveProgress(storage, next);
			if (error) notify(error);
		},
		notify,
		addNotice,
	};
	return session;
}
