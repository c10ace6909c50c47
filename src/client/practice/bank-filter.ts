/**
 * Filters the server-rendered question bank in place: hides questions and sections that do not
 * match, updates each topic option's count, and announces how many questions match.
 */
import {
	countByTopic,
	filterQuestions,
	type QuestionFacets,
	type QuestionFilter,
} from '../../practice/question-filter.ts';
import { applyOnChange, showFilterCounts } from './filter-form.ts';

/** The bank's questions as the page rendered them, with their list items. */
export interface BankQuestion extends QuestionFacets {
	item: HTMLElement;
}

/** Reads every `[data-bank-item]` in bank order. */
export function readBank(root: ParentNode): BankQuestion[] {
	return [...root.querySelectorAll<HTMLElement>('[data-bank-item]')].map((item) => ({
		id: item.dataset['questionId'] ?? '',
		topics: (item.dataset['topics'] ?? '').split(' ').filter(Boolean),
		levels: (item.dataset['levels'] ?? '').split(' ').filter(Boolean),
		kind: item.dataset['kind'] ?? '',
		item,
	}));
}

/** Wires the filter form; calls `onChange` with the matching ids now and after every change. */
export function enhanceBankFilter(
	form: HTMLFormElement,
	bank: readonly BankQuestion[],
	onChange: (ids: string[]) => void,
): void {
	const select = (name: string): HTMLSelectElement | null =>
		form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

	const apply = (): void => {
		const topic = select('topic')?.value ?? '';
		const filter: QuestionFilter = {
			topics: topic === '' ? [] : [topic],
			level: select('level')?.value ?? '',
			kind: select('kind')?.value ?? '',
		};
		const ids = filterQuestions(bank, filter);
		const shown = new Set(ids);
		for (const question of bank) question.item.hidden = !shown.has(question.id);
		for (const section of document.querySelectorAll<HTMLElement>('[data-bank-section]')) {
			section.hidden = section.querySelector('[data-bank-item]:not([hidden])') === null;
		}
		const counts = countByTopic(bank, filter);
		showFilterCounts(form, counts, ids.length);
		onChange(ids);
	};
	applyOnChange(form, apply);
}
