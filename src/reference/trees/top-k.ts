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
 * The partition is three-way, so a run of keys equal to the pivot is settled in one pass instead
 * of one key per pass: all-equal input stays linear.
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
	// Partition until index k - 1 holds the item that would be there if sorted descending.
	let low = 0;
	let high = items.length - 1;
	const target = k - 1;
	while (low < high) {
		const pivot = items[low + Math.floor(random() * (high - low + 1))] as T;
		const [equalStart, equalEnd] = partitionDescending(items, low, high, pivot, compare);
		if (target < equalStart) high = equalStart - 1;
		else if (target > equalEnd) low = equalEnd + 1;
		else break; // the target index holds a key equal to the pivot: done
	}
	return items.slice(0, k);
}

/**
 * Three-way partition of items[low..high] around `pivot`: larger items first, then the items equal
 * to it, then smaller ones. Returns the first and last index of the equal block.
 */
function partitionDescending<T>(
	items: T[],
	low: number,
	high: number,
	pivot: T,
	compare: Comparator<T>,
): [number, number] {
	let larger = low; // items[low..larger-1] sort after the pivot (they are larger)
	let index = low;
	let smaller = high; // items[smaller+1..high] are smaller than the pivot
	while (index <= smaller) {
		const order = compare(items[index] as T, pivot);
		if (order > 0) swap(items, index++, larger++);
		else if (order < 0) swap(items, index, smaller--);
		else index++;
	}
	return [larger, smaller];
}

function swap<T>(items: T[], a: number, b: number): void {
	const held = items[a] as T;
	items[a] = items[b] as T;
	items[b] = held;
}
