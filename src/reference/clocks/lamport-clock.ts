/**
 * A Lamport clock (Lamport, "Time, Clocks, and the Ordering of Events in a Distributed System",
 * CACM 1978): one counter per process, advanced on every event and pushed forward past any
 * timestamp received in a message.
 *
 * Guarantee: if event a happened before event b, then time(a) < time(b). The converse does not
 * hold. A smaller timestamp does not mean "happened before"; it may mean "unrelated". Detecting
 * that two events are concurrent needs a vector clock.
 */
export class LamportClock {
	private counter: number;

	/** @param initial starting value, 0 for a fresh process. */
	constructor(initial = 0) {
		if (!Number.isSafeInteger(initial) || initial < 0) {
			throw new RangeError(`initial must be a non-negative safe integer, got ${initial}`);
		}
		this.counter = initial;
	}

	/** The timestamp of the most recent event on this process. */
	get time(): number {
		return this.counter;
	}

	/** A local event: advances the counter and returns the event's timestamp. */
	tick(): number {
		this.counter += 1;
		return this.counter;
	}

	/** A send is an event too; the returned timestamp travels with the message. */
	send(): number {
		return this.tick();
	}

	/** Receiving a message stamped `remote`: jump past it, then count the receive event. */
	receive(remote: number): number {
		if (!Number.isSafeInteger(remote) || remote < 0) {
			throw new RangeError(`remote timestamp must be a non-negative safe integer, got ${remote}`);
		}
		this.counter = Math.max(this.counter, remote) + 1;
		return this.counter;
	}
}

/** A Lamport timestamp with the process that produced it, for a total order. */
export interface LamportStamp {
	readonly time: number;
	readonly processId: string;
}

/**
 * Total order over Lamport stamps: by time, then by process id. Every process agrees on it,
 * which is enough for a replicated log or a mutual-exclusion queue, but the order between
 * concurrent events it produces is arbitrary, not "what really happened first".
 */
export function compareLamport(a: LamportStamp, b: LamportStamp): number {
	if (a.time !== b.time) return a.time - b.time;
	return a.processId < b.processId ? -1 : a.processId > b.processId ? 1 : 0;
}
