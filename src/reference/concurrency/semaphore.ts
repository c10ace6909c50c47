import type { Release } from './async-mutex.ts';

/**
 * A counting semaphore: at most `permits` tasks hold it at once. Use it to cap
 * concurrency (outbound requests, database connections, CPU-heavy jobs).
 * Waiters are served first in, first out.
 */
export class Semaphore {
	#available: number;
	readonly #waiters: ((release: Release) => void)[] = [];

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

	/** Resolves with a release function once a permit is held. */
	acquire(): Promise<Release> {
		if (this.#available > 0) {
			this.#available--;
			return Promise.resolve(this.#createRelease());
		}
		return new Promise<Release>((resolve) => this.#waiters.push(resolve));
	}

	/** Takes a permit only if one is free now; never queues. */
	tryAcquire(): Release | undefined {
		if (this.#available === 0) return undefined;
		this.#available--;
		return this.#createRelease();
	}

	/** Runs `task` holding one permit, returning it even if the task throws. */
	async run<T>(task: () => T | Promise<T>): Promise<T> {
		const release = await this.acquire();
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
			const next = this.#waiters.shift();
			// Pass the permit directly to the oldest waiter; the count stays unchanged.
			if (next !== undefined) next(this.#createRelease());
			else this.#available++;
		};
	}
}
