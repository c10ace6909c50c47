/**
 * A binary min-heap keyed by a number, the priority queue behind Dijkstra.
 * push and pop are O(log n); peeking the minimum is O(1).
 */
export class MinHeap<T> {
	// Implicit tree in an array: children of i live at 2i + 1 and 2i + 2.
	readonly #items: { readonly key: number; readonly value: T }[] = [];

	/** Number of entries currently stored. */
	get size(): number {
		return this.#items.length;
	}

	/** Inserts a value with a priority key; smaller keys come out first. */
	push(key: number, value: T): void {
		this.#items.push({ key, value });
		let child = this.#items.length - 1;
		while (child > 0) {
			const parent = (child - 1) >> 1;
			if (this.#keyAt(parent) <= this.#keyAt(child)) break;
			this.#swap(parent, child);
			child = parent;
		}
	}

	/** Removes and returns the entry with the smallest key, or undefined when empty. */
	pop(): { key: number; value: T } | undefined {
		const top = this.#items[0];
		const last = this.#items.pop();
		if (top === undefined || last === undefined) return undefined;
		if (this.#items.length === 0) return top;
		// Move the last leaf to the root, then sift it down to restore heap order.
		this.#items[0] = last;
		let parent = 0;
		for (;;) {
			const left = 2 * parent + 1;
			const right = left + 1;
			let smallest = parent;
			if (left < this.#items.length && this.#keyAt(left) < this.#keyAt(smallest)) smallest = left;
			if (right < this.#items.length && this.#keyAt(right) < this.#keyAt(smallest))
				smallest = right;
			if (smallest === parent) return top;
			this.#swap(parent, smallest);
			parent = smallest;
		}
	}

	#keyAt(index: number): number {
		return this.#items[index]?.key ?? Number.POSITIVE_INFINITY;
	}

	#swap(a: number, b: number): void {
		const itemA = this.#items[a];
		const itemB = this.#items[b];
		if (itemA === undefined || itemB === undefined) return;
		this.#items[a] = itemB;
		this.#items[b] = itemA;
	}
}
