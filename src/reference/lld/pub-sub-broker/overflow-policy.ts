/**
 * What a subscription does with a new message when its ready queue is full: the Strategy that
 * decides who pays for a slow subscriber (old messages, new messages, or the publisher's time).
 */

import type { Message } from './message.ts';

/** The bounded ready queue as a policy sees it. */
export interface ReadyQueue {
	readonly isFull: boolean;
	readonly isClosed: boolean;
	/** Appends at the tail. */
	push(message: Message): void;
	/** Removes and returns the oldest ready message. */
	dropOldest(): Message | undefined;
	/** Resolves when a slot frees up or the subscription closes. */
	whenSpaceOrClosed(): Promise<void>;
}

/** What happened to one message at one subscription. */
export type Admission =
	| { readonly outcome: 'queued'; readonly dropped?: Message }
	| { readonly outcome: 'rejected' }
	| { readonly outcome: 'closed' };

/** Decides the fate of `message` at a full queue. Called with the subscription's admission lock held. */
export interface OverflowPolicy {
	readonly name: string;
	admitWhenFull(queue: ReadyQueue, message: Message): Admission | Promise<Admission>;
}

/** Keep the newest: evict the oldest ready message. Right for state that newer messages replace. */
export const dropOldest: OverflowPolicy = {
	name: 'drop-oldest',
	admitWhenFull(queue, message) {
		const dropped = queue.dropOldest();
		queue.push(message);
		return dropped === undefined ? { outcome: 'queued' } : { outcome: 'queued', dropped };
	},
};

/** Keep what is queued: refuse the new message. Right when history matters more than freshness. */
export const dropNewest: OverflowPolicy = {
	name: 'drop-newest',
	admitWhenFull() {
		return { outcome: 'rejected' };
	},
};

/** Lose nothing: make the publisher wait for a slot (backpressure). */
export const block: OverflowPolicy = {
	name: 'block',
	async admitWhenFull(queue, message) {
		// A loop, not an if: a wake-up is a hint, and the queue may be full again or closed.
		while (queue.isFull && !queue.isClosed) await queue.whenSpaceOrClosed();
		if (queue.isClosed) return { outcome: 'closed' };
		queue.push(message);
		return { outcome: 'queued' };
	},
};
