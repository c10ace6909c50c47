/**
 * When the reader first shows they mean to search: the pointer over or a touch on the search
 * button, focus on it, a click on it (the 404 page's button clicks it too), Ctrl+K or Cmd+K, or
 * `/` outside a form field. `/` also opens the search dialog, as on many documentation sites.
 */

/** The event dispatched on `document` once the reader shows intent to search. */
export const searchIntentEvent = 'handbook:search-intent';

/** Attribute set on the root element once intent was seen, for code that loads later. */
export const searchIntentAttribute = 'data-search-intent';

/** Whether intent was already seen on this page. */
export function searchIntended(): boolean {
	return document.documentElement.hasAttribute(searchIntentAttribute);
}

/** Resolves once the reader shows intent to search (at once if they already have). */
export function whenSearchIntended(): Promise<void> {
	if (searchIntended()) return Promise.resolve();
	return new Promise((resolve) =>
		document.addEventListener(searchIntentEvent, () => resolve(), { once: true }),
	);
}

/** Form fields and editable regions, where `/` is text and must not open the search. */
function isTypingTarget(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLInputElement ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement ||
		(target instanceof HTMLElement && target.isContentEditable)
	);
}

/** Listens for intent around `button`, Starlight's search button; marks and announces it once. */
export function watchSearchIntent(button: HTMLButtonElement): void {
	const signal = (): void => {
		if (searchIntended()) return;
		document.documentElement.setAttribute(searchIntentAttribute, '');
		document.dispatchEvent(new Event(searchIntentEvent));
	};
	for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focus', 'click'] as const)
		button.addEventListener(type, signal, { once: true, passive: true });
	window.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') signal();
		else if (
			event.key === '/' &&
			!event.ctrlKey &&
			!event.metaKey &&
			!event.altKey &&
			!isTypingTarget(event.target) &&
			!button.closest('site-search')?.querySelector('dialog')?.open
		) {
			event.preventDefault();
			signal();
			button.click();
		}
	});
}
