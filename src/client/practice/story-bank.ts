/**
 * Entry point of the story bank: the STAR form with its draft kept as the reader types, the list
 * of saved stories (edit, delete after confirmation) and the coverage table, redrawn from the
 * pure logic in src/practice/story-bank.ts after every change.
 */
import { competencies, findCompetency } from '../../data/competencies.ts';
import {
	deleteStory,
	emptyDraft,
	saveStory,
	starParts,
	storyCoverage,
	storyFormProblems,
	uncoveredSentence,
	type Story,
	type StoryDraft,
} from '../../practice/story-bank.ts';
import { openProgressSession } from './progress-session.ts';
import { openStoryStore, type StoryStore } from './story-store.ts';

/** How long typing must pause before the draft is written to storage. */
const draftDelayMs = 400;

const root = document.querySelector<HTMLElement>('[data-story-bank]');
const form = root?.querySelector<HTMLFormElement>('[data-story-form]');
const itemTemplate = document.querySelector<HTMLTemplateElement>('template[data-story-item]');

if (root && form && itemTemplate) {
	enhanceStoryBank(root, form, itemTemplate, openStoryStore(openProgressSession(root)));
}

function enhanceStoryBank(
	root: HTMLElement,
	form: HTMLFormElement,
	itemTemplate: HTMLTemplateElement,
	store: StoryStore,
): void {
	const heading = form.querySelector<HTMLElement>('[data-story-form-heading]');
	const status = form.querySelector<HTMLElement>('[data-story-status]');
	const list = root.querySelector<HTMLOListElement>('[data-story-list]');
	const listHeading = root.querySelector<HTMLElement>('[data-story-list-heading]');
	const empty = root.querySelector<HTMLElement>('[data-story-empty]');
	const gaps = root.querySelector<HTMLElement>('[data-coverage-gaps]');
	const titleInput = form.elements.namedItem('title') as HTMLInputElement;
	const tagBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="competencies"]')];
	let editingId: string | null = null;
	let draftTimer = 0;

	const announce = (message: string): void => {
		if (status) status.textContent = message;
	};

	const readForm = (): StoryDraft => {
		const text = (name: string): string =>
			(form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
		return {
			editingId,
			title: text('title'),
			situation: text('situation'),
			task: text('task'),
			action: text('action'),
			result: text('result'),
			competencies: tagBoxes.filter((box) => box.checked).map((box) => box.value),
		};
	};

	const fillForm = (draft: StoryDraft): void => {
		editingId = draft.editingId;
		titleInput.value = draft.title;
		for (const part of starParts)
			(form.elements.namedItem(part) as HTMLTextAreaElement).value = draft[part];
		for (const box of tagBoxes) box.checked = draft.competencies.includes(box.value);
		if (heading) heading.textContent = editingId === null ? 'Write a story' : 'Edit story';
		showProblems([]);
	};

	const showProblems = (problems: { field: string; message: string }[]): void => {
		for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
			const field = slot.dataset['errorFor'] ?? '';
			const problem = problems.find((entry) => entry.field === field);
			slot.textContent = problem?.message ?? '';
			const control = form.elements.namedItem(field);
			if (control instanceof HTMLElement) {
				if (problem) control.setAttribute('aria-invalid', 'true');
				else control.removeAttribute('aria-invalid');
			}
		}
	};

	const keepDraft = (): void => {
		window.clearTimeout(draftTimer);
		draftTimer = 0;
		store.saveDraft(readForm());
	};

	const drawCoverage = (): void => {
		const coverage = storyCoverage(store.stories());
		for (const entry of coverage.byCompetency) {
			const row = root.querySelector<HTMLElement>(`[data-coverage-row="${entry.competency.id}"]`);
			const count = row?.querySelector<HTMLElement>('[data-coverage-count]');
			if (!row || !count) continue;
			count.textContent = String(entry.storyIds.length);
			row.dataset['covered'] = String(entry.storyIds.length > 0);
		}
		if (gaps) gaps.textContent = uncoveredSentence(coverage);
	};

	const drawList = (): void => {
		if (!list) return;
		const stories = store.stories();
		const coverage = storyCoverage(stories);
		list.replaceChildren(
			...stories.map((story) => storyItem(itemTemplate, story, coverage.byStory.get(story.id))),
		);
		if (empty) empty.hidden = stories.length > 0;
		if (listHeading)
			listHeading.textContent =
				stories.length === 0 ? 'Your stories' : `Your stories (${stories.length})`;
	};

	const draw = (): void => {
		drawCoverage();
		drawList();
	};

	const editButtonOf = (id: string): HTMLButtonElement | null =>
		list?.querySelector<HTMLButtonElement>(
			`[data-story-id="${CSS.escape(id)}"] [data-item-edit]`,
		) ?? null;

	form.addEventListener('input', () => {
		window.clearTimeout(draftTimer);
		draftTimer = window.setTimeout(keepDraft, draftDelayMs);
	});
	// Typing that has not waited out the delay is written when the page goes away.
	window.addEventListener('pagehide', () => {
		if (draftTimer !== 0) keepDraft();
	});

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const fields = readForm();
		const problems = storyFormProblems(fields);
		showProblems(problems);
		if (problems.length > 0) {
			announce(problems.map((problem) => problem.message).join(' '));
			const first = form.elements.namedItem(problems[0]?.field ?? '');
			if (first instanceof HTMLElement) first.focus();
			return;
		}
		const id = editingId ?? newStoryId();
		const wasEdit = editingId !== null;
		store.saveStories(saveStory(store.stories(), id, fields, Date.now()));
		fillForm(emptyDraft());
		keepDraft();
		draw();
		const saved = store.stories().find((story) => story.id === id);
		const labels = saved?.competencies.map((tag) => findCompetency(tag)?.label ?? tag) ?? [];
		announce(
			`${wasEdit ? 'Updated' : 'Saved'} "${saved?.title ?? ''}"${labels.length > 0 ? `, showing ${labels.join(', ')}` : ', with no competencies tagged'}. ${uncoveredSentence(storyCoverage(store.stories()))}`,
		);
		titleInput.focus();
	});

	form.querySelector('[data-story-cancel]')?.addEventListener('click', () => {
		const wasEditing = editingId;
		fillForm(emptyDraft());
		keepDraft();
		announce(
			wasEditing === null ? 'Form cleared.' : 'Edit cancelled; the saved story is unchanged.',
		);
		const back = wasEditing === null ? null : editButtonOf(wasEditing);
		(back ?? titleInput).focus();
	});

	list?.addEventListener('click', (event) => {
		const target = event.target;
		if (!(target instanceof Element)) return;
		const button = target.closest<HTMLButtonElement>('button');
		const id = button?.closest<HTMLElement>('[data-story-id]')?.dataset['storyId'];
		const story = store.stories().find((entry) => entry.id === id);
		if (!button || !story) return;
		if (button.hasAttribute('data-item-edit')) {
			fillForm({ ...story, editingId: story.id });
			keepDraft();
			announce(`Editing "${story.title}".`);
			titleInput.focus();
		} else if (button.hasAttribute('data-item-delete')) {
			if (!window.confirm(`Delete the story "${story.title}"? This cannot be undone.`)) return;
			const index = store.stories().indexOf(story);
			store.saveStories(deleteStory(store.stories(), story.id));
			if (editingId === story.id) {
				fillForm(emptyDraft());
				keepDraft();
			}
			draw();
			announce(`Deleted "${story.title}". ${uncoveredSentence(storyCoverage(store.stories()))}`);
			// Focus the story that took its place, or the list heading when none is left after it.
			const next = store.stories()[Math.min(index, store.stories().length - 1)];
			const nextButton = next ? editButtonOf(next.id) : null;
			(nextButton ?? listHeading)?.focus();
		}
	});

	// The page renders the longest gap sentence (no story yet); keeping its height stops the form
	// below from moving up when saved stories shorten it.
	if (gaps) gaps.style.minBlockSize = `${gaps.getBoundingClientRect().height}px`;
	fillForm(store.draft());
	draw();
}

