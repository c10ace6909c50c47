/**
 * The topic box of the flashcard filters: about 190 topics sit behind a search field instead of
 * one long list. Typing shows the matching topics as checkboxes (Enter ticks the first, Down moves
 * to the list, Escape clears the search); the chosen ones stay listed as buttons that remove them,
 * with a button that clears them all. Every change reaches the form as a `change` event, as a
 * ticked checkbox does.
 */
import { searchTopics } from '../../practice/topic-search.ts';

/** The picker's controls for the filter form. */
export interface TopicPicker {
	/** The ticked topics, in list order. */
	chosen(): string[];
	/** Ticks exactly `topics` (remembered filters), without a change event. */
	choose(topics: readonly string[]): void;
}

/** Wires the picker inside `root` (the element marked `data-topic-picker`). */
export function enhanceTopicPicker(root: HTMLElement): TopicPicker {
	const part = <E extends HTMLElement>(name: string): E => {
		const element = root.querySelector<E>(`[data-topic-${name}]`);
		if (!element) throw new Error(`Topic picker is missing [data-topic-${name}]`);
		return element;
	};
	const search = part<HTMLInputElement>('search');
	const list = part('options');
	const matchCount = part('match');
	const chosenList = part('chosen');
	const clear = part<HTMLButtonElement>('clear');
	const boxes = [...list.querySelectorAll<HTMLInputElement>('input[name="topic"]')];
	const byTopic = new Map(boxes.map((box) => [box.value, box]));
	const topics = boxes.map((box) => box.value);
	const optionOf = (box: HTMLInputElement): HTMLElement => box.closest('label') ?? box;

	const showMatches = (): void => {
		const matching = searchTopics(topics, search.value);
		const shown = new Set(matching);
		// Matches in match order: topics that start with the query first.
		for (const topic of matching) list.append(optionOf(byTopic.get(topic)!));
		for (const box of boxes) optionOf(box).hidden = !shown.has(box.value);
		list.hidden = matching.length === 0;
		matchCount.textContent =
			search.value.trim() === ''
				? `Type to find one of ${topics.length} topics.`
				: `${matching.length} topic${matching.length === 1 ? '' : 's'} match.`;
	};

	const chosen = (): string[] => boxes.filter((box) => box.checked).map((box) => box.value);

	const showChosen = (): void => {
		const picked = chosen();
		const items = picked.map((topic) => {
			const item = document.createElement('li');
			const remove = document.createElement('button');
			remove.type = 'button';
			remove.className = 'practice-button topic-chip';
			remove.dataset['topicRemove'] = topic;
			remove.setAttribute('aria-label', `Remove topic ${topic}`);
			remove.textContent = `${topic} ×`;
			item.append(remove);
			return item;
		});
		chosenList.replaceChildren(...items);
		chosenList.hidden = picked.length === 0;
		clear.disabled = picked.length === 0;
	};

	const changed = (): void => {
		showChosen();
		root.dispatchEvent(new Event('change', { bubbles: true }));
	};

	search.addEventListener('input', showMatches);
	search.addEventListener('keydown', (event) => {
		const first = searchTopics(topics, search.value)[0];
		if (event.key === 'Enter') {
			// Enter would submit the form; here it ticks the best match.
			event.preventDefault();
			const box = first === undefined ? undefined : byTopic.get(first);
			if (box && !box.checked) {
				box.checked = true;
				changed();
			}
		} else if (event.key === 'ArrowDown' && first !== undefined) {
			event.preventDefault();
			byTopic.get(first)?.focus();
		} else if (event.key === 'Escape' && search.value !== '') {
			event.preventDefault();
			search.value = '';
			showMatches();
		}
	});
	// A ticked box bubbles its own change event to the form; only the chosen list needs updating.
	list.addEventListener('change', showChosen);
	chosenList.addEventListener('click', (event) => {
		const topic =
			event.target instanceof Element
				? event.target.closest<HTMLElement>('[data-topic-remove]')?.dataset['topicRemove']
				: undefined;
		const box = topic === undefined ? undefined : byTopic.get(topic);
		if (!box) return;
		box.checked = false;
		// The button is about to go; focus goes back to the search field.
		search.focus();
		changed();
	});
	clear.addEventListener('click', () => {
		for (const box of boxes) box.checked = false;
		search.focus();
		changed();
	});

	showMatches();
	showChosen();
	return {
		chosen,
		choose(picked) {
			const wanted = new Set(picked);
			for (const box of boxes) box.checked = wanted.has(box.value);
			showChosen();
		},
	};
}
