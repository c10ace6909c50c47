/**
 * Arrow keys in the search dialog: Down from the search field moves to the first result, Down and
 * Up move between result links (a page and the sections under it, then "Load more results"), and
 * Up from the first result returns to the field. Tab still works as before. Pagefind's default UI
 * (the one Starlight uses) has no arrow-key navigation of its own.
 */

/** The field, then every result link and the "Load more results" button, in page order. */
function stops(root: Element): HTMLElement[] {
	return [
		...root.querySelectorAll<HTMLElement>(
			'input.pagefind-ui__search-input, a.pagefind-ui__result-link, button.pagefind-ui__button',
		),
	];
}

/** Listens on `root`, the element the search UI renders into, for as long as the page lives. */
export function enableResultArrowKeys(root: Element): void {
	root.addEventListener('keydown', (event) => {
		if (!(event instanceof KeyboardEvent)) return;
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const order = stops(root);
		const from = order.indexOf(event.target as HTMLElement);
		if (from === -1) return;
		const to = from + (event.key === 'ArrowDown' ? 1 : -1);
		const next = order[to];
		// Up in the field keeps its own meaning (caret to the start); so does Down past the end.
		if (to < 0 || !next) return;
		event.preventDefault();
		next.focus();
	});
}
