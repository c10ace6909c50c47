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

/** Wires the filter form; calls `onChange` with the matching ids now and after every change. */
export function enhanceDeckFilter(
	form: HTMLFormElement,
	index: readonly IndexedQuestion[],
	onChange: (ids: string[]) => void,
): void {
	const select = (name: string): string =>
		form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
	const count = form.querySelector<HTMLElement>('[data-filter-count]');
	const topicSelect = form.querySelector<HTMLSelectElement>('select[name="topic"]');

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
		for (const option of topicSelect?.options ?? []) {
			if (option.value !== '')
				option.textContent = `${option.value} (${counts.get(option.value) ?? 0})`;
		}
		if (count) count.textContent = `${ids.length} question${ids.length === 1 ? '' : 's'} match.`;
		onChange(ids);
	};

	form.addEventListener('change', apply);
	// The form has no submit button; Enter in a select must not reload the page.
	form.addEventListener('submit', (event) => event.preventDefault());
	apply();
}
