import { describe, it, expect } from 'vitest';
import { SeatHoldManager, SeatStore } from '../../../../src/reference/booking/seat-holds.ts';
import { manualClock } from '../../support/manual-clock.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const tenMinutes = 10 * 60_000;

function setup(seats = ['A1', 'A2'], pause?: () => Promise<void>) {
	const clock = manualClock(1_000_000);
	const store = new SeatStore(seats, pause);
	const holds = new SeatHoldManager({ store, now: clock.now, holdMs: tenMinutes });
	return { clock, store, holds };
}

/** A pause of 0 to 4 microtask turns, drawn from a seeded source, so callers interleave. */
function randomPause(seed: number): () => Promise<void> {
	const random = seededRandom(seed);
	return async () => {
		const turns = Math.floor(random() * 5);
		for (let i = 0; i < turns; i++) await Promise.resolve();
	};
}

describe('SeatHoldManager', () => {
	it('lets one user hold a seat and tells others when it frees up', async () => {
		const { clock, holds } = setup();
		const ana = await holds.hold('A1', 'ana');
		expect(ana).toMatchObject({ ok: true, expiresAtMs: 1_000_000 + tenMinutes });
		clock.advance(4 * 60_000);
		expect(await holds.hold('A1', 'ben')).toEqual({
			ok: false,
			reason: 'held',
			retryAfterMs: 6 * 60_000,
		});
		expect(await holds.hold('A2', 'ben')).toMatchObject({ ok: true });
	});

	it('returns the same hold to its owner instead of extending it', async () => {
		const { clock, holds } = setup();
		const first = await holds.hold('A1', 'ana');
		clock.advance(60_000);
		expect(await holds.hold('A1', 'ana')).toEqual(first);
	});

	it('frees an expired hold for the next buyer without a sweeper', async () => {
		const { clock, holds } = setup();
		await holds.hold('A1', 'ana');
		clock.advance(tenMinutes);
		expect(await holds.hold('A1', 'ben')).toMatchObject({ ok: true });
	});

	it('confirms only for the owner of a live hold', async () => {
		const { holds } = setup();
		const ana = await holds.hold('A1', 'ana');
		if (!ana.ok) throw new Error('ana expected to hold A1');
		expect(await holds.confirm('A1', 'ben', ana.holdId)).toEqual({
			ok: false,
			reason: 'no-live-hold',
		});
		expect(await holds.confirm('A1', 'ana', 'A1:999')).toEqual({
			ok: false,
			reason: 'no-live-hold',
		});
		expect(await holds.confirm('A2', 'ana', ana.holdId)).toEqual({
			ok: false,
			reason: 'no-live-hold',
		});
		expect(await holds.confirm('A1', 'ana', ana.holdId)).toEqual({ ok: true });
	});

	it('refuses to confirm a hold that expired between hold and confirm', async () => {
		const { clock, holds } = setup();
		const ana = await holds.hold('A1', 'ana');
		if (!ana.ok) throw new Error('ana expected to hold A1');
		// Payment took 10 minutes and 1 second: the hold lapsed while the card was processing.
		clock.advance(tenMinutes + 1_000);
		expect(await holds.confirm('A1', 'ana', ana.holdId)).toEqual({
			ok: false,
			reason: 'no-live-hold',
		});
		// And once another buyer holds it, Ana's old hold can never be revived.
		expect(await holds.hold('A1', 'ben')).toMatchObject({ ok: true });
		expect(await holds.confirm('A1', 'ana', ana.holdId)).toMatchObject({ ok: false });
	});

	it('never lets a sold seat be held, released or sold again', async () => {
		const { clock, holds } = setup();
		const ana = await holds.hold('A1', 'ana');
		if (!ana.ok) throw new Error('ana expected to hold A1');
		await holds.confirm('A1', 'ana', ana.holdId);
		clock.advance(tenMinutes * 10);
		expect(await holds.hold('A1', 'ben')).toEqual({ ok: false, reason: 'sold' });
		expect(await holds.release('A1', ana.holdId)).toBe(false);
		expect(await holds.confirm('A1', 'ana', ana.holdId)).toEqual({ ok: false, reason: 'sold' });
	});

	it('releases a hold early so another buyer can take the seat', async () => {
		const { holds } = setup();
		const ana = await holds.hold('A1', 'ana');
		if (!ana.ok) throw new Error('ana expected to hold A1');
		expect(await holds.release('A1', 'A1:999')).toBe(false);
		expect(await holds.release('A1', ana.holdId)).toBe(true);
		expect(await holds.hold('A1', 'ben')).toMatchObject({ ok: true });
	});

	it('gives exactly one winner when many buyers hold the same seat at once', async () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const { holds } = setup(['A1'], randomPause(seed));
			const buyers = Array.from({ length: 50 }, (_, i) => `buyer-${i}`);
			const results = await Promise.all(buyers.map((buyer) => holds.hold('A1', buyer)));
			expect(results.filter((result) => result.ok)).toHaveLength(1);
		}
	});

	it('gives exactly one sale when a hold expires and two buyers race for the seat', async () => {
		const { clock, holds } = setup(['A1'], randomPause(9));
		const ana = await holds.hold('A1', 'ana');
		if (!ana.ok) throw new Error('ana expected to hold A1');
		clock.advance(tenMinutes);
		const [ben, cy] = await Promise.all([holds.hold('A1', 'ben'), holds.hold('A1', 'cy')]);
		expect([ben.ok, cy.ok].filter(Boolean)).toHaveLength(1);
		const winner = ben.ok ? { user: 'ben', hold: ben } : { user: 'cy', hold: cy };
		if (!winner.hold.ok) throw new Error('one buyer expected to win');
		const sales = await Promise.all([
			holds.confirm('A1', winner.user, winner.hold.holdId),
			holds.confirm('A1', 'ana', ana.holdId),
		]);
		expect(sales.filter((sale) => sale.ok)).toHaveLength(1);
		expect(sales[0]).toEqual({ ok: true });
	});

	it('rejects unknown seats and a non-positive hold length', async () => {
		const { holds, store } = setup();
		expect(await holds.hold('Z9', 'ana')).toEqual({ ok: false, reason: 'unknown-seat' });
		expect(() => new SeatHoldManager({ store, now: () => 0, holdMs: 0 })).toThrow(
			'holdMs must be a positive number',
		);
	});
});
