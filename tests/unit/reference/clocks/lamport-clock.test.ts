import { describe, it, expect } from 'vitest';
import { compareLamport, LamportClock } from '../../../../src/reference/clocks/lamport-clock.ts';

describe('LamportClock', () => {
	it('advances by one on each local event and send', () => {
		const clock = new LamportClock();
		expect([clock.tick(), clock.send(), clock.tick()]).toEqual([1, 2, 3]);
	});

	it('jumps past a larger remote timestamp, and still advances past a smaller one', () => {
		const clock = new LamportClock(3);
		expect(clock.receive(10)).toBe(11);
		expect(clock.receive(2)).toBe(12);
	});

	it('cannot tell concurrent events from ordered ones', () => {
		// Two processes that never communicate: their events are concurrent.
		const p = new LamportClock();
		const q = new LamportClock();
		const e1 = p.tick();
		q.tick();
		const e2 = q.tick();
		// e1 < e2 numerically, yet neither happened before the other.
		expect(e1).toBeLessThan(e2);
	});

	it('breaks ties by process id for a total order every process agrees on', () => {
		const stamps = [
			{ time: 2, processId: 'b' },
			{ time: 1, processId: 'z' },
			{ time: 2, processId: 'a' },
		];
		expect([...stamps].sort(compareLamport)).toEqual([
			{ time: 1, processId: 'z' },
			{ time: 2, processId: 'a' },
			{ time: 2, processId: 'b' },
		]);
	});

	it('rejects a negative or fractional remote timestamp', () => {
		expect(() => new LamportClock().receive(-1)).toThrow(RangeError);
		expect(() => new LamportClock().receive(1.5)).toThrow(RangeError);
	});
});
