/**
 * Free spots per spot type, each type in a binary min-heap ordered by distance, so "nearest free
 * compact spot" is O(1) to read and O(log n) to take or give back. A scan over every spot would
 * be O(n) per car at the gate.
 */

import type { Spot, SpotType } from './spot.ts';

/** A min-heap of spots by distance, ties broken by id so the order is deterministic. */
class SpotHeap {
	readonly #items: Spot[] = [];

	get size(): number {
		return this.#items.length;
	}

	peek(): Spot | undefined {
		return this.#items[0];
	}

	push(spot: Spot): void {
		const items = this.#items;
		items.push(spot);
		let i = items.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!before(items[i]!, items[parent]!)) break;
			swap(items, i, parent);
			i = parent;
		}
	}

	pop(): Spot | undefined {
		const items = this.#items;
		const top = items[0];
		const last = items.pop();
		if (items.length === 0 || last === undefined) return top;
		items[0] = last;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			const right = left + 1;
			let smallest = i;
			if (left < items.length && before(items[left]!, items[smallest]!)) smallest = left;
			if (right < items.length && before(items[right]!, items[smallest]!)) smallest = right;
			if (smallest === i) return top;
			swap(items, i, smallest);
			i = smallest;
		}
	}
}

/** Swaps two positions that the caller has checked are inside the array. */
function swap(items: Spot[], i: number, j: number): void {
	const held = items[i]!;
	items[i] = items[j]!;
	items[j] = held;
}

function before(a: Spot, b: Spot): boolean {
	return a.distance !== b.distance ? a.distance < b.distance : a.id < b.id;
}

/** The free spots of a lot, one heap per spot type. */
export class FreeSpotIndex {
	readonly #heaps = new Map<SpotType, SpotHeap>();
	readonly #free = new Set<string>();

	/** @param spots every spot in the lot; all start free. */
	constructor(spots: Iterable<Spot>) {
		for (const spot of spots) this.release(spot);
	}

	/** The nearest free spot of `type` without taking it. */
	peek(type: SpotType): Spot | undefined {
		return this.#heaps.get(type)?.peek();
	}

	/** Takes and returns the nearest free spot of `type`, or undefined when none is free. */
	take(type: SpotType): Spot | undefined {
		const spot = this.#heaps.get(type)?.pop();
		if (spot !== undefined) this.#free.delete(spot.id);
		return spot;
	}

	/** Marks `spot` free again. Releasing a spot that is already free is refused. */
	release(spot: Spot): void {
		if (this.#free.has(spot.id)) throw new Error(`FreeSpotIndex: spot ${spot.id} is already free`);
		let heap = this.#heaps.get(spot.type);
		if (heap === undefined) {
			heap = new SpotHeap();
			this.#heaps.set(spot.type, heap);
		}
		heap.push(spot);
		this.#free.add(spot.id);
	}

	/** True while `spotId` is free. */
	isFree(spotId: string): boolean {
		return this.#free.has(spotId);
	}

	/** How many spots of `type` are free. */
	freeCount(type: SpotType): number {
		return this.#heaps.get(type)?.size ?? 0;
	}
}
