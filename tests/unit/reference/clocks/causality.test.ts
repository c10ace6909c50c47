import { describe, it, expect } from 'vitest';
import { LamportClock } from '../../../../src/reference/clocks/lamport-clock.ts';
import {
	compare,
	increment,
	merge,
	type VectorClock,
} from '../../../../src/reference/clocks/vector-clock.ts';
import {
	compareHlc,
	HybridLogicalClock,
	type HlcTimestamp,
} from '../../../../src/reference/clocks/hybrid-logical-clock.ts';

// A last-write-wins register: keeps whichever write carries the larger timestamp.
function lastWriteWins<T>(
	writes: readonly { value: string; stamp: T }[],
	order: (a: T, b: T) => number,
): string {
	return writes.reduce((best, w) => (order(w.stamp, best.stamp) > 0 ? w : best)).value;
}

describe('ordering two causally related writes across machines with skewed clocks', () => {
	// Node A's clock runs 100 ms fast. At true time 900 ms, A sets cart = "1 book" and tells B.
	// B receives the message 5 ms later and, because of it, sets cart = "1 book, 1 pen".
	// B's write happened after A's and depends on it; any correct order must keep B's value.
	const aWallClock = 1_000;
	const bWallClock = 905;

	it('wall-clock last-write-wins keeps the older write and loses the newer one', () => {
		const writes = [
			{ value: '1 book', stamp: aWallClock },
			{ value: '1 book, 1 pen', stamp: bWallClock },
		];
		expect(lastWriteWins(writes, (x, y) => x - y)).toBe('1 book');
	});

	it('Lamport timestamps order the dependent write after its cause', () => {
		const a = new LamportClock();
		const b = new LamportClock();
		const aWrite = a.tick();
		const message = a.send();
		b.receive(message);
		const bWrite = b.tick();
		expect(bWrite).toBeGreaterThan(aWrite);
		const writes = [
			{ value: '1 book', stamp: aWrite },
			{ value: '1 book, 1 pen', stamp: bWrite },
		];
		expect(lastWriteWins(writes, (x, y) => x - y)).toBe('1 book, 1 pen');
	});

	it('vector clocks say B descends from A', () => {
		const aWrite: VectorClock = increment({}, 'A');
		const bWrite = increment(merge({}, aWrite), 'B');
		expect(compare(aWrite, bWrite)).toBe('before');
		expect(compare(bWrite, aWrite)).toBe('after');
	});

	it('hybrid logical clocks order it correctly while staying near wall-clock time', () => {
		const a = new HybridLogicalClock({ now: () => aWallClock });
		const b = new HybridLogicalClock({ now: () => bWallClock });
		const aWrite = a.now();
		b.receive(aWrite); // the message carries A's timestamp
		const bWrite = b.now();
		expect(compareHlc(bWrite, aWrite)).toBeGreaterThan(0);
		// B adopts A's larger wall time and counts past it instead of going back to 905.
		expect(bWrite).toEqual({ wallMs: 1_000, logical: 2 });
		const writes: { value: string; stamp: HlcTimestamp }[] = [
			{ value: '1 book', stamp: aWrite },
			{ value: '1 book, 1 pen', stamp: bWrite },
		];
		expect(lastWriteWins(writes, compareHlc)).toBe('1 book, 1 pen');
	});
});
