import { BinaryHeap } from './binary-heap.ts';

/**
 * The median of a stream of numbers with two heaps: a max-heap of the lower half and a
 * min-heap of the upper half, sizes equal or the lower one larger by one.
 * add is O(log n); median is O(1).
 */
export class RunningMedian {
	readonly #lower = new BinaryHeap<number>((a, b) => b - a);
	readonly #upper = new BinaryHeap<number>((a, b) => a - b);

	/** Number of values seen. */
	get count(): number {
		return this.#lower.size + this.#upper.size;
	}

	/** Adds a value, then moves at most one value between the halves to restore balance. */
	add(value: number): void {
		if (Number.isNaN(value))
			throw new RangeError('RunningMedian.add: NaN has no place in an order');
		const lowerTop = this.#lower.peek();
		if (lowerTop === undefined || value <= lowerTop) this.#lower.push(value);
		else this.#upper.push(value);
		if (this.#lower.size > this.#upper.size + 1) this.#upper.push(this.#lower.pop() as number);
		else if (this.#upper.size > this.#lower.size) this.#lower.push(this.#upper.pop() as number);
	}

	/** The median so far: the middle value, or the mean of the two middle values; undefined when empty. */
	median(): number | undefined {
		const low = this.#lower.peek();
		if (low === undefined) return undefined;
		if (this.#lower.size > this.#upper.size) return low;
		return (low + (this.#upper.peek() as number)) / 2;
	}
}
