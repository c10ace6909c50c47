/** The values that move through the broker: messages, deliveries and dead letters. */

/** A published message. `id` grows with every publish, so it also records publish order. */
export interface Message {
	readonly id: number;
	readonly topic: string;
	readonly payload: unknown;
	readonly publishedAt: number;
}

/** One hand-over of a message to a subscriber. */
export interface Delivery {
	readonly message: Message;
	/** 1 on first delivery, 2 on the first redelivery, and so on. */
	readonly attempt: number;
	/** Present only for at-least-once subscriptions: pass it to `ack` or `nack`. */
	readonly handle: string | undefined;
}

/** A message that a subscription gave up on after its last allowed attempt. */
export interface DeadLetter {
	readonly message: Message;
	readonly subscriptionId: number;
	readonly attempts: number;
	readonly reason: 'nacked' | 'visibility-timeout';
}

/** Where dead letters go: a list in tests, a table or another topic in production. */
export interface DeadLetterSink {
	put(letter: DeadLetter): void;
}
