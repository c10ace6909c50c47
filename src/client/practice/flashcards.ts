/**
 * The flashcard panel: shows one question at a time in spaced-repetition order, reveals the
 * model answer on request, and records the reader's grade (Again, Hard, Good or Easy) in the
 * progress document, each grade button showing the wait FSRS would give. Shortcuts (Space
 * reveals, 1 to 4 grade) work while focus is inside the panel and not in a form field, so they
 * never fire while the reader types or picks a filter. The grading code (ts-fsrs) loads when the
 * reader first reveals an answer, so a visit that only browses never downloads it. A session ends
 * when nothing in the selection is due or when the reader ends it, with a summary of the grades.
 */
import {
	cardStatus,
	countByStatus,
	formatInterval,
	orderForReview,
	reviewGrades,
	type CardState,
	type ReviewGrade,
} from '../../practice/schedule.ts';
import type * as FsrsScheduler from '../../practice/fsrs-scheduler.ts';
import { summarizeSession, type SessionReview } from '../../practice/session-summary.ts';
import type { RandomSource } from '../../practice/shuffle.ts';
import { questionKindLabels, type QuestionKind } from '../../config/question-kinds.ts';
import type { CardContent, IndexedQuestion } from '../../practice/flashcard-deck.ts';
import type { CardSource } from './card-source.ts';
import type { ProgressSession } from './progress-session.ts';

/** The flashcard panel's controls. */
export interface FlashcardPanel {
	/**
	 * Starts a new session over `ids` (the filtered bank, in bank order); with `shuffle`, due and
	 * new cards each come in random order.
	 */
	showDeck(ids: readonly string[], shuffle: boolean): void;
}

// With the time: a card in learning comes back within minutes, not on another day.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Wires the panel inside `root`; `index` gives each card's kind and levels at once, `cards` its
 * question and answer once its section's file has loaded, and `random` the shuffled order.
 */
