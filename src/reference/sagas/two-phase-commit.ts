/**
 * A two-phase commit simulation that shows why the protocol blocks.
 *
 * Phase one: the coordinator asks every participant to prepare. A participant that votes yes has
 * made its changes durable and promised to commit if told to, so from then on it may neither
 * commit nor abort on its own; it holds its locks and waits. Phase two: the coordinator writes the
 * decision to its log (the commit point) and sends it to everyone.
 *
 * If the coordinator crashes after participants voted yes, they are "in doubt": still holding
 * locks, still unable to decide, for as long as the coordinator stays down. On recovery the
 * coordinator reads its log: a logged decision is sent again; a transaction with no logged
 * decision is aborted ("presumed abort"), which is safe because nobody can have committed it.
 */

/** Where one transaction stands at one participant. */
export type ParticipantState = 'active' | 'prepared' | 'committed' | 'aborted';

/** The outcome of {@link Participant.write}. */
export type WriteResult =
	{ readonly ok: true } | { readonly ok: false; readonly blockedBy: string };

/** A resource manager, such as one database, with exclusive row locks. */
export class Participant {
	private readonly states = new Map<string, ParticipantState>();
	private readonly lockOwners = new Map<string, string>();
	private readonly values = new Map<string, number>();
	private readonly pending = new Map<string, Map<string, number>>();

	/** `refusesToPrepare` makes it vote no, as a constraint violation or a full disk would. */
	constructor(
		readonly name: string,
		private readonly refusesToPrepare = false,
	) {}

	/** Writes `key` inside `txId`, taking its lock; fails if another transaction holds it. */
	write(txId: string, key: string, value: number): WriteResult {
		const owner = this.lockOwners.get(key);
		if (owner !== undefined && owner !== txId) return { ok: false, blockedBy: owner };
		this.lockOwners.set(key, txId);
		this.states.set(txId, 'active');
		const writes = this.pending.get(txId) ?? new Map<string, number>();
		writes.set(key, value);
		this.pending.set(txId, writes);
		return { ok: true };
	}

	/** Phase one. Voting yes keeps every lock until the coordinator's decision arrives. */
	prepare(txId: string): 'yes' | 'no' {
		if (this.refusesToPrepare || this.states.get(txId) !== 'active') {
			this.finish(txId, 'aborted');
			return 'no';
		}
		this.states.set(txId, 'prepared');
		return 'yes';
	}

	/** Phase two, commit: applies the writes and releases the locks. Repeating it is harmless. */
	commit(txId: string): void {
		if (this.states.get(txId) === 'committed') return;
		for (const [key, value] of this.pending.get(txId) ?? []) this.values.set(key, value);
		this.finish(txId, 'committed');
	}

	/** Phase two, abort: discards the writes and releases the locks. Repeating it is harmless. */
	abort(txId: string): void {
		if (this.states.get(txId) === 'aborted') return;
		this.finish(txId, 'aborted');
	}

	/**
	 * What a participant tempted by a timeout would do. Allowed only before it voted yes: once
	 * prepared, the coordinator may already have logged commit and told others to commit.
	 */
	abortOnOwn(txId: string): boolean {
		if (this.states.get(txId) !== 'active') return false;
		this.abort(txId);
		return true;
	}

	/** The state of `txId` here, if this participant has seen it. */
	state(txId: string): ParticipantState | undefined {
		return this.states.get(txId);
	}

	/** Transactions prepared here and still waiting for a decision. */
	inDoubt(): string[] {
		return [...this.states].filter(([, state]) => state === 'prepared').map(([txId]) => txId);
	}

	/** The committed value of `key`. */
	read(key: string): number | undefined {
		return this.values.get(key);
	}

	private finish(txId: string, state: 'committed' | 'aborted'): void {
		this.states.set(txId, state);
		this.pending.delete(txId);
		for (const [key, owner] of this.lockOwners) if (owner === txId) this.lockOwners.delete(key);
	}
}

/** Where the coordinator may stop, to simulate a crash at that point. */
export type CrashPoint = 'after-prepare' | 'after-first-commit';

/** The coordinator's durable log: one decision per transaction, written before any is sent. */
export type DecisionLog = Map<string, 'commit' | 'abort'>;

/** Runs two-phase commit over participants, with a log that survives its crashes. */
export class Coordinator {
	constructor(
		private readonly participants: readonly Participant[],
		readonly log: DecisionLog = new Map(),
	) {}

	/**
	 * Prepares every participant, logs the decision, then sends it. With `crashAt`, stops there
	 * and returns 'crashed', leaving the participants as a real crash would.
	 */
	run(txId: string, crashAt?: CrashPoint): 'committed' | 'aborted' | 'crashed' {
		const votes = this.participants.map((participant) => participant.prepare(txId));
		if (crashAt === 'after-prepare') return 'crashed';
		const decision = votes.every((vote) => vote === 'yes') ? 'commit' : 'abort';
		this.log.set(txId, decision); // The commit point: durable before anyone hears it.
		for (const participant of this.participants) {
			if (decision === 'commit') participant.commit(txId);
			else participant.abort(txId);
			if (crashAt === 'after-first-commit' && decision === 'commit') return 'crashed';
		}
		return decision === 'commit' ? 'committed' : 'aborted';
	}

	/**
	 * After a restart: resends every logged decision, and aborts every transaction a participant
	 * holds in doubt that has no logged decision (presumed abort).
	 */
	recover(): void {
		for (const participant of this.participants) {
			for (const txId of participant.inDoubt()) {
				if (this.log.get(txId) === 'commit') participant.commit(txId);
				else participant.abort(txId);
			}
		}
	}
}
