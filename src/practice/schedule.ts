/**
 * A Leitner spaced-repetition schedule for flashcards. Each card sits in one of five boxes; a
 * card you knew moves up a box and waits longer before it is due again, a card you missed goes
 * back to box 1 and is due at once. Time is injected (`now`, in milliseconds) so the schedule is
 * deterministic.
 */

/** Days a card waits in each box before it is due again: box 1 is due at once, box 5 after 16 days. */
export const boxIntervalsInDays = [0, 1, 3, 7, 16] as const;

/** The highest box; a card that reaches it stays there while you keep knowing it. */
export const highestBox = boxIntervalsInDays.length;

/** A box number, 1 (review often) to 5 (review rarely). */
export type Box = 1 | 2 | 3 | 4 | 5;

/** What the reader said about a card after seeing the answer. */
export type ReviewOutcome = 'knew' | 'again';

/** The schedule of one card the reader has reviewed at least once. */
export interface CardState {
	box: Box;
	/** When the card is next due, in milliseconds since the epoch. */
	dueAt: number;
	/** When the card was last marked, in milliseconds since the epoch. */
	reviewedAt: number;
}

const dayInMs = 24 * 60 * 60 * 1000;

/** The box a card moves to: up one (capped at 5) when known, back to 1 when not. */
export function nextBox(box: Box | undefined, outcome: ReviewOutcome): Box {
	if (outcome === 'again') return 1;
	// An unseen card counts as box 1, so knowing it the first time puts it in box 2.
	return Math.min((box ?? 1) + 1, highestBox) as Box;
}

/** Records one review at `now` and returns the card's new schedule. */
export function reviewCard(
	card: CardState | undefined,
	outcome: ReviewOutcome,
	now: number,
): CardState {
	const box = nextBox(card?.box, outcome);
	return { box, dueAt: now + boxIntervalsInDays[box - 1]! * dayInMs, reviewedAt: now };
}

/** A card is due when it has never been reviewed or its due time has come. */
export function isDue(card: CardState | undefined, now: number): boolean {
	return card === undefined || card.dueAt <= now;
}

/** How a card stands at `now`: reviewed and due, never seen, or waiting for a later day. */
export type CardStatus = 'due' | 'new' | 'later';

/** The status of one card at `now`. */
export function cardStatus(card: CardState | undefined, now: number): CardStatus {
	if (card === undefined) return 'new';
	return card.dueAt <= now ? 'due' : 'later';
}

/**
 * Orders question ids for a session: reviewed cards that are due come first (most overdue
 * first, so nothing waits forever), then cards never seen (in the order given), then cards
 * that are not due yet (soonest first), for readers who want to practice ahead.
 */
export function orderForReview(
	ids: readonly string[],
	cards: Readonly<Record<string, CardState>>,
	now: number,
): string[] {
	const due: string[] = [];
	const fresh: string[] = [];
	const later: string[] = [];
	for (const id of ids) {
		const status = cardStatus(cards[id], now);
		(status === 'due' ? due : status === 'new' ? fresh : later).push(id);
	}
	const byDueTime = (a: string, b: string): number => cards[a]!.dueAt - cards[b]!.dueAt;
	return [...due.sort(byDueTime), ...fresh, ...later.sort(byDueTime)];
}

/** How many of `ids` are due, new and waiting at `now`. */
export function countByStatus(
	ids: readonly string[],
	cards: Readonly<Record<string, CardState>>,
	now: number,
): Record<CardStatus, number> {
	const counts: Record<CardStatus, number> = { due: 0, new: 0, later: 0 };
	for (const id of ids) counts[cardStatus(cards[id], now)] += 1;
	return counts;
}
