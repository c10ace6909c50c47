/**
 * One subscriber's view of the broker: a bounded queue of ready messages, the deliveries it
 * holds unacknowledged, redelivery after a visibility timeout, and dead-lettering.
 */

import { Mutex } from '../../concurrency/async-mutex.ts';
import type { DeadLetterSink, Delivery, Message } from './message.ts';
import type { Admission, OverflowPolicy, ReadyQueue } from './overflow-policy.ts';
import type { TopicPattern } from './topic-pattern.ts';

/** How a subscription buffers and delivers. */
export interface SubscriptionOptions {
	/** Most ready (not yet delivered) messages held; the overflow policy decides beyond it. */
	readonly capacity: number;
	readonly overflow: OverflowPolicy;
	/** At-most-once forgets a message when it is handed over; at-least-once waits for an ack. */
	readonly delivery: 'at-most-once' | 'at-least-once';
	/** At-least-once: most deliveries held unacknowledged at once (RabbitMQ's prefetch). Default 1. */
	readonly maxInFlight?: number;
	/** At-least-once: how long a delivery may stay unacknowledged before redelivery. Default 30 s. */
	readonly visibilityTimeoutMs?: number;
	/** At-least-once: deliveries of one message before it is dead-lettered. Default 5. */
	readonly maxAttempts?: number;
	readonly deadLetters?: DeadLetterSink;
}

/** The answer to an ack or nack. */
export type SettleResult =
	'acked' | 'requeued' | 'dead-lettered' | 'expired' | 'unknown' | 'closed';

interface InFlight {
	readonly message: Message;
	readonly attempt: number;
	readonly deadline: number;
}

/** A subscription, created by `Broker.subscribe`. */
export class Subscription {
	readonly id: number;
	readonly pattern: TopicPattern;
	readonly #options: Required<Omit<SubscriptionOptions, 'deadLetters'>>;
	readonly #deadLetters: DeadLetterSink | undefined;
	readonly #now: () => number;
	/** Ready messages in publish order (ascending id). */
	readonly #ready: Message[] = [];
	readonly #inFlight = new Map<string, InFlight>();
	readonly #attempts = new Map<number, number>();
	// One admission at a time, FIFO: a publisher woken for a free slot gets it before a newcomer.
	readonly #admission: Mutex;
	#spaceWaiters: (() => void)[] = [];
	#readableWaiters: (() => void)[] = [];
	#closed = false;

