import { describe, expect, it } from 'vitest';
import { DisplayBoard } from '../../../../../src/reference/lld/parking-lot/display-board.ts';
import { ParkingLot } from '../../../../../src/reference/lld/parking-lot/parking-lot.ts';
import { HourlyPricing } from '../../../../../src/reference/lld/parking-lot/pricing.ts';
import type { Spot } from '../../../../../src/reference/lld/parking-lot/spot.ts';
import type {
	PaymentGateway,
	TicketStore,
} from '../../../../../src/reference/lld/parking-lot/ticket.ts';
import { manualClock } from '../../../support/manual-clock.ts';
import { settle } from '../../concurrency/helpers.ts';
import { gatedPayments, gatedTicketStore, instantTicketStore, spot } from './fakes.ts';

const MIN = 60_000;
const pricing = new HourlyPricing({
	hourlyCents: { motorcycle: 100, car: 300, van: 500 },
	dailyCapCents: { motorcycle: 1_000, car: 2_500, van: 4_000 },
	graceMinutes: 15,
});
const approveAll: PaymentGateway = { charge: () => Promise.resolve(true) };

function lot(
	spots: Spot[],
	tickets: TicketStore = instantTicketStore(),
	payments: PaymentGateway = approveAll,
): { lot: ParkingLot; clock: ReturnType<typeof manualClock> } {
	const clock = manualClock(0);
	return { lot: new ParkingLot({ spots, pricing, tickets, payments, now: clock.now }), clock };
}

const car = (plate: string) => ({ plate, type: 'car' as const });

describe('ParkingLot entry', () => {
	it('gives each vehicle the nearest free spot of the smallest type that fits', async () => {
		const { lot: p } = lot([
			spot('M1', 'motorcycle', 1),
			spot('C2', 'compact', 20),
			spot('C1', 'compact', 10),
			spot('L1', 'large', 5),
			spot('E1', 'ev', 2),
		]);
		const bike = await p.enter({ plate: 'B-1', type: 'motorcycle' }, 'north');
		const first = await p.enter(car('A-1'), 'north');
		const ev = await p.enter({ plate: 'E-1', type: 'car', electric: true }, 'north');
		const van = await p.enter({ plate: 'V-1', type: 'van' }, 'north');
		expect([bike, first, ev, van].map((r) => (r.ok ? r.ticket.spot.id : r.reason))).toEqual([
			'M1',
			'C1',
			'E1',
			'L1',
		]);
	});

	it('falls back to a larger spot, and reports full when nothing fits', async () => {
		const { lot: p } = lot([spot('C1', 'compact', 10), spot('L1', 'large', 50)]);
		await p.enter(car('A-1'), 'north');
		const second = await p.enter(car('A-2'), 'north');
		expect(second.ok && second.ticket.spot.id).toBe('L1');
		expect(await p.enter(car('A-3'), 'north')).toEqual({ ok: false, reason: 'full' });
	});

	it('refuses a plate that is already inside', async () => {
		const { lot: p } = lot([spot('C1', 'compact', 10), spot('C2', 'compact', 20)]);
		await p.enter(car('A-1'), 'north');
		expect(await p.enter(car('A-1'), 'south')).toEqual({ ok: false, reason: 'already-inside' });
	});

	it('leaves the spot free when the ticket cannot be stored', async () => {
		const store = gatedTicketStore();
		const { lot: p } = lot([spot('C1', 'compact', 10)], store);
		const entry = p.enter(car('A-1'), 'north');
		await settle();
		store.releaseNext(new Error('disk full'));
		await expect(entry).rejects.toThrow('disk full');
		expect(p.freeCount('compact')).toBe(1);
		const retry = p.enter(car('A-1'), 'north');
		await settle();
		store.releaseNext();
		expect((await retry).ok).toBe(true);
	});
});

