/**
 * Loads flashcard content section by section from /practice/cards/<section>.json under the base
 * path, once per section per page view, and only for the sections whose cards are asked for.
 */
import {
	parseSectionCards,
	sectionCardsPath,
	type CardContent,
	type IndexedQuestion,
} from '../../practice/flashcard-deck.ts';

/** Card content by question id, fetched on first use of each section. */
export interface CardSource {
	/** The card's content, or a rejection naming the file and what went wrong. */
	load(id: string): Promise<CardContent>;
}

/** A source over the page's index; `base` is the site's base path, ending with a slash. */
export function openCardSource(index: readonly IndexedQuestion[], base: string): CardSource {
	const sectionOf = new Map(index.map((question) => [question.id, question.section]));
	const sections = new Map<string, Promise<Map<string, CardContent>>>();

	const loadSection = (section: string): Promise<Map<string, CardContent>> => {
		let pending = sections.get(section);
		if (!pending) {
			const path = sectionCardsPath(base, section);
			pending = fetch(path)
				.then(async (response) => {
					if (!response.ok) throw new Error(`${path} answered ${response.status}`);
					const file = parseSectionCards(await response.json(), section);
					return new Map(file.cards.map((card) => [card.id, card]));
				})
				.catch((error: unknown) => {
					// Forget the failure so the next card of this section tries again.
					sections.delete(section);
					throw error;
				});
			sections.set(section, pending);
		}
		return pending;
	};

	return {
		async load(id) {
			const section = sectionOf.get(id);
			if (section === undefined) throw new Error(`question ${id} is not in the bank`);
			const card = (await loadSection(section)).get(id);
			if (!card) throw new Error(`${sectionCardsPath(base, section)} has no question ${id}`);
			return card;
		},
	};
}
