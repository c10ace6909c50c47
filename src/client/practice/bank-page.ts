/**
 * Entry point of a question-bank page (/practice/<section>/): the level and kind filters over the
 * server-rendered list. No progress is read here; flashcards live on /practice/.
 */
import { enhanceBankFilter, readBank } from './bank-filter.ts';

const form = document.querySelector<HTMLFormElement>('[data-bank-filters]');
if (form) enhanceBankFilter(form, readBank(document), () => undefined);