describe('ParkingLot with two gates at once', () => {
	it('gives the last spot to exactly one of two gates racing for it', async () => {
		const store = gatedTicketStore();
		const { lot: p } = lot([spot('C1', 'compact', 10)], store);
		const north = p.enter(car('A-1'), 'north');
		const south = p.enter(car('A-2'), 'south');
		await settle();
		// Only one save is out: the second gate waits for the lock instead of reading C1 too.
		expect(store.pending()).toBe(1);
		store.releaseNext();
		await settle();
		const results = [await north, await south];
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'full' }]);
		expect(store.saved.map((t) => t.spot.id)).toEqual(['C1']);
		expect(p.freeCount('compact')).toBe(0);
	});

	it('gives two racing gates two different spots when two are free', async () => {
		const store = gatedTicketStore();
		const { lot: p } = lot([spot('C1', 'compact', 10), spot('C2', 'compact', 20)], store);
		const north = p.enter(car('A-1'), 'north');
		const south = p.enter(car('A-2'), 'south');
		await settle();
		store.releaseNext();
		await settle();
		store.releaseNext();
		const ids = [await north, await south].map((r) => (r.ok ? r.ticket.spot.id : r.reason));
		expect(ids).toEqual(['C1', 'C2']);
	});

	it('keeps the ticket and the index in step when an exit frees a nearer spot mid-entry', async () => {
		const store = gatedTicketStore();
		const { lot: p } = lot([spot('C1', 'compact', 10), spot('C2', 'compact', 20)], store);
		const first = p.enter(car('A-1'), 'north');
		await settle();
		store.releaseNext();
		const ticket = await first;
		if (!ticket.ok) throw new Error('first entry should succeed');
		// Entry B has read C2 and is awaiting its save when A leaves from C1.
		const second = p.enter(car('A-2'), 'south');
		await settle();
		const leaving = p.exit(ticket.ticket.id);
		await settle();
		store.releaseNext();
		const entered = await second;
		await leaving;
		expect(entered.ok && entered.ticket.spot.id).toBe('C2');
		expect(p.ticket(ticket.ticket.id)?.status).toBe('closed');
		expect(store.saved.map((t) => t.spot.id)).toEqual(['C1', 'C2']);
		expect(p.freeCount('compact')).toBe(1);
		const third = p.enter(car('A-3'), 'north');
		await settle();
		store.releaseNext();
		const last = await third;
		expect(last.ok && last.ticket.spot.id).toBe('C1');
	});
});