	/** @throws naming the option and the fix when an option is out of range. */
	constructor(id: number, pattern: TopicPattern, options: SubscriptionOptions, now: () => number) {
		this.#options = {
			maxInFlight: 1,
			visibilityTimeoutMs: 30_000,
			maxAttempts: 5,
			...options,
		};
		for (const field of [
			'capacity',
			'maxInFlight',
			'visibilityTimeoutMs',
			'maxAttempts',
		] as const) {
			const value = this.#options[field];
			if (!Number.isInteger(value) || value < 1) {
				throw new Error(
					`Subscription "${pattern.source}": options.${field} is ${String(value)}; it must be a whole number of at least 1.`,
				);
			}
		}
		this.id = id;
		this.pattern = pattern;
		this.#deadLetters = options.deadLetters;
		this.#now = now;
		this.#admission = new Mutex(`subscription:${String(id)}`);
	}

	/** Ready messages waiting for delivery. */
	get depth(): number {
		return this.#ready.length;
	}

	/** Deliveries handed out and not yet acknowledged. */
	get inFlight(): number {
		return this.#inFlight.size;
	}

	/** True once unsubscribed. */
	get isClosed(): boolean {
		return this.#closed;
	}

	/** Offers a published message; the overflow policy decides if the queue is full. */
	offer(message: Message): Promise<Admission> {
		return this.#admission.runExclusive(() => {
			if (this.#closed) return { outcome: 'closed' as const };
			if (!this.#isFull()) {
				this.#push(message);
				return { outcome: 'queued' as const };
			}
			return this.#options.overflow.admitWhenFull(this.#queueView, message);
		});
	}

	/** Takes up to `max` ready messages, oldest first; synchronous, so no other task can interleave. */
	receive(max = 1): Delivery[] {
		if (this.#closed) return [];
		this.requeueExpired();
		const atLeastOnce = this.#options.delivery === 'at-least-once';
		const room = atLeastOnce ? this.#options.maxInFlight - this.#inFlight.size : max;
		const deliveries: Delivery[] = [];
		while (deliveries.length < Math.min(max, room) && this.#ready.length > 0) {
			const message = this.#ready.shift() as Message;
			if (!atLeastOnce) {
				deliveries.push({ message, attempt: 1, handle: undefined });
				continue;
			}
			const attempt = (this.#attempts.get(message.id) ?? 0) + 1;
			this.#attempts.set(message.id, attempt);
			const handle = `${String(message.id)}#${String(attempt)}`;
			const deadline = this.#now() + this.#options.visibilityTimeoutMs;
			this.#inFlight.set(handle, { message, attempt, deadline });
			deliveries.push({ message, attempt, handle });
		}
		if (deliveries.length > 0) this.#wake('space');
		return deliveries;
	}

	/** Confirms a delivery. Too late (past its deadline) counts as a timeout, and it is redelivered. */
	ack(handle: string): SettleResult {
		if (this.#closed) return 'closed';
		const entry = this.#inFlight.get(handle);
		if (entry === undefined) return 'unknown';
		if (this.#now() >= entry.deadline) {
			this.#retry(handle, entry, 'visibility-timeout');
			return 'expired';
		}
		this.#inFlight.delete(handle);
		this.#attempts.delete(entry.message.id);
		// A prefetch slot is free again: a consumer waiting for it may receive now.
		this.#wake('readable');
		return 'acked';
	}

	/** Refuses a delivery: it is redelivered at once, or dead-lettered after its last attempt. */
	nack(handle: string): SettleResult {
		if (this.#closed) return 'closed';
		const entry = this.#inFlight.get(handle);
		if (entry === undefined) return 'unknown';
		return this.#retry(handle, entry, 'nacked');
	}

	/** Returns every delivery past its visibility deadline to the queue (or dead letters). */
	requeueExpired(): number {
		let count = 0;
		for (const [handle, entry] of this.#inFlight) {
			if (this.#now() < entry.deadline) continue;
			this.#retry(handle, entry, 'visibility-timeout');
			count++;
		}
		return count;
	}

	/**
	 * Resolves when `receive` would hand something over (a ready message and, for at-least-once,
	 * a free prefetch slot) or the subscription has closed. Resolving on a ready message alone
	 * would spin a consumer whose prefetch is used up, since its `receive` returns nothing.
	 */
	whenReadable(): Promise<void> {
		if (this.#closed || this.#canDeliver()) return Promise.resolve();
		return new Promise((resolve) => this.#readableWaiters.push(resolve));
	}

	/** Closes for good: discards ready and in-flight messages and releases every waiter. */
	close(): number {
		if (this.#closed) return 0;
		this.#closed = true;
		const discarded = this.#ready.length + this.#inFlight.size;
		this.#ready.length = 0;
		this.#inFlight.clear();
		this.#attempts.clear();
		// A publisher blocked on this queue must not wait forever for space that never comes.
		this.#wake('space');
		this.#wake('readable');
		return discarded;
	}

	#retry(handle: string, entry: InFlight, reason: 'nacked' | 'visibility-timeout'): SettleResult {
		this.#inFlight.delete(handle);
		if (entry.attempt >= this.#options.maxAttempts) {
			this.#attempts.delete(entry.message.id);
			const letter = {
				message: entry.message,
				subscriptionId: this.id,
				attempts: entry.attempt,
				reason,
			};
			this.#deadLetters?.put(letter);
			this.#wake('readable');
			return 'dead-lettered';
		}
		// Back in id order, ahead of newer messages, so a retry keeps its place in line.
		const at = this.#ready.findIndex((queued) => queued.id > entry.message.id);
		this.#ready.splice(at === -1 ? this.#ready.length : at, 0, entry.message);
		this.#wake('readable');
		return 'requeued';
	}

	#canDeliver(): boolean {
		if (this.#ready.length === 0) return false;
		if (this.#options.delivery === 'at-most-once') return true;
		return this.#inFlight.size < this.#options.maxInFlight;
	}

	#isFull(): boolean {
		return this.#ready.length >= this.#options.capacity;
	}

	#push(message: Message): void {
		this.#ready.push(message);
		this.#wake('readable');
	}

	#wake(what: 'space' | 'readable'): void {
		const waiters = what === 'space' ? this.#spaceWaiters : this.#readableWaiters;
		if (what === 'space') this.#spaceWaiters = [];
		else this.#readableWaiters = [];
		for (const resolve of waiters) resolve();
	}

	/** The queue as an overflow policy sees it: enough to decide, nothing more. */
	readonly #queueView: ReadyQueue = this.#createQueueView();

	#createQueueView(): ReadyQueue {
		const isFull = (): boolean => this.#isFull();
		const isClosed = (): boolean => this.#closed;
		return {
			get isFull() {
				return isFull();
			},
			get isClosed() {
				return isClosed();
			},
			push: (message) => {
				this.#push(message);
			},
			dropOldest: () => this.#ready.shift(),
			whenSpaceOrClosed: () =>
				this.#closed
					? Promise.resolve()
					: new Promise<void>((resolve) => this.#spaceWaiters.push(resolve)),
		};
	}
}