/** One list item for `story`, from the page's template. */
function storyItem(
	template: HTMLTemplateElement,
	story: Story,
	shown: readonly (typeof competencies)[number][] = [],
): HTMLElement {
	const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
	item.dataset['storyId'] = story.id;
	const title = item.querySelector<HTMLElement>('[data-item-title]');
	if (title) title.textContent = story.title;
	const tags = item.querySelector<HTMLElement>('[data-item-tags]');
	if (tags) {
		tags.setAttribute('aria-label', 'Competencies');
		tags.replaceChildren(
			...(shown.length > 0 ? shown.map((entry) => entry.label) : ['No competencies tagged']).map(
				(label) => {
					const tag = document.createElement('li');
					tag.textContent = label;
					return tag;
				},
			),
		);
	}
	const star = item.querySelector<HTMLElement>('[data-item-star]');
	if (star) {
		const labels = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
		star.replaceChildren(
			...starParts.flatMap((part) => {
				const term = document.createElement('dt');
				term.textContent = labels[part];
				const detail = document.createElement('dd');
				detail.textContent = story[part] || 'Not written yet.';
				return [term, detail];
			}),
		);
	}
	// Buttons name their story, so a screen reader's list of buttons is not "Edit, Edit, Edit".
	item.querySelector('[data-item-edit]')?.setAttribute('aria-label', `Edit "${story.title}"`);
	item.querySelector('[data-item-delete]')?.setAttribute('aria-label', `Delete "${story.title}"`);
	return item;
}

/** A fresh story id; random so stories from two browsers can be merged by hand without clashes. */
function newStoryId(): string {
	return typeof crypto.randomUUID === 'function'
		? crypto.randomUUID()
		: `story-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
