/**
 * Loading and saving accounts: read the stream, fold, decide, append with the version read.
 *
 * Snapshots are a cache of the fold, never the truth. Every `snapshotEvery` events the
 * repository stores the state with the version it reflects; a load starts from the latest
 * snapshot and folds only the events after it, which gives the same state as folding all of
 * them. A snapshot records the state shape it was written with, and a load ignores snapshots
 * of another shape, so changing `AccountState` means rebuilding from events, not migrating.
 */

import {
	foldEvents,
	initialAccountState,
	type AccountEvent,
	type AccountState,
} from './bank-account.ts';
import type { InMemoryEventStore } from './event-store.ts';
import { deserializeEvent, serializeEvent } from './upcasting.ts';

/** The state shape this code writes into snapshots; bump it when AccountState changes. */
export const ACCOUNT_STATE_SHAPE = 1;

/** A folded state and the stream version it reflects. */
export interface Snapshot {
	readonly streamId: string;
	readonly version: number;
	readonly stateShape: number;
	readonly state: AccountState;
}

/** Where snapshots live: beside the events or in a cache; losing them loses nothing. */
export class SnapshotStore {
	private readonly latestByStream = new Map<string, Snapshot>();

	/** Keeps `snapshot` if it is newer than the one held for its stream. */
	save(snapshot: Snapshot): void {
		const held = this.latestByStream.get(snapshot.streamId);
		if (held === undefined || held.version < snapshot.version) {
			this.latestByStream.set(snapshot.streamId, snapshot);
		}
	}

	/** The newest snapshot of a stream, if any. */
	latest(streamId: string): Snapshot | undefined {
		return this.latestByStream.get(streamId);
	}
}

/** A loaded account: its state, the version to append at, and how many events were folded. */
export interface LoadedAccount {
	readonly state: AccountState;
	readonly version: number;
	readonly eventsReplayed: number;
}

/** Loads accounts from the event store and appends the events their commands decide. */
export class AccountRepository {
	constructor(
		private readonly events: InMemoryEventStore,
		private readonly snapshots: SnapshotStore,
		private readonly snapshotEvery: number,
	) {
		if (!Number.isSafeInteger(snapshotEvery) || snapshotEvery < 1) {
			throw new RangeError(`snapshotEvery must be a positive integer, got ${snapshotEvery}`);
		}
	}

	/** Latest usable snapshot plus the events after it, upcast and folded. */
	load(accountId: string): LoadedAccount {
		const snapshot = this.snapshots.latest(accountId);
		const usable = snapshot?.stateShape === ACCOUNT_STATE_SHAPE ? snapshot : undefined;
		const from = usable?.version ?? 0;
		const tail = this.events.readStream(accountId, from).map(deserializeEvent);
		return {
			state: foldEvents(tail, usable?.state ?? initialAccountState),
			version: from + tail.length,
			eventsReplayed: tail.length,
		};
	}

	/**
	 * Runs one command: load, decide, append at the loaded version. A concurrent writer makes
	 * the append throw ConcurrencyError; the caller reloads and runs the command again.
	 */
	execute(
		accountId: string,
		decide: (state: AccountState) => AccountEvent[],
	): { version: number; position: number } {
		const loaded = this.load(accountId);
		const decided = decide(loaded.state);
		const result = this.events.append(accountId, loaded.version, decided.map(serializeEvent));
		// Snapshot after the append, outside it: a lost snapshot costs a longer fold, not data.
		const crossed =
			Math.floor(result.version / this.snapshotEvery) >
			Math.floor(loaded.version / this.snapshotEvery);
		if (crossed) {
			this.snapshots.save({
				streamId: accountId,
				version: result.version,
				stateShape: ACCOUNT_STATE_SHAPE,
				state: foldEvents(decided, loaded.state),
			});
		}
		return result;
	}
}
