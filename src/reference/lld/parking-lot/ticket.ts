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
	/** Charges the provider declined; the next attempt's idempotency key counts from here. */
	readonly declinedCharges?: number;
	/** A charge whose outcome is unknown (the call failed); a retry must resend it unchanged. */
	readonly unsettledCharge?: ChargeRequest | undefined;
}

/** Durable storage for tickets; `save` is I/O and may be slow or fail. */
export interface TicketStore {
	save(ticket: Ticket): Promise<void>;
}

/**
 * One payment attempt. The key names the attempt, not the ticket: a provider such as Stripe
 * saves the first result for a key and returns it to every retry, a decline included, and
 * refuses a retry whose parameters differ.
 */
export interface ChargeRequest {
	readonly ticketId: string;
	readonly idempotencyKey: string;
	readonly amountCents: number;
	/** The exit time the amount was priced at. */
	readonly exitAtMs: number;
}

/** Charges a fee: true if approved, false if declined; throws when the outcome is unknown. */
export interface PaymentGateway {
	charge(request: ChargeRequest): Promise<boolean>;
}