describe('ParkingLot exit', () => {
	it('charges by the strategy and frees the spot', async () => {
		const { lot: p, clock } = lot([spot('C1', 'compact', 10)]);
		const entry = await p.enter(car('A-1'), 'north');
		if (!entry.ok) throw new Error('entry should succeed');
		clock.advance(190 * MIN);
		expect(p.quote(entry.ticket.id)).toBe(1_200);
		expect(await p.exit(entry.ticket.id)).toEqual({ ok: true, feeCents: 1_200 });
		expect(p.freeCount('compact')).toBe(1);
		expect(p.ticket(entry.ticket.id)).toMatchObject({ status: 'closed', feeCents: 1_200 });
		expect(await p.exit(entry.ticket.id)).toEqual({ ok: false, reason: 'not-active' });
		expect(await p.exit('nope')).toEqual({ ok: false, reason: 'unknown-ticket' });
	});

	it('charges once when the same ticket reaches two exits at once', async () => {
		const payments = gatedPayments();
		const { lot: p, clock } = lot([spot('C1', 'compact', 10)], instantTicketStore(), payments);
		const entry = await p.enter(car('A-1'), 'north');
		if (!entry.ok) throw new Error('entry should succeed');
		clock.advance(60 * MIN);
		const east = p.exit(entry.ticket.id);
		const west = p.exit(entry.ticket.id);
		await settle();
		// One charge is out; the second exit was refused without sending another.
		expect(payments.charges).toEqual([
			{
				ticketId: entry.ticket.id,
				idempotencyKey: `${entry.ticket.id}:1`,
				amountCents: 300,
				exitAtMs: 60 * MIN,
			},
		]);
		expect(await west).toEqual({ ok: false, reason: 'not-active' });
		payments.answerNext(true);
		expect(await east).toEqual({ ok: true, feeCents: 300 });
	});

	it('resends a charge with an unknown outcome unchanged, and gives a new attempt after a decline', async () => {
		const payments = gatedPayments();
		const { lot: p, clock } = lot([spot('C1', 'compact', 10)], instantTicketStore(), payments);
		const entry = await p.enter(car('A-1'), 'north');
		if (!entry.ok) throw new Error('entry should succeed');
		const id = entry.ticket.id;
		clock.advance(60 * MIN);
		const timedOut = p.exit(id);
		payments.answerNext(new Error('timeout'));
		expect(await timedOut).toEqual({ ok: false, reason: 'payment-unknown' });
		expect(p.freeCount('compact')).toBe(0);
		// An hour later the retry still sends the first attempt: same key, same amount.
		clock.advance(60 * MIN);
		const retried = p.exit(id);
		payments.answerNext(false);
		expect(await retried).toEqual({ ok: false, reason: 'declined' });
		const another = p.exit(id);
		payments.answerNext(true);
		expect(await another).toEqual({ ok: true, feeCents: 600 });
		expect(payments.charges.map((c) => [c.idempotencyKey, c.amountCents])).toEqual([
			[`${id}:1`, 300],
			[`${id}:1`, 300],
			[`${id}:2`, 600],
		]);
		expect(p.ticket(id)).toMatchObject({ status: 'closed', feeCents: 600, exitedAtMs: 120 * MIN });
	});

	it('keeps the spot and the ticket active when the payment is declined', async () => {
		const payments = gatedPayments();
		const { lot: p, clock } = lot([spot('C1', 'compact', 10)], instantTicketStore(), payments);
		const entry = await p.enter(car('A-1'), 'north');
		if (!entry.ok) throw new Error('entry should succeed');
		clock.advance(60 * MIN);
		const declined = p.exit(entry.ticket.id);
		payments.answerNext(false);
		expect(await declined).toEqual({ ok: false, reason: 'declined' });
		expect(p.ticket(entry.ticket.id)?.status).toBe('active');
		expect(p.freeCount('compact')).toBe(0);
	});

	it('lets a vehicle inside the grace period leave without a charge', async () => {
		const payments = gatedPayments();
		const { lot: p, clock } = lot([spot('C1', 'compact', 10)], instantTicketStore(), payments);
		const entry = await p.enter(car('A-1'), 'north');
		if (!entry.ok) throw new Error('entry should succeed');
		clock.advance(10 * MIN);
		expect(await p.exit(entry.ticket.id)).toEqual({ ok: true, feeCents: 0 });
		expect(payments.charges).toEqual([]);
	});
});

describe('ParkingLot display boards', () => {
	it('tells each board the free count of its own levels after every entry and exit', async () => {
		const { lot: p } = lot([
			spot('C1', 'compact', 10, 1),
			spot('C2', 'compact', 20, 1),
			spot('C3', 'compact', 30, 2),
		]);
		const levelOne = new DisplayBoard([1]);
		const entrance = new DisplayBoard([1, 2]);
		p.subscribe(levelOne);
		p.subscribe(entrance);
		expect([levelOne.free('compact'), entrance.free('compact')]).toEqual([2, 3]);
		const entry = await p.enter(car('A-1'), 'north');
		expect([levelOne.free('compact'), entrance.free('compact')]).toEqual([1, 2]);
		if (!entry.ok) throw new Error('entry should succeed');
		await p.exit(entry.ticket.id);
		expect([levelOne.free('compact'), entrance.free('compact')]).toEqual([2, 3]);
	});

	it('does not fail an entry when a board throws, and reports the error', async () => {
		const errors: unknown[] = [];
		const clock = manualClock(0);
		const p = new ParkingLot({
			spots: [spot('C1', 'compact', 10)],
			pricing,
			tickets: instantTicketStore(),
			payments: approveAll,
			now: clock.now,
			onObserverError: (error) => errors.push(error),
		});
		const unsubscribe = p.subscribe({
			freeCountChanged: () => {
				throw new Error('board offline');
			},
		});
		errors.length = 0;
		expect((await p.enter(car('A-1'), 'north')).ok).toBe(true);
		expect(errors).toHaveLength(1);
		unsubscribe();
	});
});
