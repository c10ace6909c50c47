/**
 * The filters of /practice/ over the embedded index of the bank: sections first, then topics (a
 * searchable box), level and kind, and whether to shuffle. Announces how many questions match,
 * shows each topic's count under the other filters, and remembers the form in localStorage
 * (src/practice/flashcard-filters.ts) so a reload brings the same selection back.
 */
import type { IndexedQuestion } from '../../practice/flashcard-deck.ts';
import {
	loadFilters,
	saveFilters,
	type FilterChoices,
	type FlashcardFilters,
} from '../../practice/flashcard-filters.ts';
import type { StorageLike } from '../../practice/progress-store.ts';
import { countByTopic, filterQuestions } from '../../practice/question-filter.ts';
import { applyOnChange, showFilterCounts } from './filter-form.ts';
import { enhanceTopicPicker } from './topic-picker.ts';

/** Where the filters are remembered and how problems with them reach the reader. */
export interface FilterMemory {
	storage: StorageLike;
	notify(message: string): void;
}

/**
 * Wires the filter form; calls `onChange` with the matching ids and the shuffle choice now and
 * after every change.
 */
export function enhanceDeckFilter(
	form: HTMLFormElement,
	index: readonly IndexedQuestion[],
	memory: FilterMemory,
	onChange: (ids: string[], shuffle: boolean) => void,
): void {
	const field = <E extends HTMLElement>(selector: string): E => {
		const element = form.querySelector<E>(selector);
		if (!element) throw new Error(`The flashcard filters are missing ${selector}`);
		return element;
	};
	const sectionBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="section"]')];
	const level = field<HTMLSelectElement>('select[name="level"]');
	const kind = field<HTMLSelectElement>('select[name="kind"]');
	const shuffle = field<HTMLInputElement>('input[name="shuffle"]');
	const sectionSummary = field('[data-section-summary]');
	const topics = enhanceTopicPicker(field('[data-topic-picker]'));
	const topicCounts = [...form.querySelectorAll<HTMLElement>('[data-topic-count]')];

	const choices: FilterChoices = {
		sections: sectionBoxes.map((box) => box.value),
		topics: [...form.querySelectorAll<HTMLInputElement>('input[name="topic"]')].map(
			(box) => box.value,
		),
		levels: [...level.options].map((option) => option.value).filter(Boolean),
		kinds: [...kind.options].map((option) => option.value).filter(Boolean),
	};

	const read = (): FlashcardFilters => ({
		sections: sectionBoxes.filter((box) => box.checked).map((box) => box.value),
		topics: topics.chosen(),
		level: level.value,
		kind: kind.value,
		shuffle: shuffle.checked,
	});

	const write = (filters: FlashcardFilters): void => {
		const sections = new Set(filters.sections);
		for (const box of sectionBoxes) box.checked = sections.has(box.value);
		topics.choose(filters.topics);
		level.value = filters.level;
		kind.value = filters.kind;
		shuffle.checked = filters.shuffle;
	};

	const loaded = loadFilters(memory.storage, choices);
	write(loaded.filters);
	if (loaded.notice) memory.notify(loaded.notice);

	let restoring = true;
	let saveRefused = false;
	const apply = (): void => {
		const filters = read();
		const sections = new Set(filters.sections);
		const chosen = index.filter((question) => sections.has(question.section));
		const questionFilter = { topics: filters.topics, level: filters.level, kind: filters.kind };
		const ids = filterQuestions(chosen, questionFilter);
		const counts = countByTopic(chosen, questionFilter);
		for (const count of topicCounts)
			count.textContent = `(${counts.get(count.dataset['topicCount'] ?? '') ?? 0})`;
		showFilterCounts(form, counts, ids.length);
		sectionSummary.textContent =
			sections.size === sectionBoxes.length
				? `all ${sectionBoxes.length}`
				: `${sections.size} of ${sectionBoxes.length}`;
		// The first run shows what was loaded; only the reader's own changes are saved, so a value
		// that could not be read stays in storage until then.
		if (!restoring) {
			const error = saveFilters(memory.storage, filters);
			// Said once: storage that refuses one write refuses the next.
			if (error && !saveRefused) memory.notify(error);
			saveRefused = error !== null;
		}
		restoring = false;
		onChange(ids, filters.shuffle);
	};
	for (const button of form.querySelectorAll<HTMLButtonElement>('[data-sections-all]')) {
		button.addEventListener('click', () => {
			const all = button.dataset['sectionsAll'] === 'on';
			for (const box of sectionBoxes) box.checked = all;
			apply();
		});
	}
	applyOnChange(form, apply);
}
