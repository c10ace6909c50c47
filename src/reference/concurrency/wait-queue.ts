import type { Release } from './async-mutex.ts';

/** Options for an `acquire` that may have to wait. */
export interface AcquireOptions {
	/**
	 * Stops waiting when it aborts: the promise rejects with `signal.reason` and the lock is
	 * never handed to this caller. `AbortSignal.timeout(ms)` gives a timed acquire.
	 */
	readonly signal?: AbortSignal;
}

interface Waiter {
	grant(release: Release): void;
}

/**
 * The FIFO queue behind the mutex and the semaphore. A waiter that gives up is removed at
 * once, so a release can only ever hand the lock to someone still waiting for it.
 */
export class WaitQueue {
	// A Set keeps insertion order (FIFO) and removes an aborted waiter in O(1).
	readonly #waiters = new Set<Waiter>();

	/** Number of callers still waiting. */
	get length(): number {
		return this.#waiters.size;
	}

	/** Waits for a `grant`; rejects with the signal's reason if it aborts first. */
	wait(signal?: AbortSignal): Promise<Release> {
		if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
		return new Promise<Release>((resolve, reject) => {
			const onAbort = (): void => {
				this.#waiters.delete(waiter);
				reject(signal?.reason as Error);
			};
			const waiter: Waiter = {
				grant: (release) => {
					signal?.removeEventListener('abort', onAbort);
					resolve(release);
				},
			};
			this.#waiters.add(waiter);
			signal?.addEventListener('abort', onAbort, { once: true });
		});
	}

	/** Hands a release to the oldest waiter. Returns false, granting nothing, if none is left. */
	grantNext(createRelease: () => Release): boolean {
		const next = this.#waiters.values().next();
		if (next.done === true) return false;
		this.#waiters.delete(next.value);
		next.value.grant(createRelease());
		return true;
	}
}
