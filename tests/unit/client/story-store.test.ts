import { describe, expect, it } from 'vitest';
import { openStoryStore, storyDraftKey } from '../../../src/client/practice/story-store.ts';
import type { ProgressSession } from '../../../src/client/practice/progress-session.ts';
import { emptyProgress, type ProgressDocument } from '../../../src/practice/progress-document.ts';
import {
	loadProgress,
	progressKey,
	saveProgress,
	unreadableProgressKey,
} from '../../../src/practice/progress-store.ts';
import { emptyDraft, type Story } from '../../../src/practice/story-bank.ts';

/** A session over a map, loaded the way the page loads it. */
function sessionOver(values: Map<string, string>): ProgressSession & { notices: string[] } {
	const storage = {
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value),
		removeItem: (key: string) => void values.delete(key),
	};
	const notices: string[] = [];
	const session = {
		storage,
		document: loadProgress(storage).document,
		notices,
		save(next: ProgressDocument) {
			session.document = next;
			saveProgress(storage, next);
		},
		notify: (message: string) => void notices.push(message),
		addNotice: (message: string) => void notices.push(message),
	};
	return session;
}

const story: Story = {
	id: 's1',
	title: 'Outage',
	situation: 'Checkout failed.',
	task: '',
	action: '',
	result: '',
	competencies: ['ownership'],
	updatedAt: 1,
};

describe('openStoryStore', () => {
	it('saves stories into the progress document and reads them back in a new session', () => {
		const values = new Map<string, string>();
		openStoryStore(sessionOver(values)).saveStories([story]);
		const stored = JSON.parse(values.get(progressKey) ?? '{}') as {
			stories?: Story[];
			plan?: unknown;
		};
		expect(stored.stories).toEqual([story]);
		expect(stored.plan).toEqual(emptyProgress().plan);
		expect(openStoryStore(sessionOver(values)).stories()).toEqual([story]);
	});

	it('a stored story that fails its check is reported naming the field, and the text kept aside', () => {
		const text = JSON.stringify({ ...emptyProgress(), stories: [{ ...story, title: 5 }] });
		const values = new Map([[progressKey, text]]);
		const loaded = loadProgress({
			getItem: (key: string) => values.get(key) ?? null,
			setItem: (key: string, value: string) => void values.set(key, value),
			removeItem: (key: string) => void values.delete(key),
		});
		expect(loaded.notice).toContain('stories[0].title must be text, found number 5');
		expect(values.get(unreadableProgressKey)).toBe(text);
		expect(openStoryStore(sessionOver(values)).stories()).toEqual([]);
	});

	it('keeps a draft on its own key and forgets an empty one', () => {
		const values = new Map<string, string>();
		const store = openStoryStore(sessionOver(values));
		store.saveDraft({ ...emptyDraft(), title: 'Half' });
		expect(openStoryStore(sessionOver(values)).draft().title).toBe('Half');
		store.saveDraft(emptyDraft());
		expect(values.has(storyDraftKey)).toBe(false);
		expect(store.draft()).toEqual(emptyDraft());
	});
});
