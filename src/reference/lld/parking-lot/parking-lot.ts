/**
 * A parking lot: entry gates issue tickets for the nearest free spot that fits, exit gates
 * charge by the pricing strategy and free the spot, and display boards hear every free count.
 *
 * Two gates run at once. Entry reads the index, awaits the ticket store, then takes the spot;
 * without a lock a second gate could read the same spot during that await. Every change to the
 * index, entry and exit alike, runs inside one mutex, so each read-await-write is exclusive.
 */

import { Mutex } from '../../concurrency/async-mutex.ts';
import type { FreeCountChange, FreeCountObserver } from './display-board.ts';
import { FreeSpotIndex } from './free-spot-index.ts';
import type { PricingStrategy } from './pricing.ts';
import { spotPreferences, type Spot, type Vehicle } from './spot.ts';
import type { ChargeRequest, PaymentGateway, Ticket, TicketStore } from './ticket.ts';

/** Everything the lot depends on, passed in so tests control time, storage and payment. */
export interface ParkingLotOptions {
	readonly spots: Iterable<Spot>;
	readonly pricing: PricingStrategy;
	readonly tickets: TicketStore;
	readonly payments: PaymentGateway;
	/** Epoch milliseconds. */
	readonly now: () => number;
	/** Called when an observer throws; the entry or exit has already happened. */
	readonly onObserverError?: (error: unknown) => void;
}

/** The outcome at an entry gate. */
export type EntryResult =
	| { readonly ok: true; readonly ticket: Ticket }
	| { readonly ok: false; readonly reason: 'full' | 'already-inside' };

/** The outcome at an exit gate. */
export type ExitResult =
	| { readonly ok: true; readonly feeCents: number }
	| {
			readonly ok: false;
			readonly reason: 'unknown-ticket' | 'not-active' | 'declined' | 'payment-unknown';
	  };

/** One lot with any number of gates calling it concurrently. */
export class ParkingLot {
	readonly #lock = new Mutex('parking-lot');
	readonly #index: FreeSpotIndex;
	readonly #tickets = new Map<string, Ticket>();
	readonly #platesInside = new Set<string>();
	readonly #freeByLevel = new Map<string, FreeCountChange>();
	readonly #observers = new Set<FreeCountObserver>();
	#nextTicket = 1;

	constructor(private readonly options: ParkingLotOptions) {
		const spots = [...options.spots];
		this.#index = new FreeSpotIndex(spots);
		for (const spot of spots) this.#adjustFree(spot, +1, false);
	}

	/** Registers a board and sends it every current count; returns a function to unregister. */
	subscribe(observer: FreeCountObserver): () => void {
		this.#observers.add(observer);
		for (const change of this.#freeByLevel.values()) this.#tell(observer, change);
		return () => this.#observers.delete(observer);
	}

	/** Free spots of one type across all levels. */
	freeCount(type: Spot['type']): number {
		return this.#index.freeCount(type);
	}

	/** The ticket with `id`, as it stands now. */
	ticket(id: string): Ticket | undefined {
		return this.#tickets.get(id);
	}

	/**
	 * Issues a ticket for the nearest free spot the vehicle may use. The spot is taken only
	 * after the ticket is stored, so a failed save leaves the lot unchanged.
	 */
	enter(vehicle: Vehicle, gateId: string): Promise<EntryResult> {
		return this.#lock.runExclusive(async (): Promise<EntryResult> => {
			if (this.#platesInside.has(vehicle.plate)) return { ok: false, reason: 'already-inside' };
			const spot = this.#nearestFit(vehicle);
			if (spot === undefined) return { ok: false, reason: 'full' };
			const ticket: Ticket = {
				id: `${gateId}-${this.#nextTicket++}`,
				plate: vehicle.plate,
				vehicleType: vehicle.type,
				spot,
				gateId,
				enteredAtMs: this.options.now(),
				status: 'active',
			};
			await this.options.tickets.save(ticket);
			const taken = this.#index.take(spot.type);
			// Only a write to the index outside this lock could make these differ.
			if (taken?.id !== spot.id)
				throw new Error(`ParkingLot: spot ${spot.id} changed under the lock`);
			this.#tickets.set(ticket.id, ticket);
			this.#platesInside.add(vehicle.plate);
			this.#adjustFree(spot, -1, true);
			return { ok: true, ticket };
		});
	}

