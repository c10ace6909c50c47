/**
 * Entry point of /practice/: loads saved progress, sets aside schedules of questions the bank no
 * longer has, and wires the filters, the flashcard panel and export, import and reset.
 */
import { setAsideUnknownCards } from '../../practice/progress-store.ts';
import { enhanceBankFilter, readBank } from './bank-filter.ts';
import { enhanceFlashcards } from './flashcards.ts';
import { openProgressSession } from './progress-session.ts';
import { enhanceProgressTransfer } from './progress-transfer.ts';

const tool = document.querySelector<HTMLElement>('[data-practice-tool]');
const form = tool?.querySelector<HTMLFormElement>('[data-practice-filters]');
const panel = tool?.querySelector<HTMLElement>('[data-flashcards]');
const transfer = tool?.querySelector<HTMLElement>('[data-progress-transfer]');

if (tool && form && panel && transfer) {
	const bank = readBank(document);
	const knownIds = new Set(bank.map((question) => question.id));
	const session = openProgressSession(tool);
	const reconciled = setAsideUnknownCards(session.document, knownIds);
	if (JSON.stringify(reconciled) !== JSON.stringify(session.document)) session.save(reconciled);

	const flashcards = enhanceFlashcards(panel, document, session);
	let currentIds: string[] = [];
	enhanceBankFilter(form, bank, (ids) => {
		currentIds = ids;
		flashcards.showDeck(ids);
	});
	enhanceProgressTransfer(transfer, session, (document) => {
		session.save(setAsideUnknownCards(document, knownIds));
		flashcards.showDeck(currentIds);
	});
}
