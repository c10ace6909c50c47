/**
 * Tickets and the ports the lot talks to: a ticket store and a payment gateway. Both are
 * interfaces so tests pass fakes that pause, fail or decline on cue.
 */

import type { Spot, VehicleType } from './spot.ts';

/**
 * Where a ticket is in its life. `paying` is set before the payment call goes out, so a second
 * exit with the same ticket is refused instead of charging twice.
 */
export type TicketStatus = 'active' | 'paying' | 'closed';

/** A parking ticket as the lot and its store see it. */
export interface Ticket {
	readonly id: string;
	readonly plate: string;
	readonly vehicleType: VehicleType;
	readonly spot: Spot;
	readonly gateId: string;
	readonly enteredAtMs: number;
	readonly status: TicketStatus;
	readonly feeCents?: number;
	readonly exitedAtMs?: number;
}

/** Durable storage for tickets; `save` is I/O and may be slow or fail. */
export interface TicketStore {
	save(ticket: Ticket): Promise<void>;
}

/** Charges a fee. The ticket id is the idempotency key, so a retried charge is not taken twice. */
export interface PaymentGateway {
	charge(request: { readonly ticketId: string; readonly amountCents: number }): Promise<boolean>;
}
