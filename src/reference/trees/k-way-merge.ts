import { BinaryHeap } from './binary-heap.ts';
import type { Comparator } from './bst.ts';

/**
 * Merges k sorted sequences into one sorted sequence, lazily. The heap holds at most one item
 * per source, so memory is O(k) and each item costs O(log k): O(n log k) in total.
 * Equal items come out in source order, which keeps the merge stable.
 */
export function* kWayMerge<T>(
	sources: readonly Iterable<T>[],
	compare: Comparator<T>,
): Generator<T> {
	interface Head {
		readonly item: T;
		readonly source: number;
		readonly rest: Iterator<T>;
	}
	// Ties broken by source index: without it, equal timestamps would come out in heap order.
	const heap = new BinaryHeap<Head>((a, b) => compare(a.item, b.item) || a.source - b.source);
	sources.forEach((source, index) => {
		const rest = source[Symbol.iterator]();
		const first = rest.next();
		if (first.done !== true) heap.push({ item: first.value, source: index, rest });
	});
	for (let head = heap.peek(); head !== undefined; head = heap.peek()) {
		yield head.item;
		const next = head.rest.next();
		// Replacing the top with the same source's next item is one sift instead of a pop and a push.
		if (next.done === true) heap.pop();
		else heap.replaceTop({ item: next.value, source: head.source, rest: head.rest });
	}
}
