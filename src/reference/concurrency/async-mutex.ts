/**
 * An async mutex for single-threaded runtimes (Node, browsers, Deno). JavaScript
 * has no data races, but any `await` inside a read-modify-write lets another task
 * interleave; the mutex makes that whole section exclusive.
 */

import { WaitQueue, type AcquireOptions } from './wait-queue.ts';

/** Releases a held lock. Calling it more than once has no further effect. */
export type Release = () => void;

/** A FIFO async mutex: waiters get the lock strictly in the order they asked. */
export class Mutex {
	/** A stable, unique name; lock-ordering sorts by it to avoid deadlock. */
	readonly id: string;
	#locked = false;
	readonly #waiters = new WaitQueue();

	/** @param id stable name used for canonical lock ordering, e.g. `account:42`. */
	constructor(id = 'mutex') {
		this.id = id;
	}

	/** True while some task holds the lock. */
	get isLocked(): boolean {
		return this.#locked;
	}

	/** Number of tasks queued behind the current holder. */
	get waiting(): number {
		return this.#waiters.length;
	}

	/**
	 * Resolves with a release function once the caller holds the lock. With a `signal`, the
	 * wait can be abandoned: the promise rejects and the lock goes to the next waiter instead.
	 */
	acquire(options: AcquireOptions = {}): Promise<Release> {
		const { signal } = options;
		if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
		if (!this.#locked) {
			this.#locked = true;
			return Promise.resolve(this.#createRelease());
		}
		return this.#waiters.wait(signal);
	}

	/** Takes the lock only if it is free right now; never queues. */
	tryAcquire(): Release | undefined {
		if (this.#locked) return undefined;
		this.#locked = true;
		return this.#createRelease();
	}

	/** Runs `task` while holding the lock and always releases, even if it throws. */
	async runExclusive<T>(task: () => T | Promise<T>, options?: AcquireOptions): Promise<T> {
		const release = await this.acquire(options);
		try {
			return await task();
		} finally {
			release();
		}
	}

	#createRelease(): Release {
		let released = false;
		return () => {
			// A second call must not free a lock that now belongs to someone else.
			if (released) return;
			released = true;
			// Hand the lock straight to the next waiter without unlocking, so a
			// newcomer calling acquire() in between cannot barge ahead of the queue.
			if (!this.#waiters.grantNext(() => this.#createRelease())) this.#locked = false;
		};
	}
}
