/**
 * A Snowflake-style 64-bit id generator.
 *
 * Layout, most significant bit first:
 *
 *   1 bit unused (0) | 41 bits ms since a custom epoch | 10 bits worker id | 12 bits sequence
 *
 * Ids from one worker strictly increase; ids from different workers differ in the worker bits,
 * so no coordination is needed after each worker has been given a distinct id.
 *
 * Clock policy: this generator BORROWS instead of waiting. It never issues a timestamp lower
 * than the last one it used. When the clock steps back, or when 4,096 ids have been issued in
 * one millisecond, it keeps counting on (or just past) the last timestamp, running slightly
 * ahead of the wall clock. The lead is capped by `maxLeadMs`; past the cap it throws
 * ClockMovedBackwardsError, as the original Snowflake did for any backwards step.
 */

/** Milliseconds since the Unix epoch; injected so tests control time. */
export type Clock = () => number;

/** Bits for the timestamp: 2^41 ms is about 69.7 years of range from the custom epoch. */
export const TIMESTAMP_BITS = 41n;
/** Bits for the worker id: 1,024 workers. */
export const WORKER_BITS = 10n;
/** Bits for the per-millisecond sequence: 4,096 ids per worker per millisecond. */
export const SEQUENCE_BITS = 12n;

/** Largest worker id, 1,023. */
export const MAX_WORKER_ID = Number((1n << WORKER_BITS) - 1n);
/** Largest sequence number within one millisecond, 4,095. */
export const MAX_SEQUENCE = Number((1n << SEQUENCE_BITS) - 1n);
/** Largest timestamp offset from the epoch, 2^41 - 1 ms. */
export const MAX_TIMESTAMP_OFFSET = Number((1n << TIMESTAMP_BITS) - 1n);

const WORKER_SHIFT = SEQUENCE_BITS;
const TIMESTAMP_SHIFT = SEQUENCE_BITS + WORKER_BITS;

/** The three fields packed into an id, with the timestamp as Unix milliseconds. */
export interface SnowflakeParts {
	/** Unix time in milliseconds of the id (epoch + the 41-bit offset). */
	readonly timestampMs: number;
	/** Worker that issued the id, 0 to 1,023. */
	readonly workerId: number;
	/** Position within the worker's millisecond, 0 to 4,095. */
	readonly sequence: number;
}

/** Configuration for {@link SnowflakeGenerator}. */
export interface SnowflakeOptions {
	/** This worker's id, unique among all live workers: an integer from 0 to 1,023. */
	readonly workerId: number;
	/** Custom epoch in Unix milliseconds; ids count from here, so pick a recent date. */
	readonly epochMs: number;
	/** Wall clock in Unix milliseconds. */
	readonly now: Clock;
	/**
	 * How far ids may run ahead of the wall clock before generation refuses. Covers small NTP
	 * steps and bursts above 4,096 ids per millisecond. Default 5,000 ms.
	 */
	readonly maxLeadMs?: number;
	/**
	 * The last id this worker issued before a restart, if it was persisted. The generator will
	 * never issue an id at or below it, which closes the restart-after-borrowing gap.
	 */
	readonly highWaterMark?: bigint;
}

/** Thrown when the clock is further behind the last issued timestamp than `maxLeadMs` allows. */
export class ClockMovedBackwardsError extends Error {
	constructor(
		/** How far the wall clock is behind the timestamp the next id would need, in ms. */
		readonly behindMs: number,
		readonly maxLeadMs: number,
	) {
		super(
			`Clock is ${behindMs} ms behind the last issued id, more than maxLeadMs (${maxLeadMs} ms). ` +
				'Refusing to issue ids until the clock catches up; check NTP on this host.',
		);
		this.name = 'ClockMovedBackwardsError';
	}
}

/** Packs the three fields into a 64-bit id. Throws RangeError on a field out of range. */
export function composeSnowflake(parts: SnowflakeParts, epochMs: number): bigint {
	const offset = parts.timestampMs - epochMs;
	checkInteger('timestampMs - epochMs', offset, 0, MAX_TIMESTAMP_OFFSET);
	checkInteger('workerId', parts.workerId, 0, MAX_WORKER_ID);
	checkInteger('sequence', parts.sequence, 0, MAX_SEQUENCE);
	return (
		(BigInt(offset) << TIMESTAMP_SHIFT) |
		(BigInt(parts.workerId) << WORKER_SHIFT) |
		BigInt(parts.sequence)
	);
}