export function enhanceFlashcards(
	root: HTMLElement,
	index: readonly IndexedQuestion[],
	cards: CardSource,
	session: ProgressSession,
	random: RandomSource = Math.random,
): FlashcardPanel {
	const part = <E extends HTMLElement>(name: string): E => {
		const element = root.querySelector<E>(`[data-card-${name}]`);
		if (!element) throw new Error(`Flashcard panel is missing [data-card-${name}]`);
		return element;
	};
	const summary = part('summary');
	const card = part('body');
	const question = part('question');
	const meta = part('meta');
	const answer = part('answer');
	const caughtUp = part('caught-up');
	const caughtUpText = part('caught-up-text');
	const endButton = part<HTMLButtonElement>('end');
	const restartButton = part<HTMLButtonElement>('restart');
	const aheadButton = part<HTMLButtonElement>('ahead');
	const revealButton = part<HTMLButtonElement>('reveal');
	const markButtons = part('marks');
	const gradeIntervals = Object.fromEntries(
		reviewGrades.map((grade) => [grade, part(`interval="${grade}"`)]),
	) as Record<ReviewGrade, HTMLElement>;

	let ids: readonly string[] = [];
	let queue: string[] = [];
	let revealed = false;
	let practicingAhead = false;
	let shuffle = false;
	/** Grades given since the session began; the summary counts them. */
	let reviews: SessionReview[] = [];
	/** True once the reader has pressed End session, until a new session starts. */
	let ended = false;

	const order = (now: number): string[] =>
		orderForReview(ids, session.document.cards, now, shuffle ? random : undefined);

	let scheduler: typeof FsrsScheduler | undefined;
	let schedulerProblem: string | undefined;
	let schedulerLoading: Promise<typeof FsrsScheduler> | undefined;
	/** Loads the grading code once; the grade buttons appear when it has arrived. */
	const loadScheduler = (): Promise<typeof FsrsScheduler> =>
		(schedulerLoading ??= import('../../practice/fsrs-scheduler.ts').then(
			(module) => {
				scheduler = module;
				schedulerProblem = undefined;
				if (revealed) render(false);
				return module;
			},
			(error: unknown) => {
				schedulerProblem = error instanceof Error ? error.message : String(error);
				// The next reveal tries again.
				schedulerLoading = undefined;
				if (revealed) render(false);
				throw error;
			},
		));

	const facets = new Map(index.map((question) => [question.id, question]));
	const loaded = new Map<string, CardContent>();
	const failed = new Map<string, string>();
	const pending = new Set<string>();

	/** Starts loading the card's section; renders again when it arrives if the card is still up. */
	const fetchCard = (id: string, moveFocus: boolean): void => {
		if (pending.has(id)) return;
		pending.add(id);
		cards.load(id).then(
			(content) => {
				pending.delete(id);
				loaded.set(id, content);
				if (queue[0] === id) render(moveFocus);
			},
			(error: unknown) => {
				pending.delete(id);
				failed.set(id, error instanceof Error ? error.message : String(error));
				if (queue[0] === id) render(moveFocus);
			},
		);
	};

	const render = (moveFocus: boolean): void => {
		const now = Date.now();
		const counts = countByStatus(ids, session.document.cards, now);
		summary.textContent = `${ids.length} in this selection: ${counts.due} due, ${counts.new} new, ${counts.later} for a later day.`;
		const id = queue[0];
		const waiting =
			id !== undefined &&
			cardStatus(session.document.cards[id], now) === 'later' &&
			!practicingAhead;
		const over = id === undefined || waiting || ended;
		card.hidden = over;
		endButton.hidden = over;
		caughtUp.hidden = !over;
		if (over) {
			showSummary(id === undefined, now);
			// The marking buttons just disappeared; keep focus in the panel, on the message.
			if (moveFocus) caughtUpText.focus();
			return;
		}
		const content = loaded.get(id);
		const problem = failed.get(id);
		const state = session.document.cards[id];
		const facet = facets.get(id);
		card.dataset['questionId'] = id;
		card.toggleAttribute('data-card-loading', content === undefined);
		meta.textContent = [
			facet ? questionKindLabels[facet.kind as QuestionKind] : '',
			facet?.levels.join(', ') ?? '',
			state ? memoryLabel(state) : 'new card',
		]
			.filter(Boolean)
			.join(' · ');
		if (content === undefined) {
			question.textContent =
				problem === undefined
					? 'Loading the question…'
					: `This question could not be loaded (${problem}). Check the connection, then reload the page.`;
			answer.replaceChildren();
			answer.hidden = true;
			revealButton.hidden = true;
			markButtons.hidden = true;
			if (problem === undefined) fetchCard(id, moveFocus);
			else failed.delete(id);
			if (moveFocus) question.focus();
			return;
		}
		question.textContent = content.question;
		answer.replaceChildren(...answerNodes(content));
		answer.hidden = !revealed;
		revealButton.hidden = revealed;
		// Shown at once, so nothing moves when the grading code arrives; a grade pressed before
		// then is applied when it has (see mark).
		markButtons.hidden = !revealed;
		for (const grade of reviewGrades) gradeIntervals[grade].textContent = '';
		if (revealed && scheduler) {
			const waits = scheduler.previewIntervals(state, Date.now());
			for (const grade of reviewGrades)
				gradeIntervals[grade].textContent = formatInterval(waits[grade]);
		} else if (revealed && schedulerProblem !== undefined) {
			meta.textContent = `Grading could not be loaded (${schedulerProblem}). Check the connection, then reload the page.`;
		} else if (revealed) {
			loadScheduler().catch(() => {
				// Reported by render through schedulerProblem.
			});
		}
		if (moveFocus) question.focus();
	};

	/** Fills the summary shown when the session is over or nothing matches. */
	const showSummary = (nothingMatches: boolean, now: number): void => {
		const result = summarizeSession(reviews, ids, session.document.cards, now);
		const left = result.left.due + result.left.new;
		const next =
			left > 0 ? 'now' : result.nextDueAt === null ? '' : dateFormat.format(result.nextDueAt);
		caughtUpText.textContent = nothingMatches
			? 'No questions match the filters.'
			: left === 0
				? `Nothing is due in this selection. The next card is due ${next}.`
				: `Session ended. ${left} card${left === 1 ? ' is' : 's are'} still to do in this selection.`;
		part('session-counts').hidden = result.reviews === 0;
		part('session-reviewed').textContent =
			`${result.reviews} review${result.reviews === 1 ? '' : 's'} of ${result.cards} card${result.cards === 1 ? '' : 's'}`;
		for (const grade of reviewGrades)
			part(`session-grade="${grade}"`).textContent = String(result.byGrade[grade]);
		part('session-next').textContent = next;
		restartButton.hidden = left === 0;
		aheadButton.hidden = nothingMatches || left > 0;
	};

	/** A new session over the same selection: the counts start again from zero. */
	const startSession = (ahead: boolean): void => {
		reviews = [];
		ended = false;
		practicingAhead = ahead;
		revealed = false;
		queue = order(Date.now());
		render(true);
	};

	const reveal = (): void => {
		if (revealed || card.hidden || card.hasAttribute('data-card-loading')) return;
		revealed = true;
		render(false);
		// The answer starts below the question the reader is looking at; do not scroll it away.
		answer.focus({ preventScroll: true });
	};

	const mark = (grade: ReviewGrade): void => {
		const id = queue[0];
		if (!revealed || id === undefined || card.hidden) return;
		if (scheduler === undefined) {
			// A key pressed before the grading code arrived is applied once it has.
			loadScheduler().then(
				() => mark(grade),
				() => {
					// Reported by render through schedulerProblem.
				},
			);
			return;
		}
		const now = Date.now();
		session.save({
			...session.document,
			cards: {
				...session.document.cards,
				[id]: scheduler.reviewCard(session.document.cards[id], grade, now),
			},
		});
		reviews.push({ id, grade });
		queue.shift();
		if (grade === 'again') {
			// Seen again in this pass, after the other due and new cards.
			const firstLater = queue.findIndex(
				(other) => cardStatus(session.document.cards[other], now) === 'later',
			);
			queue.splice(firstLater === -1 ? queue.length : firstLater, 0, id);
		}
		if (queue.length === 0) queue = order(now);
		revealed = false;
		render(true);
	};

	revealButton.addEventListener('click', reveal);
	for (const grade of reviewGrades) {
		part<HTMLButtonElement>(`grade="${grade}"`).addEventListener('click', () => mark(grade));
	}
	aheadButton.addEventListener('click', () => startSession(true));
	restartButton.addEventListener('click', () => startSession(false));
	endButton.addEventListener('click', () => {
		ended = true;
		revealed = false;
		render(true);
	});
	root.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
		if (event.key === ' ' && !revealed && !card.hidden) {
			// A focused button handles Space itself; everywhere else in the panel Space reveals.
			if (event.target instanceof HTMLButtonElement) return;
			event.preventDefault();
			reveal();
		} else if (/^[1-4]$/.test(event.key)) {
			// Keys 1 to 4 are the grades in button order: Again, Hard, Good, Easy.
			event.preventDefault();
			mark(reviewGrades[Number(event.key) - 1]!);
		}
	});

	return {
		showDeck(next, shuffled) {
			ids = next;
			shuffle = shuffled;
			reviews = [];
			ended = false;
			queue = order(Date.now());
			revealed = false;
			practicingAhead = false;
			render(false);
		},
	};
}

