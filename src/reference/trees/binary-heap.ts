import type { Comparator } from './bst.ts';

/**
 * A binary heap ordered by a comparator: the item that sorts first is on top. Pass
 * `(a, b) => a - b` for a min-heap of numbers and `(a, b) => b - a` for a max-heap.
 * push and pop are O(log n), peek is O(1), and building from an array is O(n).
 */
export class BinaryHeap<T> {
	// Implicit complete tree: the children of index i are 2i + 1 and 2i + 2, its parent (i - 1) >> 1.
	readonly #items: T[];

	/** Builds a heap from `items` in O(n) by sifting down every internal node, last first. */
	constructor(
		readonly compare: Comparator<T>,
		items: Iterable<T> = [],
	) {
		this.#items = [...items];
		for (let i = (this.#items.length >> 1) - 1; i >= 0; i--) this.#siftDown(i);
	}

	/** Number of items stored. */
	get size(): number {
		return this.#items.length;
	}

	/** The item that sorts first, without removing it; undefined when empty. */
	peek(): T | undefined {
		return this.#items[0];
	}

	/** Adds an item: append it as the last leaf, then sift it up. */
	push(item: T): void {
		this.#items.push(item);
		this.#siftUp(this.#items.length - 1);
	}

	/** Removes and returns the item that sorts first; undefined when empty. */
	pop(): T | undefined {
		const top = this.#items[0];
		const last = this.#items.pop();
		if (this.#items.length > 0 && last !== undefined) {
			// The last leaf fills the hole at the root and sinks to its place.
			this.#items[0] = last;
			this.#siftDown(0);
		}
		return top;
	}

	/** Pops the top and pushes `item` in one sift (heapq.heapreplace); the heap must not be empty. */
	replaceTop(item: T): T {
		const top = this.#items[0];
		if (top === undefined) throw new RangeError('replaceTop on an empty heap; use push');
		this.#items[0] = item;
		this.#siftDown(0);
		return top;
	}

	#siftUp(index: number): void {
		const items = this.#items;
		const item = items[index] as T;
		while (index > 0) {
			const parent = (index - 1) >> 1;
			const above = items[parent] as T;
			if (this.compare(above, item) <= 0) break;
			items[index] = above; // move the parent down instead of swapping: one write per level
			index = parent;
		}
		items[index] = item;
	}

	#siftDown(index: number): void {
		const items = this.#items;
		const item = items[index] as T;
		const length = items.length;
		for (;;) {
			let child = 2 * index + 1;
			if (child >= length) break;
			const right = child + 1;
			if (right < length && this.compare(items[right] as T, items[child] as T) < 0) child = right;
			const below = items[child] as T;
			if (this.compare(item, below) <= 0) break;
			items[index] = below;
			index = child;
		}
		items[index] = item;
	}
}
