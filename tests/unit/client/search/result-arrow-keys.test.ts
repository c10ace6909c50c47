// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { enableResultArrowKeys } from '../../../../src/client/search/result-arrow-keys.ts';

// The markup Pagefind's default UI renders: a field, a page result with one section under it,
// a second page, and the "Load more results" button.
const markup = `
	<input class="pagefind-ui__search-input" />
	<ol class="pagefind-ui__results">
		<li class="pagefind-ui__result">
			<a class="pagefind-ui__result-link" href="/a/">Page A</a>
			<div class="pagefind-ui__result-nested"><a class="pagefind-ui__result-link" href="/a/#s">Section</a></div>
		</li>
		<li class="pagefind-ui__result"><a class="pagefind-ui__result-link" href="/b/">Page B</a></li>
	</ol>
	<button class="pagefind-ui__button">Load more results</button>`;

/** Presses `key` on whatever has focus; returns whether the page cancelled its default action. */
function press(key: string, init: KeyboardEventInit = {}): boolean {
	const target = document.activeElement ?? document.body;
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
	target.dispatchEvent(event);
	return event.defaultPrevented;
}

const focused = (): string =>
	(document.activeElement as HTMLElement | null)?.textContent?.trim() ||
	document.activeElement?.className ||
	'';

describe('arrow keys in the search results', () => {
	beforeEach(() => {
		document.body.innerHTML = `<div id="search">${markup}</div>`;
		const root = document.querySelector('#search');
		if (!root) throw new Error('fixture missing');
		enableResultArrowKeys(root);
		document.querySelector<HTMLInputElement>('input')?.focus();
	});

	it('Down walks from the field through every result link to the load-more button', () => {
		const visited: string[] = [];
		for (let i = 0; i < 4; i++) {
			expect(press('ArrowDown')).toBe(true);
			visited.push(focused());
		}
		expect(visited).toEqual(['Page A', 'Section', 'Page B', 'Load more results']);
		// Past the end nothing moves, and the key keeps its default (scrolling the dialog).
		expect(press('ArrowDown')).toBe(false);
		expect(focused()).toBe('Load more results');
	});

	it('Up walks back to the field, then leaves the key to the field', () => {
		press('ArrowDown');
		press('ArrowDown');
		expect(focused()).toBe('Section');
		expect(press('ArrowUp')).toBe(true);
		expect(focused()).toBe('Page A');
		press('ArrowUp');
		expect(focused()).toBe('pagefind-ui__search-input');
		expect(press('ArrowUp')).toBe(false);
		expect(focused()).toBe('pagefind-ui__search-input');
	});

	it('leaves modified arrows and other keys alone', () => {
		expect(press('ArrowDown', { shiftKey: true })).toBe(false);
		expect(press('Enter')).toBe(false);
		expect(focused()).toBe('pagefind-ui__search-input');
	});
});
