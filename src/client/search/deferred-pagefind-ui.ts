/**
 * Stands in for `@pagefind/default-ui` in Starlight's search component (see the alias in
 * astro.config.mjs). Starlight builds the search UI when the browser is first idle, which fetches
 * the UI's script on every page view; this class keeps the options it is given and builds the
 * real UI only once the reader shows intent to search (src/client/search/search-intent.ts). It
 * also keeps pages' search terms out of the result tags and adds arrow keys to the results.
 */
import { enableResultArrowKeys } from './result-arrow-keys.ts';
import { whenSearchIntended } from './search-intent.ts';
import { withoutSearchTermsTag } from './search-terms-tag.ts';

/** Options Starlight passes; handed to the real UI unchanged. */
type PagefindUIOptions = Record<string, unknown>;

/** Starlight constructs this exactly as it would construct Pagefind's own `PagefindUI`. */
export class PagefindUI {
	/** Resolves once the real UI is built, for tests and measurement. */
	readonly ready: Promise<void>;

	constructor(options: PagefindUIOptions) {
		this.ready = whenSearchIntended().then(async () => {
			// The package's module build; the bare name is aliased to this file.
			const { PagefindUI: RealPagefindUI } = (await import(
				// @ts-expect-error -- @pagefind/default-ui ships no type declarations
				'@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'
			)) as { PagefindUI: new (options: PagefindUIOptions) => unknown };
			// Read first: the UI takes options it consumes out of the object.
			const { element, processResult } = options;
			new RealPagefindUI({ ...options, processResult: withoutSearchTermsTag(processResult) });
			const root = typeof element === 'string' ? document.querySelector(element) : null;
			if (!root) return;
			enableResultArrowKeys(root);
			// Opened before the UI existed (a click or Ctrl+K with no hover first): Starlight focused
			// nothing then, so focus the input as soon as the UI renders it, as Starlight would have.
			focusInputWhenShown(root);
		});
	}
}

/** Focuses the UI's input once it exists, if the dialog around it is open and no field has focus. */
function focusInputWhenShown(root: Element): void {
	const focus = (): boolean => {
		const input = root.querySelector<HTMLInputElement>('input');
		if (!input) return false;
		const dialog = root.closest('dialog');
		if (dialog?.open && !(document.activeElement instanceof HTMLInputElement)) input.focus();
		return true;
	};
	if (focus()) return;
	const observer = new MutationObserver(() => {
		if (focus()) observer.disconnect();
	});
	observer.observe(root, { childList: true, subtree: true });
}
