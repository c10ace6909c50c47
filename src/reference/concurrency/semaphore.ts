import type { Release } from './async-mutex.ts';
import { WaitQueue, type AcquireOptions } from './wait-queue.ts';

/**
 * A counting semaphore: at most `permits` tasks hold it at once. Use it to cap
 * concurrency (outbound requests, database connections, CPU-heavy jobs).
 * Waiters are served first in, first out.
 */
export class Semaphore {
	#available: number;
	readonly #waiters = new WaitQueue();

	/** @param permits how many holders may run at once; a positive integer. */
	constructor(permits: number) {
		if (!Number.isInteger(permits) || permits < 1) {
			throw new RangeError(`permits must be a positive integer, got ${permits}`);
		}
		this.#available = permits;
	}

	/** Permits free right now. */
	get available(): number {
		return this.#available;
	}

	/** Tasks queued for a permit. */
	get waiting(): number {
		return this.#waiters.length;
	}

	/**
	 * Resolves with a release function once a permit is held. With a `signal`, the wait can
	 * be abandoned: the promise rejects and the permit goes to the next waiter instead.
	 */
	acquire(options: AcquireOptions = {}): Promise<Release> {
		const { signal } = options;
		if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
		if (this.#available > 0) {
			this.#available--;
			return Promise.resolve(this.#createRelease());
		}
		return this.#waiters.wait(signal);
	}

	/** Takes a permit only if one is free now; never queues. */
	tryAcquire(): Release | undefined {
		if (this.#available === 0) return undefined;
		this.#available--;
		return this.#createRelease();
	}

	/** Runs `task` holding one permit, returning it even if the task throws. */
	async run<T>(task: () => T | Promise<T>, options?: AcquireOptions): Promise<T> {
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
			// Releasing twice would mint a permit out of thin air.
			if (released) return;
			released = true;
			// Pass the permit directly to the oldest waiter; the count stays unchanged.
			if (!this.#waiters.grantNext(() => this.#createRelease())) this.#available++;
		};
	}
}
