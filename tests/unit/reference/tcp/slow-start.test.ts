import { describe, expect, it } from 'vitest';
import { initialWindowBytes, slowStartRounds } from '../../../../src/reference/tcp/slow-start.ts';

describe('slowStartRounds', () => {
	it('fits 14,600 bytes in the first round trip with an initial window of 10 segments', () => {
		expect(initialWindowBytes()).toBe(14_600);
		expect(slowStartRounds(14_600)).toEqual({ segments: 10, flights: [10], roundTrips: 1 });
		// One byte more needs a second round trip.
		expect(slowStartRounds(14_601).roundTrips).toBe(2);
	});

	it('doubles the window every round trip: a 100 KB response takes 3 round trips', () => {
		const result = slowStartRounds(100_000);
		expect(result.segments).toBe(69);
		expect(result.flights).toEqual([10, 20, 39]);
		expect(result.roundTrips).toBe(3);
	});

	it('needs 7 round trips for 1 MB on a fresh connection', () => {
		// 10 + 20 + 40 + 80 + 160 + 320 = 630 segments after 6 round trips; 1 MB is 685 segments.
		const result = slowStartRounds(1_000_000);
		expect(result.segments).toBe(685);
		expect(result.roundTrips).toBe(7);
	});

	it('takes longer with the old initial window of 3 segments (RFC 3390)', () => {
		expect(slowStartRounds(100_000, { initialWindowSegments: 3 }).flights).toEqual([
			3, 6, 12, 24, 24,
		]);
	});

	it('grows by about one segment per round trip past the slow-start threshold', () => {
		const result = slowStartRounds(200 * 1460, { ssthreshSegments: 20 });
		expect(result.flights.slice(0, 5)).toEqual([10, 20, 21, 22, 23]);
	});

	it('sends nothing for an empty response and names a bad input', () => {
		expect(slowStartRounds(0)).toEqual({ segments: 0, flights: [], roundTrips: 0 });
		expect(() => slowStartRounds(-1)).toThrow(/responseBytes/);
		expect(() => slowStartRounds(10, { mssBytes: 0 })).toThrow(/mssBytes/);
		expect(() => slowStartRounds(10, { initialWindowSegments: 0.5 })).toThrow(
			/initialWindowSegments/,
		);
	});
});
