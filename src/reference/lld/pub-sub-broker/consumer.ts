/**
 * A push-style consumer loop over one subscription: receive, await the handler, then ack or
 * nack. One message at a time, so the handler sees the subscription's order.
 */

import type { Message } from './message.ts';
import type { Subscription } from './subscription.ts';

/** The subscriber's code. Throwing means "not processed". */
export type Handler = (message: Message, attempt: number) => Promise<void>;

/** What a consumer loop did before its subscription closed. */
export interface ConsumeSummary {
	handled: number;
	failed: number;
	/** Handled, but the ack came too late (redelivered) or after unsubscribe (discarded). */
	unconfirmed: number;
}

/** Runs until the subscription is closed, then resolves with what it did. */
export async function consume(
	subscription: Subscription,
	handler: Handler,
): Promise<ConsumeSummary> {
	const summary: ConsumeSummary = { handled: 0, failed: 0, unconfirmed: 0 };
	while (!subscription.isClosed) {
		const [delivery] = subscription.receive(1);
		if (delivery === undefined) {
			await subscription.whenReadable();
			continue;
		}
		try {
			await handler(delivery.message, delivery.attempt);
		} catch {
			// At-most-once: the message is gone. At-least-once: it comes back or is dead-lettered.
			summary.failed++;
			if (delivery.handle !== undefined) subscription.nack(delivery.handle);
			continue;
		}
		summary.handled++;
		// The handler awaited: the subscription may have closed or the deadline passed meanwhile.
		if (delivery.handle !== undefined && subscription.ack(delivery.handle) !== 'acked') {
			summary.unconfirmed++;
		}
	}
	return summary;
}
