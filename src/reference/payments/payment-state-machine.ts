/**
 * The state of one payment as the payment service sees it, driven by PSP webhooks that arrive
 * late, twice, or out of order.
 *
 * Rules, in order:
 * 1. An event id already applied is a duplicate and changes nothing.
 * 2. An event the transition table allows from the current state is applied.
 * 3. An event for a stage the payment has already passed (an `authorized` after `captured`),
 *    or a second event for the state it is already in, is stale and changes nothing.
 *    Refunds and disputes are never stale: each new one is money that moved, so ignoring it
 *    would lose it.
 * 4. Anything else means our view disagrees with the PSP (a refund before its capture, a
 *    refund larger than what is left, a refund that arrives after a dispute opened): the
 *    caller must fetch the payment from the PSP and apply that state, rather than guess.
 */

/** Where a payment is in its life. */
export type PaymentState =
	| 'pending'
	| 'failed'
	| 'authorized'
	| 'canceled'
	| 'captured'
	| 'partially_refunded'
	| 'refunded'
	| 'disputed'
	| 'charged_back';

/** A PSP webhook, normalized. Amounts are integer minor units. */
export type PaymentEvent =
	| { readonly id: string; readonly type: 'payment.failed' }
	| { readonly id: string; readonly type: 'payment.authorized' }
	| { readonly id: string; readonly type: 'payment.canceled' }
	| { readonly id: string; readonly type: 'payment.captured'; readonly amount: bigint }
	| { readonly id: string; readonly type: 'refund.succeeded'; readonly amount: bigint }
	| { readonly id: string; readonly type: 'dispute.opened' }
	| { readonly id: string; readonly type: 'dispute.won' }
	| { readonly id: string; readonly type: 'dispute.lost' };

/** What happened to one event. */
export type ApplyResult = 'applied' | 'duplicate' | 'stale' | 'needs-fetch';

// How far along the life of a payment each state is; events for an earlier stage are stale.
const stage: Record<PaymentState, number> = {
	pending: 0,
	failed: 1,
	authorized: 2,
	canceled: 3,
	captured: 3,
	partially_refunded: 4,
	disputed: 5,
	refunded: 6,
	charged_back: 6,
};

// The stage each event moves a payment to, and the state it names where that is fixed.
const eventStage: Record<PaymentEvent['type'], number> = {
	'payment.failed': 1,
	'payment.authorized': 2,
	'payment.canceled': 3,
	'payment.captured': 3,
	'refund.succeeded': 4,
	'dispute.opened': 5,
	'dispute.won': 6,
	'dispute.lost': 6,
};

const eventTarget: Partial<Record<PaymentEvent['type'], readonly PaymentState[]>> = {
	'payment.failed': ['failed'],
	'payment.authorized': ['authorized'],
	'payment.canceled': ['canceled'],
	'payment.captured': ['captured'],
	'refund.succeeded': ['partially_refunded', 'refunded'],
	'dispute.opened': ['disputed'],
	'dispute.lost': ['charged_back'],
};

// Events that each move money; a new one that does not fit is news, never a passed stage.
const movesMoney: ReadonlySet<PaymentEvent['type']> = new Set([
	'refund.succeeded',
	'dispute.opened',
]);

// Returned by a transition that exists but whose amounts contradict ours.
const conflict = 'conflict';

/** One payment's state, amounts and the event ids it has applied. */
export class Payment {
	private current: PaymentState = 'pending';
	private capturedAmount = 0n;
	private refundedAmount = 0n;
	private stateBeforeDispute: PaymentState = 'captured';
	private readonly seen = new Set<string>();

	/** Creates a pending payment for `amount` minor units. */
	constructor(readonly amount: bigint) {}

	/** The current state. */
	get state(): PaymentState {
		return this.current;
	}

	/** Minor units captured and not refunded. */
	get netCaptured(): bigint {
		return this.capturedAmount - this.refundedAmount;
	}

	/** Applies one webhook by the rules above and says what it did. */
	apply(event: PaymentEvent): ApplyResult {
		if (this.seen.has(event.id)) return 'duplicate';
		const next = this.transition(event);
		if (next === conflict) return 'needs-fetch';
		if (next === undefined) {
			if (movesMoney.has(event.type)) return 'needs-fetch';
			const passed = stage[this.current] > eventStage[event.type];
			const already = eventTarget[event.type]?.includes(this.current) ?? false;
			return passed || already ? 'stale' : 'needs-fetch';
		}
		// Recorded only when applied: a stale or unexplained event may be resent and matter later.
		this.seen.add(event.id);
		this.current = next;
		return 'applied';
	}

	/** The state `event` leads to from here, undefined if there is no such edge, or a conflict. */
	private transition(event: PaymentEvent): PaymentState | typeof conflict | undefined {
		const from = this.current;
		switch (event.type) {
			case 'payment.failed':
				return from === 'pending' ? 'failed' : undefined;
			case 'payment.authorized':
				return from === 'pending' || from === 'failed' ? 'authorized' : undefined;
			case 'payment.canceled':
				return ['pending', 'failed', 'authorized'].includes(from) ? 'canceled' : undefined;
			case 'payment.captured': {
				const capturable = from === 'pending' || from === 'failed' || from === 'authorized';
				if (!capturable) return undefined;
				if (event.amount <= 0n || event.amount > this.amount) return conflict;
				this.capturedAmount = event.amount;
				return 'captured';
			}
			case 'refund.succeeded': {
				if (from !== 'captured' && from !== 'partially_refunded') return undefined;
				// A refund larger than what is left means our view is wrong: ask the PSP.
				if (event.amount <= 0n || event.amount > this.netCaptured) return conflict;
				this.refundedAmount += event.amount;
				return this.netCaptured === 0n ? 'refunded' : 'partially_refunded';
			}
			case 'dispute.opened':
				if (from !== 'captured' && from !== 'partially_refunded') return undefined;
				this.stateBeforeDispute = from;
				return 'disputed';
			case 'dispute.won':
				return from === 'disputed' ? this.stateBeforeDispute : undefined;
			case 'dispute.lost':
				return from === 'disputed' ? 'charged_back' : undefined;
		}
	}
}
