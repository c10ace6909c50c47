/**
 * A leaderboard split across shards, each holding a sorted slice of players, the way a board
 * too big or too hot for one Redis sorted set is split across several. The global top k is the
 * merge of every shard's top k; a global rank is the sum of per-shard counts of players ahead.
 */

/** One player's standing: best score, and when it was first reached (ms since epoch). */
export interface BoardEntry {
	readonly playerId: string;
	readonly score: number;
	readonly achievedAt: number;
}

/**
 * Board order: higher score first; on equal scores whoever reached it earlier; then player id,
 * so the order is total and every shard and the merge agree on it.
 */
export function compareEntries(a: BoardEntry, b: BoardEntry): number {
	if (a.score !== b.score) return b.score - a.score;
	if (a.achievedAt !== b.achievedAt) return a.achievedAt - b.achievedAt;
	return a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0;
}

/** One shard: entries kept sorted in board order, plus an index by player. */
class Shard {
	private readonly sorted: BoardEntry[] = [];
	private readonly byPlayer = new Map<string, BoardEntry>();

	get size(): number {
		return this.sorted.length;
	}

	get(playerId: string): BoardEntry | undefined {
		return this.byPlayer.get(playerId);
	}

	put(entry: BoardEntry): void {
		const old = this.byPlayer.get(entry.playerId);
		if (old !== undefined) this.sorted.splice(this.countAhead(old), 1);
		this.sorted.splice(this.countAhead(entry), 0, entry);
		this.byPlayer.set(entry.playerId, entry);
	}

	/** Entries that sort strictly before `entry`: a binary search, like ZCOUNT on a score range. */
	countAhead(entry: BoardEntry): number {
		let low = 0;
		let high = this.sorted.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (compareEntries(this.sorted[mid]!, entry) < 0) low = mid + 1;
			else high = mid;
		}
		return low;
	}

	top(k: number): BoardEntry[] {
		return this.sorted.slice(0, k);
	}
}

/** FNV-1a over the id: a stable spread of players over shards. */
function shardIndex(playerId: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < playerId.length; i++) {
		hash ^= playerId.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % shards;
}

/** A leaderboard of best scores, sharded by player id. */
export class ShardedLeaderboard {
	private readonly shards: Shard[];

	constructor(shardCount: number) {
		if (!Number.isInteger(shardCount) || shardCount < 1)
			throw new RangeError(`shardCount must be an integer >= 1, got ${shardCount}`);
		this.shards = Array.from({ length: shardCount }, () => new Shard());
	}

	/** Players on the board. */
	get size(): number {
		return this.shards.reduce((sum, shard) => sum + shard.size, 0);
	}

	/**
	 * Records a score. The board keeps each player's best: a higher score replaces the entry,
	 * an equal or lower one is ignored, so an equal score never moves a player behind someone
	 * who reached it later. Returns whether the board changed.
	 */
	submit(playerId: string, score: number, achievedAt: number): boolean {
		if (!Number.isFinite(score))
			throw new RangeError(`score must be a finite number, got ${score}`);
		const shard = this.shardFor(playerId);
		const current = shard.get(playerId);
		if (current !== undefined && current.score >= score) return false;
		shard.put({ playerId, score, achievedAt });
		return true;
	}

	/** A player's entry, or undefined if they have no score. */
	entry(playerId: string): BoardEntry | undefined {
		return this.shardFor(playerId).get(playerId);
	}

	/**
	 * The global top k: each shard's top k, merged. Exact, because a player in the global top k
	 * has fewer than k players ahead of them anywhere, so fewer than k in their own shard.
	 */
	topK(k: number): BoardEntry[] {
		if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be an integer >= 0, got ${k}`);
		const candidates = this.shards.flatMap((shard) => shard.top(k));
		return candidates.sort(compareEntries).slice(0, k);
	}

	/**
	 * A player's 1-based global rank: one plus the players ahead of them in every shard. Each
	 * shard answers with a count, never a list, so the cost is one O(log n) query per shard.
	 */
	rank(playerId: string): number | undefined {
		const entry = this.entry(playerId);
		if (entry === undefined) return undefined;
		return 1 + this.shards.reduce((sum, shard) => sum + shard.countAhead(entry), 0);
	}

	private shardFor(playerId: string): Shard {
		return this.shards[shardIndex(playerId, this.shards.length)]!;
	}
}