const phaseNames: Readonly<Record<CardState['state'], string>> = {
	1: 'learning',
	2: 'in review',
	3: 'relearning',
};

/** The card's FSRS phase and stability in words, e.g. "in review · stability 12 d". */
function memoryLabel(state: CardState): string {
	return `${phaseNames[state.state]} · stability ${formatInterval(state.stability * 86_400_000)}`;
}

/**
 * The card's answer, its follow-ups and its "Taught in" links as nodes. The answer HTML is the
 * handbook's own build output, parsed inert in a template; ids are dropped so none can clash.
 */
function answerNodes(content: CardContent): Node[] {
	const template = document.createElement('template');
	template.innerHTML = content.answerHtml;
	for (const element of template.content.querySelectorAll('[id]')) element.removeAttribute('id');
	const nodes: Node[] = [template.content];
	if (content.followUps.length > 0) {
		const label = document.createElement('p');
		const strong = document.createElement('strong');
		strong.textContent = 'Follow-ups to expect';
		label.append(strong);
		const list = document.createElement('ul');
		for (const followUp of content.followUps) {
			const item = document.createElement('li');
			item.textContent = followUp;
			list.append(item);
		}
		nodes.push(label, list);
	}
	const taught = document.createElement('p');
	taught.className = 'bank-pages';
	taught.append('Taught in: ');
	content.pages.forEach((page, i) => {
		if (i > 0) taught.append(', ');
		const link = document.createElement('a');
		link.href = page.href;
		link.textContent = page.title;
		taught.append(link);
	});
	nodes.push(taught);
	return nodes;
}

/** Form fields where keys belong to the field, not to the shortcuts. */
function isTypingTarget(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLInputElement ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement ||
		(target instanceof HTMLElement && target.isContentEditable)
	);
}
