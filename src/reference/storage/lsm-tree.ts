import { BloomFilter, optimalHashCount } from '../probabilistic/bloom-filter.ts';
import type { WriteAheadLog } from './write-ahead-log.ts';

/** A key and its value; a null value is a tombstone, the record of a delete. */
export interface Entry {
	key: string;
	value: string | null;
}

/**
 * An immutable sorted run (an SSTable): unique keys in order, searched by binary search, with an
 * optional Bloom filter so a point read can skip the run without searching it.
 */
export class SortedRun {
	private readonly entries: readonly Entry[];
	private readonly filter: BloomFilter | null;

	/**
	 * @param entries sorted by key, one entry per key.
	 * @param bloomBitsPerKey filter size; 0 builds no filter.
	 */
	constructor(entries: readonly Entry[], bloomBitsPerKey: number) {
		for (let i = 1; i < entries.length; i++) {
			if (!(entries[i - 1]!.key < entries[i]!.key))
				throw new Error(`SortedRun: entries must be sorted with unique keys (index ${i})`);
		}
		this.entries = entries;
		this.filter = null;
		if (bloomBitsPerKey > 0 && entries.length > 0) {
			const bits = Math.ceil(entries.length * bloomBitsPerKey);
			this.filter = new BloomFilter(bits, optimalHashCount(bits, entries.length));
			for (const entry of entries) this.filter.add(entry.key);
		}
	}

	/** Number of entries, tombstones included: what the run costs on disk. */
	get size(): number {
		return this.entries.length;
	}

	/** False when the filter proves the key is absent, so the run need not be searched. */
	mightContain(key: string): boolean {
		return this.filter === null || this.filter.mightContain(key);
	}

	/** The entry for `key`, or undefined when the run has none (a tombstone is an entry). */
	find(key: string): Entry | undefined {
		let lo = 0;
		let hi = this.entries.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.entries[mid]!.key < key) lo = mid + 1;
			else hi = mid;
		}
		const entry = this.entries[lo];
		return entry !== undefined && entry.key === key ? entry : undefined;
	}

	/** Entries with from <= key < to, in key order. */
	range(from: string, to: string): Entry[] {
		return this.entries.filter((entry) => entry.key >= from && entry.key < to);
	}

	/** Every entry, in key order. */
	all(): readonly Entry[] {
		return this.entries;
	}
}

/** Settings for an LsmTree. */
export interface LsmOptions {
	/** Distinct keys the memtable holds before it is flushed to a new sorted run. */
	memtableLimit: number;
	/** Bloom filter bits per key for each run; 0 turns filters off. Default 10 (about 1%). */
	bloomBitsPerKey?: number;
	/** When more runs than this exist after a flush, merge them all into one. Default: never. */
	maxRuns?: number;
	/** Log every write here before applying it, so recover() can rebuild the memtable. */
	wal?: WriteAheadLog;
	/** Sorted runs already on disk, newest first (what survives a crash). */
	runs?: readonly SortedRun[];
}

/** Counters that show where the work goes. */
export interface LsmStats {
	/** put and delete calls. */
	userWrites: number;
	/** Entries written to disk by flushes. */
	entriesFlushed: number;
	/** Entries rewritten to disk by compactions. */
	entriesCompacted: number;
	/** Runs binary-searched by get (runs skipped by their Bloom filter are not counted). */
	runsSearched: number;
}

/**
 * A log-structured merge tree. Writes go to the write-ahead log and an in-memory memtable;
 * a full memtable is flushed to a new immutable sorted run; reads check the memtable, then the
 * runs from newest to oldest, and the first entry found wins. Deletes write tombstones, which
 * hide older values until a compaction that reaches the oldest run drops both.
 */
export class LsmTree {
	private memtable = new Map<string, string | null>();
	private runs: SortedRun[];
	private readonly bloomBitsPerKey: number;
	readonly stats: LsmStats = {
		userWrites: 0,
		entriesFlushed: 0,
		entriesCompacted: 0,
		runsSearched: 0,
	};

	constructor(private readonly options: LsmOptions) {
		if (!Number.isInteger(options.memtableLimit) || options.memtableLimit < 1)
			throw new RangeError(`memtableLimit must be an integer >= 1, got ${options.memtableLimit}`);
		if (
			options.maxRuns !== undefined &&
			(!Number.isInteger(options.maxRuns) || options.maxRuns < 1)
		)
			throw new RangeError(`maxRuns must be an integer >= 1, got ${options.maxRuns}`);
		this.bloomBitsPerKey = options.bloomBitsPerKey ?? 10;
		this.runs = [...(options.runs ?? [])];
	}

	/**
	 * Rebuilds a tree after a crash from what was on disk: the sorted runs, plus the write-ahead
	 * log replayed into a fresh memtable. Replaying a record the last flush already wrote is
	 * harmless, because applying the same put or delete twice leaves the same state.
	 */
	static recover(options: LsmOptions): LsmTree {
		const tree = new LsmTree(options);
		for (const record of options.wal?.replay() ?? []) {
			tree.memtable.set(record.key, record.kind === 'put' ? record.value : null);
		}
		return tree;
	}

