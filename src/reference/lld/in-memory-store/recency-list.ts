/**
 * The recency order behind LRU eviction: an intrusive doubly linked list, so the store's own
 * entries are the nodes and touching, unlinking or finding the oldest is O(1) with no second map.
 */

/** What an entry needs to be kept in the list. */
export interface Linked {
	newer: Linked | null;
	older: Linked | null;
}

/** Entries ordered from newest to oldest use. */
export class RecencyList<T extends Linked> {
	#newest: T | null = null;
	#oldest: T | null = null;

	/** The least recently used entry, the next to evict. */
	get oldest(): T | null {
		return this.#oldest;
	}

	/** Marks `node` as just used (it may or may not be in the list yet). */
	touch(node: T): void {
		if (node === this.#newest) return;
		this.remove(node);
		node.older = this.#newest;
		if (this.#newest !== null) this.#newest.newer = node;
		this.#newest = node;
		this.#oldest ??= node;
	}

	/** Takes `node` out of the list; harmless if it is not in it. */
	remove(node: T): void {
		if (node.newer !== null) node.newer.older = node.older;
		if (node.older !== null) node.older.newer = node.newer;
		if (node === this.#newest) this.#newest = node.older as T | null;
		if (node === this.#oldest) this.#oldest = node.newer as T | null;
		node.newer = null;
		node.older = null;
	}
}
