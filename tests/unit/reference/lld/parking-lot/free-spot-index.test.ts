import { describe, expect, it } from 'vitest';
import { FreeSpotIndex } from '../../../../../src/reference/lld/parking-lot/free-spot-index.ts';
import { seededRandom } from '../../../support/seeded-random.ts';
import { spot } from './fakes.ts';

describe('FreeSpotIndex', () => {
	it('hands out the nearest free spot of each type, never a spot of another type', () => {
		const index = new FreeSpotIndex([
			spot('C3', 'compact', 30),
			spot('L1', 'large', 5),
			spot('C1', 'compact', 10),
			spot('C2', 'compact', 20),
		]);
		expect(index.take('compact')?.id).toBe('C1');
		expect(index.take('compact')?.id).toBe('C2');
		expect(index.freeCount('compact')).toBe(1);
		expect(index.take('motorcycle')).toBeUndefined();
	});

	it('gives a released spot back in distance order', () => {
		const c1 = spot('C1', 'compact', 10);
		const index = new FreeSpotIndex([c1, spot('C2', 'compact', 20)]);
		index.take('compact');
		expect(index.isFree('C1')).toBe(false);
		index.release(c1);
		expect(index.peek('compact')?.id).toBe('C1');
		expect(() => index.release(c1)).toThrow(/C1 is already free/);
	});

	it('agrees with a sort by distance over many random takes and releases', () => {
		const random = seededRandom(7);
		const spots = Array.from({ length: 200 }, (_, i) =>
			spot(`S${String(i).padStart(3, '0')}`, 'compact', Math.floor(random() * 50)),
		);
		const index = new FreeSpotIndex(spots);
		const taken = [];
		for (let step = 0; step < 1_000; step++) {
			if (taken.length > 0 && random() < 0.4) {
				const [back] = taken.splice(Math.floor(random() * taken.length), 1);
				index.release(back!);
				continue;
			}
			const free = spots.filter((s) => index.isFree(s.id));
			free.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
			const got = index.take('compact');
			expect(got?.id).toBe(free[0]?.id);
			if (got !== undefined) taken.push(got);
		}
	});
});
