/**
 * An in-process publish/subscribe broker: routes each published message to every subscription
 * whose pattern matches its topic, and lets each subscription buffer and deliver on its own terms.
 */

import type { Admission } from './overflow-policy.ts';
import { Subscription, type SubscriptionOptions } from './subscription.ts';
import { TopicPattern, assertTopic } from './topic-pattern.ts';

/** What one publish did, counted over the subscriptions that matched its topic. */
export interface PublishReport {
	readonly messageId: number;
	readonly matched: number;
	readonly queued: number;
	/** Older messages evicted to make room (drop-oldest). */
	readonly evicted: number;
	/** Subscriptions that refused this message (drop-newest). */
	readonly rejected: number;
	/** Subscriptions that closed before the message got in. */
	readonly closed: number;
}

/** The broker. Time is injected so visibility timeouts are testable. */
export class Broker {
	readonly #now: () => number;
	readonly #subscriptions = new Map<number, Subscription>();
	#nextMessageId = 1;
	#nextSubscriptionId = 1;

	/** @param now clock in milliseconds; `Date.now` in production, a manual clock in tests. */
	constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	/** Subscribes to an exact topic (`orders.created`) or a pattern (`orders.*`, `audit.#`). */
	subscribe(pattern: string, options: SubscriptionOptions): Subscription {
		const subscription = new Subscription(
			this.#nextSubscriptionId++,
			new TopicPattern(pattern),
			options,
			this.#now,
		);
		this.#subscriptions.set(subscription.id, subscription);
		return subscription;
	}

	/** Removes a subscription; returns how many ready or in-flight messages it discarded. */
	unsubscribe(subscription: Subscription): number {
		this.#subscriptions.delete(subscription.id);
		return subscription.close();
	}

	/**
	 * Publishes to every subscription matching `topic` at this moment. Resolves once each has
	 * queued, evicted, rejected or closed; with a blocking subscription that is backpressure.
	 */
	async publish(topic: string, payload: unknown): Promise<PublishReport> {
		assertTopic(topic);
		const message = { id: this.#nextMessageId++, topic, payload, publishedAt: this.#now() };
		// The audience is fixed now: a subscription added while this publish waits does not get it.
		const targets = [...this.#subscriptions.values()].filter((s) => s.pattern.matches(topic));
		// Offered to all at once, so one blocked subscription does not delay the others.
		const admissions = await Promise.all(targets.map((s) => s.offer(message)));
		return summarize(message.id, admissions);
	}

	/** Redelivers (or dead-letters) every expired delivery; a timer calls this in production. */
	requeueExpired(): number {
		let count = 0;
		for (const subscription of this.#subscriptions.values()) count += subscription.requeueExpired();
		return count;
	}
}

function summarize(messageId: number, admissions: readonly Admission[]): PublishReport {
	const count = (outcome: Admission['outcome']) =>
		admissions.filter((a) => a.outcome === outcome).length;
	const evicted = admissions.filter((a) => a.outcome === 'queued' && a.dropped !== undefined);
	return {
		messageId,
		matched: admissions.length,
		queued: count('queued'),
		evicted: evicted.length,
		rejected: count('rejected'),
		closed: count('closed'),
	};
}
