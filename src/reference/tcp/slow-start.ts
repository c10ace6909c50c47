/**
 * How many round trips TCP slow start needs to deliver a response on a fresh connection.
 *
 * The sender may have at most `cwnd` segments unacknowledged. It starts at the initial window
 * (10 segments since RFC 6928) and, in slow start, grows by one segment per segment acknowledged
 * (RFC 5681), so it doubles every round trip until it reaches `ssthresh`, after which congestion
 * avoidance adds about one segment per round trip. This model assumes no loss, a receive window
 * that never limits the sender, and an ACK for every segment; real stacks differ in the details
 * (delayed ACKs, pacing, CUBIC or BBR), but the shape holds.
 */

/** Inputs for {@link slowStartRounds}. */
export interface SlowStartOptions {
	/** Maximum segment size in bytes; 1,460 on a 1,500-byte Ethernet MTU (1,500 - 20 IP - 20 TCP). */
	readonly mssBytes?: number;
	/** Initial congestion window in segments; RFC 6928 allows 10. */
	readonly initialWindowSegments?: number;
	/** Slow-start threshold in segments; unlimited on a fresh connection. */
	readonly ssthreshSegments?: number;
}

/** The flights a response needs. */
export interface SlowStartResult {
	/** Segments needed to carry the response. */
	readonly segments: number;
	/** Segments sent in each round trip, in order. */
	readonly flights: readonly number[];
	/** Round trips of data transfer: the length of `flights`. */
	readonly roundTrips: number;
}

/** Bytes that fit in the first flight: the initial window times the MSS. */
export function initialWindowBytes(options: SlowStartOptions = {}): number {
	return (options.initialWindowSegments ?? 10) * (options.mssBytes ?? 1460);
}

/** Simulates slow start round by round for a response of `responseBytes`. */
export function slowStartRounds(
	responseBytes: number,
	options: SlowStartOptions = {},
): SlowStartResult {
	const mss = options.mssBytes ?? 1460;
	const initial = options.initialWindowSegments ?? 10;
	const ssthresh = options.ssthreshSegments ?? Number.POSITIVE_INFINITY;
	if (!Number.isInteger(responseBytes) || responseBytes < 0) {
		throw new RangeError(
			`responseBytes must be a whole number of bytes >= 0, got ${responseBytes}`,
		);
	}
	if (!Number.isInteger(mss) || mss < 1)
		throw new RangeError(`mssBytes must be a whole number >= 1, got ${mss}`);
	if (!Number.isInteger(initial) || initial < 1) {
		throw new RangeError(`initialWindowSegments must be a whole number >= 1, got ${initial}`);
	}
	const segments = Math.ceil(responseBytes / mss);
	const flights: number[] = [];
	let cwnd = initial;
	let sent = 0;
	while (sent < segments) {
		const flight = Math.min(cwnd, segments - sent);
		flights.push(flight);
		sent += flight;
		// Slow start: every ACKed segment adds one, so a full window doubles per round trip.
		// Congestion avoidance past ssthresh: about one more segment per round trip.
		cwnd = cwnd < ssthresh ? Math.min(cwnd + flight, Math.max(ssthresh, cwnd + 1)) : cwnd + 1;
	}
	return { segments, flights, roundTrips: flights.length };
}
