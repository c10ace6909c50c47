/**
 * A Dynamo-style quorum over one key range: N home replicas (the preference list), plus fallback
 * nodes that take writes for a down home replica when sloppy quorums are on (hinted handoff).
 *
 * Every write carries a version from the coordinator, so a read can pick the newest of the
 * answers it gets. Which replicas a write reaches and which a read asks are parameters, so a
 * test can replay the exact interleavings that make R + W > N safe and R + W <= N unsafe.
 */

/** A value with the version the coordinator gave it; higher is newer. */
export interface Versioned<V> {
	readonly value: V;
	readonly version: number;
}

/** A write held by a fallback node on behalf of a home replica that was down. */
interface Hint<V> {
	readonly owner: string;
	readonly key: string;
	readonly entry: Versioned<V>;
}

interface Node<V> {
	up: boolean;
	readonly data: Map<string, Versioned<V>>;
	readonly hints: Hint<V>[];
}

/** How the cluster is shaped. */
export interface QuorumClusterOptions {
	/** The N home replicas, in preference-list order. */
	readonly home: readonly string[];
	/** Nodes after the home replicas on the ring, used only by sloppy quorums. */
	readonly fallbacks?: readonly string[];
	/** Write to fallback nodes with a hint when home replicas are down (Dynamo's sloppy quorum). */
	readonly sloppy?: boolean;
}

/** The outcome of a write. */
export type WriteResult =
	| { readonly ok: true; readonly version: number; readonly storedOn: readonly string[] }
	| { readonly ok: false; readonly reason: 'not-enough-replicas'; readonly acks: number };

/** The outcome of a read. */
export type ReadResult<V> =
	| {
			readonly ok: true;
			readonly value: V | undefined;
			readonly version: number;
			readonly askedReplicas: readonly string[];
	  }
	| { readonly ok: false; readonly reason: 'not-enough-replicas'; readonly responses: number };

/** One key range replicated on N nodes, read and written with quorums. */
export class QuorumCluster<V> {
	private readonly nodes = new Map<string, Node<V>>();
	private readonly home: readonly string[];
	private readonly fallbacks: readonly string[];
	private readonly sloppy: boolean;
	private lastVersion = 0;

	constructor(options: QuorumClusterOptions) {
		this.home = options.home;
		this.fallbacks = options.fallbacks ?? [];
		this.sloppy = options.sloppy ?? false;
		for (const id of [...this.home, ...this.fallbacks]) {
			if (this.nodes.has(id)) throw new Error(`node id "${id}" appears twice; ids must be unique`);
			this.nodes.set(id, { up: true, data: new Map(), hints: [] });
		}
	}

	/** N, the replication factor. */
	get n(): number {
		return this.home.length;
	}

	/** Marks a node down (crashed, partitioned) or back up. */
	setUp(id: string, up: boolean): void {
		this.node(id).up = up;
	}

	/**
	 * Writes `value` and succeeds once `w` nodes stored it. `reach` lists the home replicas the
	 * write gets to before the coordinator answers (default: every live one); the rest missed it,
	 * as a slow or dropped message would make them.
	 */
	write(key: string, value: V, w: number, reach?: readonly string[]): WriteResult {
		this.checkQuorumSize('w', w);
		const entry = { value, version: ++this.lastVersion };
		const targets = (reach ?? this.home).filter((id) => this.home.includes(id));
		const storedOn: string[] = [];
		for (const id of targets) {
			if (!this.node(id).up) continue;
			this.store(id, key, entry);
			storedOn.push(id);
		}
		// A sloppy quorum counts fallback nodes that hold the write for a down home replica.
		if (this.sloppy && storedOn.length < w) {
			const downOwners = this.home.filter((id) => !this.node(id).up);
			const liveFallbacks = this.fallbacks.filter((id) => this.node(id).up);
			for (let i = 0; i < downOwners.length && i < liveFallbacks.length; i++) {
				if (storedOn.length >= w) break;
				const holder = liveFallbacks[i]!;
				this.node(holder).hints.push({ owner: downOwners[i]!, key, entry });
				this.store(holder, key, entry);
				storedOn.push(holder);
			}
		}
		if (storedOn.length < w)
			return { ok: false, reason: 'not-enough-replicas', acks: storedOn.length };
		return { ok: true, version: entry.version, storedOn };
	}

	/**
	 * Reads from `r` live home replicas and returns the newest version among their answers.
	 * `ask` sets which replicas are asked first (default: preference-list order). Stale answers
	 * are repaired with the newest version (read repair).
	 */
	read(key: string, r: number, ask?: readonly string[]): ReadResult<V> {
		this.checkQuorumSize('r', r);
		const order = [...(ask ?? []), ...this.home].filter((id, i, all) => all.indexOf(id) === i);
		const asked = order.filter((id) => this.home.includes(id) && this.node(id).up).slice(0, r);
		if (asked.length < r)
			return { ok: false, reason: 'not-enough-replicas', responses: asked.length };
		let newest: Versioned<V> | undefined;
		for (const id of asked) {
			const entry = this.node(id).data.get(key);
			if (entry && (!newest || entry.version > newest.version)) newest = entry;
		}
		if (newest) for (const id of asked) this.store(id, key, newest);
		return { ok: true, value: newest?.value, version: newest?.version ?? 0, askedReplicas: asked };
	}

	/** Fallback nodes deliver their hints to owners that are up again; returns how many moved. */
	deliverHints(): number {
		let delivered = 0;
		for (const id of this.fallbacks) {
			const holder = this.node(id);
			if (!holder.up) continue;
			const kept: Hint<V>[] = [];
			for (const hint of holder.hints) {
				if (this.node(hint.owner).up) {
					this.store(hint.owner, hint.key, hint.entry);
					delivered++;
				} else kept.push(hint);
			}
			holder.hints.splice(0, holder.hints.length, ...kept);
		}
		return delivered;
	}

	/** What one node holds for `key`, for tests and inspection. */
	peek(id: string, key: string): Versioned<V> | undefined {
		return this.node(id).data.get(key);
	}

	private store(id: string, key: string, entry: Versioned<V>): void {
		const data = this.node(id).data;
		const current = data.get(key);
		// Never let an older version overwrite a newer one (last write wins by version).
		if (!current || current.version < entry.version) data.set(key, entry);
	}

	private node(id: string): Node<V> {
		const node = this.nodes.get(id);
		if (!node)
			throw new Error(`unknown node "${id}"; known nodes: ${[...this.nodes.keys()].join(', ')}`);
		return node;
	}

	private checkQuorumSize(name: 'r' | 'w', size: number): void {
		if (!Number.isInteger(size) || size < 1 || size > this.n) {
			throw new RangeError(`${name} must be a whole number from 1 to N = ${this.n}, got ${size}`);
		}
	}
}