	/** What the ticket would cost if the vehicle left now. */
	quote(ticketId: string): number | undefined {
		const ticket = this.#tickets.get(ticketId);
		if (ticket === undefined) return undefined;
		return this.options.pricing.feeCents({
			vehicleType: ticket.vehicleType,
			enteredAtMs: ticket.enteredAtMs,
			exitAtMs: this.options.now(),
		});
	}

	/**
	 * Charges the fee and frees the spot. The ticket moves to `paying` before the charge is
	 * sent, so the same ticket at two exits is charged once; a decline returns it to `active`.
	 * A charge whose outcome is unknown is kept on the ticket and resent unchanged (same key,
	 * same amount) at the next exit, so the provider answers with its first result.
	 */
	async exit(ticketId: string): Promise<ExitResult> {
		const ticket = this.#tickets.get(ticketId);
		if (ticket === undefined) return { ok: false, reason: 'unknown-ticket' };
		if (ticket.status !== 'active') return { ok: false, reason: 'not-active' };
		this.#tickets.set(ticketId, { ...ticket, status: 'paying' });
		const charge = ticket.unsettledCharge ?? this.#newCharge(ticket);
		let outcome: 'paid' | 'declined' | 'unknown';
		if (charge.amountCents === 0) outcome = 'paid';
		else {
			try {
				outcome = (await this.options.payments.charge(charge)) ? 'paid' : 'declined';
			} catch {
				outcome = 'unknown';
			}
		}
		if (outcome === 'declined') {
			const declinedCharges = (ticket.declinedCharges ?? 0) + 1;
			this.#tickets.set(ticketId, { ...ticket, declinedCharges, unsettledCharge: undefined });
			return { ok: false, reason: 'declined' };
		}
		if (outcome === 'unknown') {
			this.#tickets.set(ticketId, { ...ticket, unsettledCharge: charge });
			return { ok: false, reason: 'payment-unknown' };
		}
		// The payment await stays outside the lock: a slow card must not stop the entry gates.
		await this.#lock.runExclusive(() => {
			this.#index.release(ticket.spot);
			this.#platesInside.delete(ticket.plate);
			this.#tickets.set(ticketId, {
				...ticket,
				status: 'closed',
				feeCents: charge.amountCents,
				exitedAtMs: charge.exitAtMs,
				unsettledCharge: undefined,
			});
			this.#adjustFree(ticket.spot, +1, true);
		});
		return { ok: true, feeCents: charge.amountCents };
	}

	/** A fresh attempt priced now, keyed by the ticket and how many charges were declined. */
	#newCharge(ticket: Ticket): ChargeRequest {
		const exitAtMs = this.options.now();
		const amountCents = this.options.pricing.feeCents({
			vehicleType: ticket.vehicleType,
			enteredAtMs: ticket.enteredAtMs,
			exitAtMs,
		});
		const attempt = (ticket.declinedCharges ?? 0) + 1;
		return {
			ticketId: ticket.id,
			idempotencyKey: `${ticket.id}:${attempt}`,
			amountCents,
			exitAtMs,
		};
	}

	#nearestFit(vehicle: Vehicle): Spot | undefined {
		for (const type of spotPreferences(vehicle)) {
			const spot = this.#index.peek(type);
			if (spot !== undefined) return spot;
		}
		return undefined;
	}

	#adjustFree(spot: Spot, delta: number, notify: boolean): void {
		const key = `${spot.level}:${spot.type}`;
		const free = (this.#freeByLevel.get(key)?.free ?? 0) + delta;
		const change: FreeCountChange = { level: spot.level, spotType: spot.type, free };
		this.#freeByLevel.set(key, change);
		if (notify) for (const observer of this.#observers) this.#tell(observer, change);
	}

	#tell(observer: FreeCountObserver, change: FreeCountChange): void {
		try {
			observer.freeCountChanged(change);
		} catch (error) {
			// A broken board must not undo or fail an entry or exit that has already happened.
			(this.options.onObserverError ?? console.error)(error);
		}
	}
}
