/**
 * Where the story bank keeps its data in the browser. Saved stories are part of the practice
 * progress document (its `stories` field), so exporting and importing progress carries them; the
 * form's unsaved draft is kept on its own key, since a half-written story is not progress.
 */
import {
	emptyDraft,
	isEmptyDraft,
	readDraft,
	type Story,
	type StoryDraft,
} from '../../practice/story-bank.ts';
import type { ProgressSession } from './progress-session.ts';

/** The key the form's draft is stored under. */
export const storyDraftKey = 'handbook-story-bank-draft';

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
	// The progress parser has already checked the stories; a document with a bad one was reported
	// and kept aside whole when the session opened, like any other unreadable progress.
	let stories: Story[] = session.document.stories;
	return {
		stories: () => stories,
		saveStories(next) {
			stories = next;
			session.save({ ...session.document, stories: next });
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

function safeGet(session: ProgressSession, key: string): string | null {
	try {
		return session.storage.getItem(key);
	} catch {
		return null;
	}
}
