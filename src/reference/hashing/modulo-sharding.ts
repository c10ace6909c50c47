import { hash32 } from './consistent-hash-ring.ts';

/**
 * Naive sharding: shard = hash(key) mod N. Every key is placed by arithmetic alone, with
 * no lookup table, which is why it is tempting; but changing N changes the shard of
 * almost every key, because hash mod 4 and hash mod 5 agree only by coincidence.
 */
export class ModuloSharding {
	private readonly shardList: readonly string[];

	/**
	 * @param shards the shard names, in a fixed order; position in the list is the shard number.
	 * @param hash the function mapping keys to integers (the same one the ring uses by default).
	 */
	constructor(
		shards: readonly string[],
		private readonly hash: (input: string) => number = hash32,
	) {
		if (shards.length === 0) throw new RangeError('at least one shard is required');
		this.shardList = [...shards];
	}

	/** The shard names in shard-number order. */
	get shards(): readonly string[] {
		return this.shardList;
	}

	/** The shard holding `key`. */
	getNode(key: string): string {
		return this.shardList[this.hash(key) % this.shardList.length]!;
	}
}

/**
 * Share of `keys` whose owner differs between two placements: the fraction of data a
 * resharding would have to copy. Works for any object with a `getNode(key)` method.
 */
export function movedShare(
	keys: readonly string[],
	before: { getNode(key: string): string | undefined },
	after: { getNode(key: string): string | undefined },
): number {
	if (keys.length === 0) return 0;
	let moved = 0;
	for (const key of keys) {
		if (before.getNode(key) !== after.getNode(key)) moved++;
	}
	return moved / keys.length;
}
