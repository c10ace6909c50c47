/**
 * What the flashcards on /practice/ read: a small index of every question (id, section and the
 * facets the filters use), embedded in the page, and one JSON file of card content per section,
 * fetched only when a card of that section is shown.
 */
import type { QuestionFacets } from './question-filter.ts';

/** One question in the index embedded in /practice/. */
export interface IndexedQuestion extends QuestionFacets {
	/** Directory of the section whose bank page lists the question. */
	section: string;
}

/** The content of one flashcard, as /practice/cards/<section>.json holds it. */
export interface CardContent {
	id: string;
	question: string;
	/** The model answer as HTML, links already under the base path. */
	answerHtml: string;
	followUps: string[];
	/** The pages that teach the question, `href` already under the base path. */
	pages: { href: string; title: string }[];
}

/** The body of /practice/cards/<section>.json. */
export interface SectionCards {
	section: string;
	cards: CardContent[];
}

/** Path of a section's card file under the site's base path (which ends with a slash). */
export function sectionCardsPath(base: string, section: string): string {
	return `${base}practice/cards/${section}.json`;
}

/**
 * Reads a card file's parsed JSON, refusing anything that is not the shape above, so a stale or
 * damaged file shows a message instead of an empty card.
 */
export function parseSectionCards(value: unknown, section: string): SectionCards {
	const file = sectionCardsPath('/', section);
	if (typeof value !== 'object' || value === null || !Array.isArray((value as SectionCards).cards))
		throw new Error(`${file} has no "cards" list`);
	for (const card of (value as SectionCards).cards) {
		if (
			typeof card?.id !== 'string' ||
			typeof card.question !== 'string' ||
			typeof card.answerHtml !== 'string' ||
			!Array.isArray(card.followUps) ||
			!Array.isArray(card.pages)
		)
			throw new Error(`${file} has a card without id, question, answerHtml, followUps or pages`);
	}
	return value as SectionCards;
}
