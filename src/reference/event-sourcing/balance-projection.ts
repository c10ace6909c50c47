/**
 * A CQRS read model: account balances built from the global event log, behind it by however
 * many events it has not processed yet.
 *
 * The projection keeps a checkpoint, the global position of the last event it applied. In a
 * real database the read-model rows and the checkpoint are written in one transaction, so a
 * crash between them cannot apply an event twice. A writer that gets back the position of its
 * event can ask for a read "at least as fresh as" that position: read-your-writes.
 */

import type { InMemoryEventStore } from './event-store.ts';
import { deserializeEvent } from './upcasting.ts';

/** A read-model answer: fresh enough, or stale with how far the projection has come. */
export type BalanceRead =
	| { readonly fresh: true; readonly balanceCents: number | undefined }
	| { readonly fresh: false; readonly checkpoint: number };

/** Balances per account, kept up to date by {@link BalanceProjection.catchUp}. */
export class BalanceProjection {
	private readonly balances = new Map<string, number>();
	private position = 0;

	constructor(private readonly store: InMemoryEventStore) {}

	/** The global position of the last event applied. */
	checkpoint(): number {
		return this.position;
	}

	/** Applies up to `maxEvents` new events from the log; returns how many it applied. */
	catchUp(maxEvents = Number.POSITIVE_INFINITY): number {
		const batch = this.store.readAll(this.position, maxEvents);
		for (const stored of batch) {
			const event = deserializeEvent(stored);
			const balance = this.balances.get(stored.streamId) ?? 0;
			if (event.type === 'AccountOpened') this.balances.set(stored.streamId, 0);
			if (event.type === 'MoneyDeposited') {
				this.balances.set(stored.streamId, balance + event.amountCents);
			}
			if (event.type === 'MoneyWithdrawn') {
				this.balances.set(stored.streamId, balance - event.amountCents);
			}
			this.position = stored.position;
		}
		return batch.length;
	}

	/**
	 * The balance, if the projection has applied everything up to `minPosition` (0 accepts any
	 * staleness). A caller that gets `fresh: false` can wait and retry, or read the aggregate.
	 */
	balance(accountId: string, minPosition = 0): BalanceRead {
		if (this.position < minPosition) return { fresh: false, checkpoint: this.position };
		return { fresh: true, balanceCents: this.balances.get(accountId) };
	}
}
