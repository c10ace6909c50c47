/**
 * The filters of /practice/ over the embedded index of the bank: topic, level, kind and the
 * sections to practice. Updates each topic option's count and announces how many questions match.
 */
import type { IndexedQuestion } from '../../practice/flashcard-deck.ts';
import {
	countByTopic,
	filterQuestions,
	type QuestionFilter,
} from '../../practice/question-filter.ts';
import { applyOnChange, showFilterCounts } from './filter-form.ts';

/** Wires the filter form; calls `onChange` with the matching ids now and after every change. */
export function enhanceDeckFilter(
	form: HTMLFormElement,
	index: readonly IndexedQuestion[],
	onChange: (ids: string[]) => void,
): void {
	const select = (name: string): string =>
		form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';

	const apply = (): void => {
		const sections = new Set(
			[...form.querySelectorAll<HTMLInputElement>('input[name="section"]:checked')].map(
				(input) => input.value,
			),
		);
		const chosen = index.filter((question) => sections.has(question.section));
		const filter: QuestionFilter = {
			topic: select('topic'),
			level: select('level'),
			kind: select('kind'),
		};
		const ids = filterQuestions(chosen, filter);
		const counts = countByTopic(chosen, filter);
		showFilterCounts(form, counts, ids.length);
		onChange(ids);
	};
	applyOnChange(form, apply);
}
