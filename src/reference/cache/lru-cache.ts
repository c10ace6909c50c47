/**
 * A least-recently-used cache with O(1) get and set: a Map finds the node for a
 * key, and a doubly linked list keeps nodes ordered from most to least recent.
 */

interface Node<K, V> {
	key: K;
	value: V;
	prev: Node<K, V> | null;
	next: Node<K, V> | null;
}

/** Options for LruCache. */
export interface LruOptions<K, V> {
	/** Maximum number of entries; must be a positive integer. */
	readonly capacity: number;
	/** Called after an entry is evicted for lack of room (not on delete or overwrite). */
	readonly onEvict?: (key: K, value: V) => void;
}

/** An LRU cache. Both get and set count as a use; has and peek do not. */
export class LruCache<K, V> {
	readonly #capacity: number;
	readonly #onEvict: ((key: K, value: V) => void) | undefined;
	readonly #index = new Map<K, Node<K, V>>();
	// Sentinels: head.next is the most recent entry, tail.prev the least recent.
	// They remove every "is the list empty?" special case from link and unlink.
	readonly #head: Node<K, V>;
	readonly #tail: Node<K, V>;

	/** Creates an empty cache; throws RangeError for a capacity below 1. */
	constructor(options: LruOptions<K, V>) {
		if (!Number.isInteger(options.capacity) || options.capacity < 1) {
			throw new RangeError(`capacity must be a positive integer, got ${options.capacity}`);
		}
		this.#capacity = options.capacity;
		this.#onEvict = options.onEvict;
		this.#head = { key: undefined as K, value: undefined as V, prev: null, next: null };
		this.#tail = { key: undefined as K, value: undefined as V, prev: this.#head, next: null };
		this.#head.next = this.#tail;
	}

	/** Number of entries currently cached. */
	get size(): number {
		return this.#index.size;
	}

	/** Returns the value and marks the key as most recently used. */
	get(key: K): V | undefined {
		const node = this.#index.get(key);
		if (node === undefined) return undefined;
		this.#moveToFront(node);
		return node.value;
	}

	/** Returns the value without touching recency (for metrics and debugging). */
	peek(key: K): V | undefined {
		return this.#index.get(key)?.value;
	}

	/** True if the key is cached; does not touch recency. */
	has(key: K): boolean {
		return this.#index.has(key);
	}

	/** Inserts or overwrites; evicts the least recently used entry when over capacity. */
	set(key: K, value: V): this {
		const existing = this.#index.get(key);
		if (existing !== undefined) {
			// Overwrite in place: the size must not grow and nothing is evicted.
			existing.value = value;
			this.#moveToFront(existing);
			return this;
		}
		const node: Node<K, V> = { key, value, prev: null, next: null };
		this.#index.set(key, node);
		this.#linkAtFront(node);
		if (this.#index.size > this.#capacity) this.#evictLeastRecent();
		return this;
	}

	/** Removes a key; returns whether it was present. Does not call onEvict. */
	delete(key: K): boolean {
		const node = this.#index.get(key);
		if (node === undefined) return false;
		this.#unlink(node);
		this.#index.delete(key);
		return true;
	}

	/** Keys from most to least recently used. */
	keys(): K[] {
		const keys: K[] = [];
		for (let node = this.#head.next; node !== null && node !== this.#tail; node = node.next) {
			keys.push(node.key);
		}
		return keys;
	}

	#evictLeastRecent(): void {
		const victim = this.#tail.prev;
		if (victim === null || victim === this.#head) return;
		this.#unlink(victim);
		this.#index.delete(victim.key);
		// Call the hook last, so a hook that reads the cache sees a consistent state.
		this.#onEvict?.(victim.key, victim.value);
	}

	#moveToFront(node: Node<K, V>): void {
		this.#unlink(node);
		this.#linkAtFront(node);
	}

	#linkAtFront(node: Node<K, V>): void {
		const first = this.#head.next;
		node.prev = this.#head;
		node.next = first;
		if (first !== null) first.prev = node;
		this.#head.next = node;
	}

	#unlink(node: Node<K, V>): void {
		if (node.prev !== null) node.prev.next = node.next;
		if (node.next !== null) node.next.prev = node.prev;
		node.prev = null;
		node.next = null;
	}
}
