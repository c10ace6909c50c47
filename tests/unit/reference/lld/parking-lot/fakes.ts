import type {
	ChargeRequest,
	PaymentGateway,
	Ticket,
	TicketStore,
} from '../../../../../src/reference/lld/parking-lot/ticket.ts';
import type { Spot } from '../../../../../src/reference/lld/parking-lot/spot.ts';

/** A ticket store whose saves stay pending until the test releases them, in order. */
export function gatedTicketStore(): TicketStore & {
	saved: Ticket[];
	pending: () => number;
	releaseNext: (error?: Error) => void;
} {
	const waiting: { ticket: Ticket; resolve: () => void; reject: (error: Error) => void }[] = [];
	const saved: Ticket[] = [];
	return {
		saved,
		pending: () => waiting.length,
		save(ticket) {
			return new Promise<void>((resolve, reject) => waiting.push({ ticket, resolve, reject }));
		},
		releaseNext(error) {
			const next = waiting.shift();
			if (next === undefined) throw new Error('no save is pending');
			if (error === undefined) {
				saved.push(next.ticket);
				next.resolve();
			} else next.reject(error);
		},
	};
}

/** A ticket store that saves at once. */
export function instantTicketStore(): TicketStore & { saved: Ticket[] } {
	const saved: Ticket[] = [];
	return {
		saved,
		save(ticket) {
			saved.push(ticket);
			return Promise.resolve();
		},
	};
}

/** A payment gateway whose charges stay pending until the test answers them. */
export function gatedPayments(): PaymentGateway & {
	charges: ChargeRequest[];
	/** Approves (true), declines (false) or fails with an unknown outcome (an Error). */
	answerNext: (answer: boolean | Error) => void;
} {
	const waiting: { resolve: (approved: boolean) => void; reject: (error: Error) => void }[] = [];
	const charges: ChargeRequest[] = [];
	return {
		charges,
		charge(request) {
			charges.push({ ...request });
			return new Promise<boolean>((resolve, reject) => waiting.push({ resolve, reject }));
		},
		answerNext(answer) {
			const next = waiting.shift();
			if (next === undefined) throw new Error('no charge is pending');
			if (answer instanceof Error) next.reject(answer);
			else next.resolve(answer);
		},
	};
}

/** A spot on `level` at `distance` from the entrance. */
export function spot(id: string, type: Spot['type'], distance: number, level = 1): Spot {
	return { id, type, distance, level };
}
