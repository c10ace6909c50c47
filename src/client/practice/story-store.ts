/**
 * Where the story bank keeps its data in the browser. Saved stories are part of the practice
 * progress document (its `stories` field), so exporting and importing progress carries them; the
 * form's unsaved draft is kept on its own key, since a half-written story is not progress.
 */
import type { ProgressDocument } from '../../practice/progress-document.ts';
import { progressKey } from '../../practice/progress-store.ts';
import {
	emptyDraft,
	isEmptyDraft,
	parseStories,
	readDraft,
	type Story,
	type StoryDraft,
} from '../../practice/story-bank.ts';
import type { ProgressSession } from './progress-session.ts';

/** The progress document with the story bank's field. */
export type DocumentWithStories = ProgressDocument & { stories: Story[] };

/** The key the form's draft is stored under. */
export const storyDraftKey = 'handbook-story-bank-draft';

/** Where stored stories that fail their check are copied, so they can be recovered by hand. */
export const unreadableStoriesKey = 'handbook-story-bank-unreadable';

/** The saved stories and the draft, read from and written to one progress session. */
export interface StoryStore {
	/** The saved stories, in the reader's order. */
	stories(): readonly Story[];
	/** Replaces the saved stories. */
	saveStories(stories: Story[]): void;
	/** The draft left in the form, or an empty one. */
	draft(): StoryDraft;
	/** Keeps the draft, or forgets it when it holds nothing. */
	saveDraft(draft: StoryDraft): void;
}

/** Opens the story bank's data in `session`. */
export function openStoryStore(session: ProgressSession): StoryStore {
	let stories = readStoredStories(session);
	return {
		stories: () => stories,
		saveStories(next) {
			stories = next;
			const document: DocumentWithStories = { ...session.document, stories: next };
			session.save(document);
		},
		draft: () => readDraft(safeGet(session, storyDraftKey)) ?? emptyDraft(),
		saveDraft(draft) {
			try {
				if (isEmptyDraft(draft)) session.storage.removeItem(storyDraftKey);
				else session.storage.setItem(storyDraftKey, JSON.stringify(draft));
			} catch {
				// A full or blocked storage loses only the draft; saving the story reports its own error.
			}
		},
	};
}

/**
 * The stories in the loaded document. A progress parser that does not know `stories` drops the
 * field, so when the document lacks it they are read from the stored text, through the same check
 * an import uses. A list that fails it is copied aside and reported, and the bank starts empty.
 */
function readStoredStories(session: ProgressSession): Story[] {
	const loaded = (session.document as Partial<DocumentWithStories>).stories;
	if (Array.isArray(loaded)) return loaded;
	let stored: unknown;
	try {
		stored = JSON.parse(safeGet(session, progressKey) ?? '{}');
	} catch {
		return [];
	}
	if (typeof stored !== 'object' || stored === null || !('stories' in stored)) return [];
	const parsed = parseStories(stored.stories);
	if (parsed.ok) return parsed.value;
	try {
		session.storage.setItem(unreadableStoriesKey, JSON.stringify(stored.stories));
	} catch {
		// A full storage must not stop the page; the message still tells the reader.
	}
	session.notify(
		`Your saved stories could not be read (${parsed.error}), so the story bank starts empty. The unreadable stories are kept in this browser's localStorage under "${unreadableStoriesKey}".`,
	);
	return [];
}

function safeGet(session: ProgressSession, key: string): string | null {
	try {
		return session.storage.getItem(key);
	} catch {
		return null;
	}
}
