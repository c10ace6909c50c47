/**
 * A hybrid logical clock (HLC), following the send and receive rules of Kulkarni, Demirbas,
 * Madappa, Avva and Leone, "Logical Physical Clocks and Consistent Snapshots in Globally
 * Distributed Databases" (OPODIS 2014).
 *
 * A timestamp is a pair: `wallMs`, the largest physical time this node has heard of (the
 * paper's l), and `logical`, a counter that orders events sharing that wallMs (the paper's c).
 * Compared as (wallMs, logical), HLC timestamps respect causality like a Lamport clock, never
 * go backwards even when the physical clock does, and stay within the clock skew of real time,
 * so they can stand in for wall-clock timestamps in a database.
 */

/** Physical time in milliseconds; injected so tests can skew it and step it back. */
export type Clock = () => number;

/** One HLC timestamp. */
export interface HlcTimestamp {
	/** The paper's l: the maximum physical time seen, in ms. Always at least the local clock. */
	readonly wallMs: number;
	/** The paper's c: breaks ties between events with the same wallMs. */
	readonly logical: number;
}

/** Orders HLC timestamps: by wallMs, then by logical. Negative when a comes first. */
export function compareHlc(a: HlcTimestamp, b: HlcTimestamp): number {
	return a.wallMs !== b.wallMs ? a.wallMs - b.wallMs : a.logical - b.logical;
}

/** Thrown when a remote timestamp is further ahead of the local clock than `maxOffsetMs`. */
export class ClockOffsetError extends Error {
	constructor(
		readonly remoteWallMs: number,
		readonly localMs: number,
		readonly maxOffsetMs: number,
	) {
		super(
			`remote timestamp ${remoteWallMs} is ${remoteWallMs - localMs} ms ahead of the local clock, ` +
				`more than maxOffsetMs (${maxOffsetMs}); one of the two clocks is wrong`,
		);
		this.name = 'ClockOffsetError';
	}
}

/** Configuration for {@link HybridLogicalClock}. */
export interface HybridLogicalClockOptions {
	/** The node's physical clock in ms. */
	readonly now: Clock;
	/**
	 * Reject messages whose wallMs is more than this far ahead of the local clock, so one node
	 * with a broken clock cannot drag every HLC in the cluster into the future. Unset: no check.
	 */
	readonly maxOffsetMs?: number;
}

/** One node's hybrid logical clock. */
export class HybridLogicalClock {
	private readonly physical: Clock;
	private readonly maxOffsetMs: number | undefined;
	private l = 0;
	private c = 0;

	constructor(options: HybridLogicalClockOptions) {
		if (options.maxOffsetMs !== undefined && !(options.maxOffsetMs >= 0)) {
			throw new RangeError(`maxOffsetMs must be zero or more, got ${options.maxOffsetMs}`);
		}
		this.physical = options.now;
		this.maxOffsetMs = options.maxOffsetMs;
	}

	/** The timestamp of the last event on this node, without creating a new one. */
	last(): HlcTimestamp {
		return { wallMs: this.l, logical: this.c };
	}

	/** A local or send event: the paper's first rule. Returns the event's timestamp. */
	now(): HlcTimestamp {
		const pt = this.physical();
		const previous = this.l;
		this.l = Math.max(previous, pt);
		// Physical time did not move past what we have seen: count within the same wallMs.
		this.c = this.l === previous ? this.c + 1 : 0;
		return this.last();
	}

	/** Receiving a message stamped `remote`: the paper's second rule. */
	receive(remote: HlcTimestamp): HlcTimestamp {
		const pt = this.physical();
		if (this.maxOffsetMs !== undefined && remote.wallMs - pt > this.maxOffsetMs) {
			throw new ClockOffsetError(remote.wallMs, pt, this.maxOffsetMs);
		}
		const previous = this.l;
		this.l = Math.max(previous, remote.wallMs, pt);
		if (this.l === previous && this.l === remote.wallMs) {
			this.c = Math.max(this.c, remote.logical) + 1;
		} else if (this.l === previous) {
			this.c += 1;
		} else if (this.l === remote.wallMs) {
			this.c = remote.logical + 1;
		} else {
			// The local physical clock is ahead of everything seen: the counter restarts.
			this.c = 0;
		}
		return this.last();
	}
}
