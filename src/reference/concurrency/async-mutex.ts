/**
 * An async mutex for single-threaded runtimes (Node, browsers, Deno). JavaScript
 * has no data races, but any `await` inside a read-modify-write lets another task
 * interleave; the mutex makes that whole section exclusive.
 */

/** Releases a held lock. Calling it more than once has no further effect. */
export type Release = () => void;

/** A FIFO async mutex: waiters get the lock strictly in the order they asked. */
export class Mutex {
	/** A stable, unique name; lock-ordering sorts by it to avoid deadlock. */
	readonly id: string;
	#locked = false;
	readonly #waiters: ((release: Release) => void)[] = [];

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

	/** Resolves with a release function once the caller holds the lock. */
	acquire(): Promise<Release> {
		if (!this.#locked) {
			this.#locked = true;
			return Promise.resolve(this.#createRelease());
		}
		return new Promise<Release>((resolve) => this.#waiters.push(resolve));
	}

	/** Takes the lock only if it is free right now; never queues. */
	tryAcquire(): Release | undefined {
		if (this.#locked) return undefined;
		this.#locked = true;
		return this.#createRelease();
	}

	/** Runs `task` while holding the lock and always releases, even if it throws. */
	async runExclusive<T>(task: () => T | Promise<T>): Promise<T> {
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
			// A second call must not free a lock that now belongs to someone else.
			if (released) return;
			released = true;
			const next = this.#waiters.shift();
			// Hand the lock straight to the next waiter without unlocking, so a
			// newcomer calling acquire() in between cannot barge ahead of the queue.
			if (next !== undefined) next(this.#createRelease());
			else this.#locked = false;
		};
	}
}