	/** Sorted runs, newest first. They are immutable, so sharing them is safe. */
	get sortedRuns(): readonly SortedRun[] {
		return this.runs;
	}

	/** Keys currently buffered in the memtable. */
	get memtableSize(): number {
		return this.memtable.size;
	}

	/** Writes a value: log first, then memtable, then flush if the memtable is full. */
	put(key: string, value: string): void {
		this.options.wal?.append({ kind: 'put', key, value });
		this.apply(key, value);
	}

	/** Deletes a key by writing a tombstone; older values stay on disk until compaction. */
	delete(key: string): void {
		this.options.wal?.append({ kind: 'delete', key });
		this.apply(key, null);
	}

	/** The newest value for `key`, or undefined if it was never written or was deleted. */
	get(key: string): string | undefined {
		if (this.memtable.has(key)) return this.memtable.get(key) ?? undefined;
		for (const run of this.runs) {
			if (!run.mightContain(key)) continue;
			this.stats.runsSearched++;
			const entry = run.find(key);
			// The newest entry decides, even when it is a tombstone: older runs are not consulted.
			if (entry !== undefined) return entry.value ?? undefined;
		}
		return undefined;
	}

	/** Live key-value pairs with from <= key < to, in key order, merged across every source. */
	scan(from: string, to: string): [string, string][] {
		const sources = [this.memtableRange(from, to), ...this.runs.map((run) => run.range(from, to))];
		return mergeNewestFirst(sources, true).map((entry) => [entry.key, entry.value!]);
	}

	/** Writes the memtable to a new sorted run (newest first) and empties the log. */
	flush(): void {
		if (this.memtable.size === 0) return;
		const entries = [...this.memtable]
			.map(([key, value]) => ({ key, value }))
			.sort((a, b) => (a.key < b.key ? -1 : 1));
		this.runs.unshift(new SortedRun(entries, this.bloomBitsPerKey));
		this.stats.entriesFlushed += entries.length;
		this.memtable = new Map();
		// Only now is every logged write durable in a run, so the log can go.
		this.options.wal?.truncate();
		if (this.options.maxRuns !== undefined && this.runs.length > this.options.maxRuns)
			this.compact();
	}

	/**
	 * Merges the newest `count` runs into one. Shadowed values are dropped; tombstones are
	 * dropped only when the merge includes the oldest run, because an older run outside the
	 * merge could still hold a value the tombstone must keep hiding.
	 */
	compact(count = this.runs.length): void {
		if (!Number.isInteger(count) || count < 2 || count > this.runs.length) return;
		const reachesBottom = count === this.runs.length;
		const merged = mergeNewestFirst(
			this.runs.slice(0, count).map((run) => run.all()),
			reachesBottom,
		);
		this.stats.entriesCompacted += merged.length;
		const replacement = merged.length > 0 ? [new SortedRun(merged, this.bloomBitsPerKey)] : [];
		this.runs = [...replacement, ...this.runs.slice(count)];
	}

	/** Entries on disk divided by live keys on disk: 1.0 means no garbage. */
	spaceAmplification(): number {
		const onDisk = this.runs.reduce((sum, run) => sum + run.size, 0);
		const live = mergeNewestFirst(
			this.runs.map((run) => run.all()),
			true,
		).length;
		return live === 0 ? (onDisk === 0 ? 1 : Infinity) : onDisk / live;
	}

	/** Bytes written to disk per byte written by users, counted in entries. */
	writeAmplification(): number {
		const { userWrites, entriesFlushed, entriesCompacted } = this.stats;
		return userWrites === 0 ? 0 : (entriesFlushed + entriesCompacted) / userWrites;
	}

	private apply(key: string, value: string | null): void {
		this.stats.userWrites++;
		this.memtable.set(key, value);
		if (this.memtable.size >= this.options.memtableLimit) this.flush();
	}

	private memtableRange(from: string, to: string): Entry[] {
		return [...this.memtable]
			.filter(([key]) => key >= from && key < to)
			.map(([key, value]) => ({ key, value }))
			.sort((a, b) => (a.key < b.key ? -1 : 1));
	}
}

/**
 * A k-way merge of sorted sources given newest first. For each key, the entry from the newest
 * source wins and the older ones are dropped (they are shadowed). Tombstones are kept unless
 * `dropTombstones` is set, which is only safe when nothing older exists outside the merge.
 */
export function mergeNewestFirst(
	sources: readonly (readonly Entry[])[],
	dropTombstones: boolean,
): Entry[] {
	const cursors = sources.map(() => 0);
	const out: Entry[] = [];
	for (;;) {
		let smallest: string | undefined;
		for (let s = 0; s < sources.length; s++) {
			const entry = sources[s]![cursors[s]!];
			if (entry !== undefined && (smallest === undefined || entry.key < smallest))
				smallest = entry.key;
		}
		if (smallest === undefined) return out;
		let winner: Entry | undefined;
		for (let s = 0; s < sources.length; s++) {
			const entry = sources[s]![cursors[s]!];
			if (entry !== undefined && entry.key === smallest) {
				// Sources are scanned newest first, so the first match is the newest version.
				winner ??= entry;
				cursors[s]!++;
			}
		}
		if (!(dropTombstones && winner!.value === null)) out.push(winner!);
	}
}
