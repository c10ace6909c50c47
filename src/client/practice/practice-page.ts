/**
 * Entry point of /practice/: loads saved progress, sets aside schedules of questions the bank no
 * longer has, and wires the filters (remembered under their own key), the flashcard panel and
 * export, import and reset. The bank's
 * index is embedded in the page; card content is fetched per section as cards are shown.
 */
import type { IndexedQuestion } from '../../practice/flashcard-deck.ts';
import { setAsideUnknownCards } from '../../practice/progress-store.ts';
import { openCardSource } from './card-source.ts';
import { enhanceDeckFilter } from './deck-filter.ts';
import { enhanceFlashcards } from './flashcards.ts';
import { openProgressSession } from './progress-session.ts';
import { enhanceProgressTransfer } from './progress-transfer.ts';

const tool = document.querySelector<HTMLElement>('[data-practice-tool]');
const form = tool?.querySelector<HTMLFormElement>('[data-practice-filters]');
const panel = tool?.querySelector<HTMLElement>('[data-flashcards]');
const transfer = tool?.querySelector<HTMLElement>('[data-progress-transfer]');
const indexText = document.querySelector('[data-practice-index]')?.textContent;

if (tool && form && panel && transfer && indexText) {
	const index = JSON.parse(indexText) as IndexedQuestion[];
	const knownIds = new Set(index.map((question) => question.id));
	const session = openProgressSession(tool);
	const reconciled = setAsideUnknownCards(session.document, knownIds);
	if (JSON.stringify(reconciled) !== JSON.stringify(session.document)) session.save(reconciled);

	const cards = openCardSource(index, import.meta.env.BASE_URL);
	const flashcards = enhanceFlashcards(panel, index, cards, session);
	let currentIds: string[] = [];
	let shuffle = false;
	const memory = {
		storage: session.storage,
		notify: (message: string) => session.addNotice(message),
	};
	enhanceDeckFilter(form, index, memory, (ids, shuffled) => {
		currentIds = ids;
		shuffle = shuffled;
		flashcards.showDeck(ids, shuffled);
	});
	enhanceProgressTransfer(transfer, session, (document) => {
		session.save(setAsideUnknownCards(document, knownIds));
		flashcards.showDeck(currentIds, shuffle);
	});
}
