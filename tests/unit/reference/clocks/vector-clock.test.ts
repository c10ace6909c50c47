import { describe, it, expect } from 'vitest';
import {
	applyWrite,
	compare,
	EMPTY_CLOCK,
	increment,
	merge,
	type Versioned,
} from '../../../../src/reference/clocks/vector-clock.ts';

describe('vector clock comparison', () => {
	it('reports before, after, equal and concurrent', () => {
		const x = { A: 2, B: 1 };
		expect(compare(x, { A: 2, B: 2 })).toBe('before');
		expect(compare({ A: 3, B: 1 }, x)).toBe('after');
		expect(compare(x, { B: 1, A: 2 })).toBe('equal');
		expect(compare(x, { A: 1, B: 2 })).toBe('concurrent');
	});

	it('treats a missing entry as zero', () => {
		expect(compare({ A: 1 }, { A: 1, B: 0 })).toBe('equal');
		expect(compare(EMPTY_CLOCK, { C: 1 })).toBe('before');
		expect(compare({ A: 1 }, { C: 1 })).toBe('concurrent');
	});

	it('merges entry by entry, and the merge descends from both inputs', () => {
		const a = { A: 3, B: 1 };
		const b = { B: 4, C: 2 };
		const m = merge(a, b);
		expect(m).toEqual({ A: 3, B: 4, C: 2 });
		expect(compare(a, m)).toBe('before');
		expect(compare(b, m)).toBe('before');
	});

	it('does not mutate its inputs', () => {
		const a = { A: 1 };
		increment(a, 'A');
		merge(a, { B: 5 });
		expect(a).toEqual({ A: 1 });
	});
});

describe('conflict detection with siblings, as in Dynamo and Riak', () => {
	// Two replicas accept writes to the same shopping cart during a partition.
	const base: Versioned<string[]> = { value: ['book'], clock: increment(EMPTY_CLOCK, 'r1') };

	it('keeps both concurrent writes as siblings instead of silently dropping one', () => {
		const onR1 = { value: ['book', 'pen'], clock: increment(base.clock, 'r1') };
		const onR2 = { value: ['book', 'lamp'], clock: increment(base.clock, 'r2') };
		expect(compare(onR1.clock, onR2.clock)).toBe('concurrent');
		let siblings = applyWrite([base], onR1);
		expect(siblings).toEqual([onR1]); // descends from base, so base is replaced
		siblings = applyWrite(siblings, onR2);
		expect(siblings.map((s) => s.value)).toEqual([
			['book', 'pen'],
			['book', 'lamp'],
		]);
	});

	it('replaces all siblings once a writer merges them under the merged clock', () => {
		const onR1 = { value: ['book', 'pen'], clock: increment(base.clock, 'r1') };
		const onR2 = { value: ['book', 'lamp'], clock: increment(base.clock, 'r2') };
		const siblings = applyWrite(applyWrite([base], onR1), onR2);
		// The client reads both, unions the carts, and writes back with the merged context.
		const context = siblings.map((s) => s.clock).reduce(merge);
		const resolved = {
			value: [...new Set(siblings.flatMap((s) => s.value))],
			clock: increment(context, 'r1'),
		};
		expect(applyWrite(siblings, resolved)).toEqual([resolved]);
		expect(resolved.value).toEqual(['book', 'pen', 'lamp']);
	});

	it('drops a stale write that arrives after the store has moved past it', () => {
		const newer = { value: ['book', 'pen'], clock: increment(base.clock, 'r1') };
		expect(applyWrite([newer], base)).toEqual([newer]);
	});
});
