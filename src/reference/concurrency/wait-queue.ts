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
	/** Resolves the wait with a new release; returns false, taking nothing, if it has aborted. */
	grant(createRelease: () => Release): boolean;
}

/**
 * The FIFO queue behind the mutex and the semaphore. A waiter that gives up is removed at
 * once, and a release skips any waiter whose signal has aborted, so the lock only ever goes
 * to someone still waiting for it.
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
				grant: (createRelease) => {
					signal?.removeEventListener('abort', onAbort);
					// The signal can be aborted with our listener not yet run: an earlier
					// listener on the same signal released the lock mid-dispatch.
					if (signal?.aborted === true) {
						reject(signal.reason as Error);
						return false;
					}
					resolve(createRelease());
					return true;
				},
			};
			this.#waiters.add(waiter);
			signal?.addEventListener('abort', onAbort, { once: true });
		});
	}

	/**
	 * Hands a release to the oldest waiter whose signal has not aborted. Returns false,
	 * granting nothing, if none is left.
	 */
	grantNext(createRelease: () => Release): boolean {
		for (const waiter of this.#waiters) {
			this.#waiters.delete(waiter);
			if (waiter.grant(createRelease)) return true;
		}
		return false;
	}
}
