/**
 * A bounded async queue: the producer-consumer buffer for one event loop. `put` waits while the
 * queue is full and `take` waits while it is empty, so a fast producer is slowed to the pace of
 * its consumers (backpressure) instead of growing memory without limit.
 *
 * The interviewer's probe is the hand-off: when a consumer is already waiting, `put` gives the
 * item straight to it, and when a producer is waiting, `take` moves its item into the freed slot.
 * Nobody can slip in between and take the slot or the item that a waiter was promised. (The
 * WaitQueue beside this file is the lock's waiter list, not a buffer of items.)
 */
import type { AcquireOptions } from './wait-queue.ts';

interface Waiter<T> {
	resolve: (value: T) => void;
	reject: (reason: unknown) => void;
	signal: AbortSignal | undefined;
	onAbort: () => void;
}

/** A FIFO queue holding at most `capacity` items. */
export class BoundedQueue<T> {
	readonly capacity: number;
	readonly #items: T[] = [];
	// Index of the oldest item: shift() is O(n), a moving head is O(1).
	#head = 0;
	readonly #takers = new Set<Waiter<T>>();
	readonly #putters = new Map<Waiter<void>, T>();

	/** @param capacity the most items held at once; a positive integer. */
	constructor(capacity: number) {
		if (!Number.isInteger(capacity) || capacity < 1) {
			throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
		}
		this.capacity = capacity;
	}

	/** Items in the queue now. */
	get size(): number {
		return this.#items.length - this.#head;
	}

	/** Consumers waiting for an item. */
	get waitingTakers(): number {
		return this.#takers.size;
	}

	/** Producers waiting for room. */
	get waitingPutters(): number {
		return this.#putters.size;
	}

	/** Adds `item` now if there is room (or a consumer waiting); returns whether it did. */
	tryPut(item: T): boolean {
		const taker = first(this.#takers);
		if (taker !== undefined) {
			this.#settle(this.#takers, taker);
			taker.resolve(item);
			return true;
		}
		if (this.size >= this.capacity) return false;
		this.#items.push(item);
		return true;
	}

	/** Adds `item`, waiting for room while the queue is full. A `signal` abandons the wait. */
	put(item: T, options: AcquireOptions = {}): Promise<void> {
		if (options.signal?.aborted === true) return Promise.reject(options.signal.reason as Error);
		if (this.tryPut(item)) return Promise.resolve();
		return this.#wait<void>(
			options.signal,
			(waiter) => this.#putters.set(waiter, item),
			this.#putters,
		);
	}

	/** The oldest item now, or undefined when the queue is empty. */
	tryTake(): { item: T } | undefined {
		if (this.size === 0) return undefined;
		const item = this.#items[this.#head] as T;
		this.#items[this.#head] = undefined as T;
		this.#head++;
		if (this.#head * 2 >= this.#items.length) {
			this.#items.splice(0, this.#head);
			this.#head = 0;
		}
		// A slot is free: the oldest waiting producer's item takes it before anyone else's.
		const putter = first(this.#putters.keys());
		if (putter !== undefined) {
			this.#items.push(this.#putters.get(putter) as T);
			this.#settle(this.#putters, putter);
			putter.resolve();
		}
		return { item };
	}

	/** The oldest item, waiting while the queue is empty. A `signal` abandons the wait. */
	take(options: AcquireOptions = {}): Promise<T> {
		if (options.signal?.aborted === true) return Promise.reject(options.signal.reason as Error);
		const taken = this.tryTake();
		if (taken !== undefined) return Promise.resolve(taken.item);
		return this.#wait<T>(options.signal, (waiter) => this.#takers.add(waiter), this.#takers);
	}

	#wait<V>(
		signal: AbortSignal | undefined,
		enqueue: (waiter: Waiter<V>) => void,
		queue: Set<Waiter<V>> | Map<Waiter<V>, T>,
	): Promise<V> {
		return new Promise<V>((resolve, reject) => {
			const waiter: Waiter<V> = {
				resolve,
				reject,
				signal,
				// An abandoned wait leaves the line at once: it must never be handed an item or a slot.
				onAbort: () => {
					queue.delete(waiter);
					reject(signal?.reason as Error);
				},
			};
			enqueue(waiter);
			signal?.addEventListener('abort', waiter.onAbort, { once: true });
		});
	}

	#settle<V>(queue: Set<Waiter<V>> | Map<Waiter<V>, T>, waiter: Waiter<V>): void {
		queue.delete(waiter);
		waiter.signal?.removeEventListener('abort', waiter.onAbort);
	}
}

function first<V>(values: Iterable<V>): V | undefined {
	for (const value of values) return value;
	return undefined;
}
