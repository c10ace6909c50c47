import { BinaryHeap } from './binary-heap.ts';
import type { Comparator } from './bst.ts';

/**
 * The k largest items, largest first, with a min-heap of size k: O(n log k) time, O(k) memory,
 * and one pass, so it works on a stream that does not fit in memory.
 */
export function topKLargest<T>(items: Iterable<T>, k: number, compare: Comparator<T>): T[] {
	if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be an integer >= 0, got ${k}`);
	if (k === 0) return [];
	// The heap's top is the smallest of the k best so far: the bar a newcomer must clear.
	const heap = new BinaryHeap<T>(compare);
	for (const item of items) {
		if (heap.size < k) heap.push(item);
		else if (compare(item, heap.peek() as T) > 0) heap.replaceTop(item);
	}
	const result: T[] = [];
	for (let item = heap.pop(); item !== undefined; item = heap.pop()) result.push(item);
	return result.reverse();
}

/**
 * The k largest items, in no particular order, by quickselect: expected O(n), worst case O(n^2)
 * when pivots are unlucky, which is why the pivot is random. Reorders `items` in place.
 * @param random a source in [0, 1), injected so runs are reproducible.
 */
export function quickselectTopK<T>(
	items: T[],
	k: number,
	compare: Comparator<T>,
	random: () => number,
): T[] {
	if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be an integer >= 0, got ${k}`);
	if (k === 0) return [];
	if (k >= items.length) return [...items];
	// Partition until the item at index k - 1 is the one that would be there if sorted descending.
	let low = 0;
	let high = items.length - 1;
	const target = k - 1;
	while (low < high) {
		const pivotIndex = low + Math.floor(random() * (high - low + 1));
		const finalIndex = partitionDescending(items, low, high, pivotIndex, compare);
		if (finalIndex === target) break;
		if (finalIndex < target) low = finalIndex + 1;
		else high = finalIndex - 1;
	}
	return items.slice(0, k);
}

// Lomuto partition: larger items to the left of the pivot, the rest to the right.
function partitionDescending<T>(
	items: T[],
	low: number,
	high: number,
	pivotIndex: number,
	compare: Comparator<T>,
): number {
	swap(items, pivotIndex, high);
	const pivot = items[high] as T;
	let store = low;
	for (let i = low; i < high; i++) {
		if (compare(items[i] as T, pivot) > 0) swap(items, i, store++);
	}
	swap(items, store, high);
	return store;
}

function swap<T>(items: T[], a: number, b: number): void {
	const held = items[a] as T;
	items[a] = items[b] as T;
	items[b] = held;
}
