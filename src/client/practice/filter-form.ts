/**
 * What the bank's filter form and the flashcards' filter form share: each topic option shows how
 * many questions it would match, the form announces the total, and it filters on every change
 * without ever submitting.
 */

/** Writes each topic option's match count and the number of matching questions. */
export function showFilterCounts(
	form: HTMLFormElement,
	topicCounts: ReadonlyMap<string, number>,
	matching: number,
): void {
	const topicSelect = form.querySelector<HTMLSelectElement>('select[name="topic"]');
	for (const option of topicSelect?.options ?? []) {
		if (option.value !== '')
			option.textContent = `${option.value} (${topicCounts.get(option.value) ?? 0})`;
	}
	const count = form.querySelector<HTMLElement>('[data-filter-count]');
	if (count) count.textContent = `${matching} question${matching === 1 ? '' : 's'} match.`;
}

/** Runs `apply` now and after every change to the form. */
export function applyOnChange(form: HTMLFormElement, apply: () => void): void {
	form.addEventListener('change', apply);
	// The form has no submit button; Enter in a select must not reload the page.
	form.addEventListener('submit', (event) => event.preventDefault());
	apply();
}
