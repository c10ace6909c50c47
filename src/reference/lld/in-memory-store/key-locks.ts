/**
 * One async mutex per key, made on demand and dropped when idle, for read-modify-write
 * sequences that await between the read and the write. Different keys never wait on each other.
 */

import { Mutex } from '../../concurrency/async-mutex.ts';

/** A lock table keyed by string. */
export class KeyLocks {
	readonly #locks = new Map<string, Mutex>();

	/** Keys that currently have a lock object (held or awaited). */
	get size(): number {
		return this.#locks.size;
	}

	/** Runs `task` while holding `key`'s lock; callers on the same key go one at a time, FIFO. */
	async run<T>(key: string, task: () => T | Promise<T>): Promise<T> {
		let mutex = this.#locks.get(key);
		if (mutex === undefined) {
			mutex = new Mutex(key);
			this.#locks.set(key, mutex);
		}
		try {
			return await mutex.runExclusive(task);
		} finally {
			// Forget an idle lock, or the table grows by one mutex per key ever touched.
			if (!mutex.isLocked && mutex.waiting === 0) this.#locks.delete(key);
		}
	}
}
