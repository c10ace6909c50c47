import type { Release } from './async-mutex.ts';

/** Anything that can be locked and has a stable, unique id to sort by. */
export interface OrderedLock {
	readonly id: string;
	acquire(): Promise<Release>;
}

/** Compares ids by UTF-16 code units: the same answer on every machine and locale. */
function byId(a: OrderedLock, b: OrderedLock): number {
	if (a.id < b.id) return -1;
	return a.id > b.id ? 1 : 0;
}

/**
 * Acquires several locks in one global order (ascending id), whatever order the
 * caller listed them in. If every task does this, no cycle of tasks each holding
 * one lock and waiting for the next can form, so the "circular wait" condition
 * for deadlock never holds. Returns one function that releases them all.
 */
export async function acquireAll(locks: readonly OrderedLock[]): Promise<Release> {
	const ordered = dedupe([...locks].sort(byId));
	const held: Release[] = [];
	try {
		for (const lock of ordered) held.push(await lock.acquire());
	} catch (error) {
		// Never leave a partial set of locks held if one acquisition fails.
		releaseAll(held);
		throw error;
	}
	let released = false;
	return () => {
		if (released) return;
		released = true;
		releaseAll(held);
	};
}

/** Runs `task` holding every lock in `locks`, releasing all of them even on throw. */
export async function withLocks<T>(
	locks: readonly OrderedLock[],
	task: () => T | Promise<T>,
): Promise<T> {
	const release = await acquireAll(locks);
	try {
		return await task();
	} finally {
		release();
	}
}

/** Drops repeats of the same lock; two different locks sharing an id is a bug. */
function dedupe(sorted: readonly OrderedLock[]): OrderedLock[] {
	const unique: OrderedLock[] = [];
	for (const lock of sorted) {
		const last = unique[unique.length - 1];
		if (last !== undefined && last.id === lock.id) {
			// Locking the same mutex twice would self-deadlock; a shared id breaks the order.
			if (last !== lock) throw new Error(`Two different locks share the id "${lock.id}"`);
			continue;
		}
		unique.push(lock);
	}
	return unique;
}

/** Releases in reverse acquisition order, the conventional unwinding order. */
function releaseAll(held: readonly Release[]): void {
	for (let i = held.length - 1; i >= 0; i--) held[i]?.();
}
