/**
 * Seat holds for a ticket on-sale: a buyer holds a seat for a few minutes while paying, and
 * the seat is sold only to the buyer whose hold is still live.
 *
 * The store is a table of seat rows with a version number, and every change is a conditional
 * update ("set this row only if its version is still N"), which is how a SQL
 * `UPDATE ... WHERE seat_id = $1 AND version = $2` or a DynamoDB condition expression behaves.
 * A buyer who read the row and lost the race to another buyer gets `false` from the update,
 * so two concurrent holds on one seat always produce exactly one winner.
 *
 * Expiry is lazy: a hold past its deadline counts as available to the next reader, so no
 * sweeper has to run before a seat can be sold again.
 */

/** Milliseconds; injected so tests can let a hold expire between hold and confirm. */
export type Clock = () => number;

/** One seat's row. `version` increases on every change. */
export type SeatRow =
	| { readonly status: 'available'; readonly version: number }
	| {
			readonly status: 'held';
			readonly version: number;
			readonly holder: string;
			readonly holdId: string;
			readonly expiresAtMs: number;
	  }
	| { readonly status: 'sold'; readonly version: number; readonly buyer: string };

/** A seat table with conditional updates; async so callers can interleave like real clients. */
export class SeatStore {
	private readonly rows = new Map<string, SeatRow>();

	/** `pause` runs before every read and write, letting a test interleave concurrent callers. */
	constructor(
		seatIds: Iterable<string>,
		private readonly pause: () => Promise<void> = () => Promise.resolve(),
	) {
		for (const seatId of seatIds) this.rows.set(seatId, { status: 'available', version: 0 });
	}

	/** The seat's current row, or undefined for a seat that does not exist. */
	async read(seatId: string): Promise<SeatRow | undefined> {
		await this.pause();
		return this.rows.get(seatId);
	}

	/** Writes `next` only if the row's version is still `expectedVersion`; false otherwise. */
	async update(seatId: string, expectedVersion: number, next: SeatRow): Promise<boolean> {
		await this.pause();
		const current = this.rows.get(seatId);
		if (current?.version !== expectedVersion) return false;
		this.rows.set(seatId, next);
		return true;
	}
}

/** The outcome of {@link SeatHoldManager.hold}. */
export type HoldResult =
	| { readonly ok: true; readonly holdId: string; readonly expiresAtMs: number }
	| {
			readonly ok: false;
			readonly reason: 'unknown-seat' | 'sold' | 'held';
			readonly retryAfterMs?: number;
	  };

/** The outcome of {@link SeatHoldManager.confirm}. */
export type ConfirmResult =
	| { readonly ok: true }
	| { readonly ok: false; readonly reason: 'unknown-seat' | 'no-live-hold' | 'sold' };

/** Options for {@link SeatHoldManager}. */
export interface SeatHoldOptions {
	readonly store: SeatStore;
	readonly now: Clock;
	/** How long a hold lasts, e.g. 10 minutes: long enough to pay, short enough to recycle seats. */
	readonly holdMs: number;
}

/** Holds, releases and confirms seats on top of a {@link SeatStore}. */
export class SeatHoldManager {
	private readonly store: SeatStore;
	private readonly now: Clock;
	private readonly holdMs: number;
	private holdCount = 0;

	/** Throws RangeError when holdMs is not a positive number of milliseconds. */
	constructor(options: SeatHoldOptions) {
		if (!(options.holdMs > 0) || !Number.isFinite(options.holdMs))
			throw new RangeError(
				`holdMs must be a positive number of milliseconds, got ${options.holdMs}`,
			);
		this.store = options.store;
		this.now = options.now;
		this.holdMs = options.holdMs;
	}

	/** Holds the seat for `userId` if it is available or its hold has expired. */
	async hold(seatId: string, userId: string): Promise<HoldResult> {
		const row = await this.store.read(seatId);
		if (!row) return { ok: false, reason: 'unknown-seat' };
		if (row.status === 'sold') return { ok: false, reason: 'sold' };
		const nowMs = this.now();
		if (row.status === 'held' && row.expiresAtMs > nowMs) {
			// A second tap by the same buyer returns the same hold instead of extending it.
			if (row.holder === userId)
				return { ok: true, holdId: row.holdId, expiresAtMs: row.expiresAtMs };
			return { ok: false, reason: 'held', retryAfterMs: row.expiresAtMs - nowMs };
		}
		this.holdCount += 1;
		const holdId = `${seatId}:${this.holdCount}`;
		const expiresAtMs = nowMs + this.holdMs;
		const next: SeatRow = {
			status: 'held',
			version: row.version + 1,
			holder: userId,
			holdId,
			expiresAtMs,
		};
		// Losing the conditional update means another buyer changed the row after our read.
		if (!(await this.store.update(seatId, row.version, next))) return { ok: false, reason: 'held' };
		return { ok: true, holdId, expiresAtMs };
	}

	/** Gives a live hold back early (the buyer left checkout); false if it is not theirs or gone. */
	async release(seatId: string, holdId: string): Promise<boolean> {
		const row = await this.store.read(seatId);
		if (row?.status !== 'held' || row.holdId !== holdId) return false;
		return this.store.update(seatId, row.version, {
			status: 'available',
			version: row.version + 1,
		});
	}

	/**
	 * Sells the seat to the caller if their hold is still live at this moment. Call it after
	 * payment is authorized; if it fails, the payment must be voided or refunded.
	 */
	async confirm(seatId: string, userId: string, holdId: string): Promise<ConfirmResult> {
		const row = await this.store.read(seatId);
		if (!row) return { ok: false, reason: 'unknown-seat' };
		if (row.status === 'sold') return { ok: false, reason: 'sold' };
		const live =
			row.status === 'held' &&
			row.holder === userId &&
			row.holdId === holdId &&
			row.expiresAtMs > this.now();
		if (!live) return { ok: false, reason: 'no-live-hold' };
		const sold: SeatRow = { status: 'sold', version: row.version + 1, buyer: userId };
		if (!(await this.store.update(seatId, row.version, sold)))
			return { ok: false, reason: 'no-live-hold' };
		return { ok: true };
	}
}