/** Splits an id back into its fields; the inverse of {@link composeSnowflake}. */
export function decodeSnowflake(id: bigint, epochMs: number): SnowflakeParts {
	if (id < 0n || id >> (TIMESTAMP_SHIFT + TIMESTAMP_BITS) !== 0n) {
		throw new RangeError(`id ${id} is not a 63-bit Snowflake id`);
	}
	return {
		timestampMs: epochMs + Number(id >> TIMESTAMP_SHIFT),
		workerId: Number((id >> WORKER_SHIFT) & BigInt(MAX_WORKER_ID)),
		sequence: Number(id & BigInt(MAX_SEQUENCE)),
	};
}

/** One worker's id generator. Keep exactly one instance per worker id. */
export class SnowflakeGenerator {
	readonly workerId: number;
	readonly epochMs: number;
	readonly maxLeadMs: number;
	private readonly now: Clock;
	// The timestamp and sequence of the last id issued; -1 means nothing issued yet.
	private lastTimestampMs = -1;
	private lastSequence = -1;

	/** Throws RangeError naming the field when an option is out of range. */
	constructor(options: SnowflakeOptions) {
		checkInteger('workerId', options.workerId, 0, MAX_WORKER_ID);
		checkInteger('epochMs', options.epochMs, 0, Number.MAX_SAFE_INTEGER);
		const maxLeadMs = options.maxLeadMs ?? 5_000;
		checkInteger('maxLeadMs', maxLeadMs, 0, Number.MAX_SAFE_INTEGER);
		this.workerId = options.workerId;
		this.epochMs = options.epochMs;
		this.maxLeadMs = maxLeadMs;
		this.now = options.now;
		if (options.highWaterMark !== undefined) {
			const last = decodeSnowflake(options.highWaterMark, options.epochMs);
			if (last.workerId !== options.workerId) {
				throw new RangeError(
					`highWaterMark belongs to worker ${last.workerId}, not workerId ${options.workerId}`,
				);
			}
			this.lastTimestampMs = last.timestampMs;
			this.lastSequence = last.sequence;
		}
	}

	/** Issues the next id. Throws ClockMovedBackwardsError past `maxLeadMs`. */
	next(): bigint {
		const clockMs = this.now();
		let timestampMs: number;
		let sequence: number;
		if (clockMs > this.lastTimestampMs) {
			// The normal case: a new millisecond starts a new sequence.
			timestampMs = clockMs;
			sequence = 0;
		} else if (this.lastSequence < MAX_SEQUENCE) {
			// Same millisecond, or the clock stepped back: keep counting on the last timestamp.
			timestampMs = this.lastTimestampMs;
			sequence = this.lastSequence + 1;
		} else {
			// 4,096 ids already used this millisecond: borrow the next one instead of spinning.
			timestampMs = this.lastTimestampMs + 1;
			sequence = 0;
		}
		const leadMs = timestampMs - clockMs;
		if (leadMs > this.maxLeadMs) throw new ClockMovedBackwardsError(leadMs, this.maxLeadMs);
		if (timestampMs - this.epochMs > MAX_TIMESTAMP_OFFSET) {
			throw new RangeError(
				`the 41-bit timestamp is exhausted ${MAX_TIMESTAMP_OFFSET} ms after epochMs; choose a later epoch`,
			);
		}
		if (timestampMs < this.epochMs) {
			throw new RangeError(`clock reads ${clockMs}, before epochMs ${this.epochMs}`);
		}
		this.lastTimestampMs = timestampMs;
		this.lastSequence = sequence;
		return composeSnowflake({ timestampMs, workerId: this.workerId, sequence }, this.epochMs);
	}

	/** How far the last issued timestamp is ahead of the clock now, in ms (0 when behind). */
	leadMs(): number {
		return Math.max(0, this.lastTimestampMs - this.now());
	}
}

function checkInteger(field: string, value: number, min: number, max: number): void {
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new RangeError(`${field} must be an integer from ${min} to ${max}, got ${value}`);
	}
}
