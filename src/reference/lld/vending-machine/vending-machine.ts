/**
 * A vending machine as a small state machine: coins build up credit, a selection dispenses and
 * returns change, a card payment waits on an authorizer, and a service mode stops sales.
 *
 * The state is a discriminated union and every method switches on it, which gives the State
 * pattern's guarantee (each state decides what each input means) without a class per state.
 */

import { Inventory } from './inventory.ts';

/** Asks a card network to approve a charge; async because it is a network call. */
export interface CardAuthorizer {
	authorize(amountCents: number): Promise<boolean>;
}

/** Where the machine is in a sale. */
export type MachineState =
	| { readonly kind: 'idle' }
	| { readonly kind: 'has-credit'; readonly creditCents: number }
	| { readonly kind: 'authorizing'; readonly code: string }
	| { readonly kind: 'out-of-service' };

/** What a buyer gets back from an action. Failures are values, so the caller must handle them. */
export type SaleResult =
	| { readonly ok: true; readonly product: string; readonly changeCents: number }
	| {
			readonly ok: false;
			readonly reason: 'unknown-code' | 'sold-out' | 'insufficient-credit' | 'busy' | 'declined';
			readonly refundCents: number;
	  };

/** Coins the machine accepts, in cents (US nickel, dime, quarter, dollar coin). */
export const ACCEPTED_COINS: ReadonlySet<number> = new Set([5, 10, 25, 100]);

/** One machine: inventory plus the state of the sale in progress. */
export class VendingMachine {
	#state: MachineState = { kind: 'idle' };

	constructor(
		private readonly inventory: Inventory,
		private readonly cards: CardAuthorizer,
	) {}

	/** The current state, for a display or a test. */
	get state(): MachineState {
		return this.#state;
	}

	/** Adds a coin to the credit. Returns false (the coin drops to the return tray) if refused. */
	insertCoin(cents: number): boolean {
		if (!ACCEPTED_COINS.has(cents)) return false;
		switch (this.#state.kind) {
			case 'idle':
				this.#state = { kind: 'has-credit', creditCents: cents };
				return true;
			case 'has-credit':
				this.#state = { kind: 'has-credit', creditCents: this.#state.creditCents + cents };
				return true;
			case 'authorizing':
			case 'out-of-service':
				return false;
		}
	}

	/** Buys `code` with the inserted credit and returns the change. */
	select(code: string): SaleResult {
		if (this.#state.kind !== 'has-credit') {
			return {
				ok: false,
				reason: this.#state.kind === 'idle' ? 'insufficient-credit' : 'busy',
				refundCents: 0,
			};
		}
		const credit = this.#state.creditCents;
		const slot = this.inventory.find(code);
		// Keep the credit on a failed selection so the buyer can choose again or cancel.
		if (slot === undefined) return { ok: false, reason: 'unknown-code', refundCents: 0 };
		if (credit < slot.priceCents)
			return { ok: false, reason: 'insufficient-credit', refundCents: 0 };
		if (!this.inventory.take(code)) return { ok: false, reason: 'sold-out', refundCents: 0 };
		this.#state = { kind: 'idle' };
		return { ok: true, product: slot.product, changeCents: credit - slot.priceCents };
	}

	/** Returns all inserted credit and goes back to idle. */
	cancel(): number {
		if (this.#state.kind !== 'has-credit') return 0;
		const refund = this.#state.creditCents;
		this.#state = { kind: 'idle' };
		return refund;
	}

	/**
	 * Buys `code` by card. The item is taken and the state set to `authorizing` before the
	 * await, so nothing that runs while the network call is out can sell the same item or
	 * start a second sale; a decline puts the item back.
	 */
	async payByCard(code: string): Promise<SaleResult> {
		if (this.#state.kind !== 'idle') return { ok: false, reason: 'busy', refundCents: 0 };
		const slot = this.inventory.find(code);
		if (slot === undefined) return { ok: false, reason: 'unknown-code', refundCents: 0 };
		if (!this.inventory.take(code)) return { ok: false, reason: 'sold-out', refundCents: 0 };
		this.#state = { kind: 'authorizing', code };
		let approved: boolean;
		try {
			approved = await this.cards.authorize(slot.priceCents);
		} catch {
			// Handled as a decline: the item stays. The charge may still have gone through, which a
			// production machine settles by asking the card network before it gives up the sale.
			approved = false;
		}
		if (!approved) this.inventory.putBack(code);
		this.#state = { kind: 'idle' };
		return approved
			? { ok: true, product: slot.product, changeCents: 0 }
			: { ok: false, reason: 'declined', refundCents: 0 };
	}

	/**
	 * Takes the machine out of service, refunding any credit. Refused while a card payment is
	 * out, so a sale is never cut off halfway.
	 */
	enterService(): { readonly entered: boolean; readonly refundCents: number } {
		if (this.#state.kind === 'authorizing') return { entered: false, refundCents: 0 };
		const refundCents = this.cancel();
		this.#state = { kind: 'out-of-service' };
		return { entered: true, refundCents };
	}

	/** Puts the machine back in service after restocking or repair. */
	leaveService(): void {
		if (this.#state.kind === 'out-of-service') this.#state = { kind: 'idle' };
	}
}
