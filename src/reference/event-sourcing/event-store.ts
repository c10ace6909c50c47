/**
 * An append-only event store with optimistic concurrency, kept in memory.
 *
 * Each aggregate owns one stream. A writer reads the stream, decides, and appends with the
 * version it read as `expectedVersion`; if another writer appended in between, the append
 * fails with a {@link ConcurrencyError} and nothing is written, so two decisions made on the
 * same state can never both land. The check and the append are one step, as in KurrentDB's
 * (formerly EventStoreDB) expected stream state or a PostgreSQL table with
 * UNIQUE (stream_id, version).
 *
 * Every event also gets a global position, the order a projection reads the whole log in.
 */

/** An event as a writer hands it to the store: its type, its schema version and its data. */
export interface NewEvent {
	readonly type: string;
	/** The version of the shape of `data`; readers upcast older shapes (see upcasting.ts). */
	readonly schemaVersion: number;
	readonly data: Readonly<Record<string, unknown>>;
}

/** An event as the store keeps it, frozen: nothing can edit history after the append. */
export interface StoredEvent extends NewEvent {
	readonly streamId: string;
	/** Position within its stream, starting at 1; the stream's version after this event. */
	readonly version: number;
	/** Position in the whole log, starting at 1, across every stream. */
	readonly position: number;
}

/** Thrown when the stream moved on since the writer read it: reload, decide again, retry. */
export class ConcurrencyError extends Error {
	override readonly name = 'ConcurrencyError';

	constructor(
		readonly streamId: string,
		readonly expectedVersion: number,
		readonly actualVersion: number,
	) {
		super(
			`stream ${streamId} is at version ${actualVersion}, not the expected ${expectedVersion}: ` +
				'another writer appended first; reload the stream and decide again',
		);
	}
}

// Freezes a value and everything inside it, so no nested object of a stored event can change.
function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

/** An in-memory event store: one array per stream plus the global log. */
export class InMemoryEventStore {
	private readonly streams = new Map<string, StoredEvent[]>();
	private readonly log: StoredEvent[] = [];

	/** The stream's current version: the number of events in it, 0 if it does not exist. */
	version(streamId: string): number {
		return this.streams.get(streamId)?.length ?? 0;
	}

	/**
	 * Appends `events` if the stream is still at `expectedVersion` (0 means "must not exist
	 * yet"). All events land or none do. Returns the stream's new version and the global
	 * position of the last event, which a caller can use to wait for projections.
	 */
	append(
		streamId: string,
		expectedVersion: number,
		events: readonly NewEvent[],
	): { version: number; position: number } {
		if (events.length === 0) {
			throw new RangeError(`append to ${streamId}: pass at least one event`);
		}
		const actualVersion = this.version(streamId);
		if (actualVersion !== expectedVersion) {
			throw new ConcurrencyError(streamId, expectedVersion, actualVersion);
		}
		const stream = this.streams.get(streamId) ?? [];
		for (const event of events) {
			// A deep copy, deeply frozen, so neither the caller nor a reader can rewrite history.
			const stored: StoredEvent = Object.freeze({
				streamId,
				version: stream.length + 1,
				position: this.log.length + 1,
				type: event.type,
				schemaVersion: event.schemaVersion,
				data: deepFreeze(structuredClone(event.data)),
			});
			stream.push(stored);
			this.log.push(stored);
		}
		this.streams.set(streamId, stream);
		return { version: stream.length, position: this.log.length };
	}

	/** The stream's events after `afterVersion` (0 reads from the start), in order. */
	readStream(streamId: string, afterVersion = 0): readonly StoredEvent[] {
		return (this.streams.get(streamId) ?? []).slice(afterVersion);
	}

	/** Up to `limit` events of every stream after global `afterPosition`, in append order. */
	readAll(afterPosition: number, limit = Number.POSITIVE_INFINITY): readonly StoredEvent[] {
		return this.log.slice(afterPosition, afterPosition + limit);
	}
}
