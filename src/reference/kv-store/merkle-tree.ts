/**
 * Anti-entropy with a Merkle tree: each replica hashes its keys into a fixed number of key
 * ranges (leaves), hashes pairs of children up to a root, and two replicas compare trees from
 * the root down, descending only where hashes differ. Matching subtrees are skipped whole, so
 * replicas that agree exchange one hash, and a few differences cost a few root-to-leaf paths.
 */
import { createHash } from 'node:crypto';

/** A replica's Merkle tree over 2^depth key ranges. */
export interface MerkleTree {
	readonly depth: number;
	/** levels[0] is the root level (one hash); levels[depth] holds one hash per key range. */
	readonly levels: readonly (readonly string[])[];
}

/** The differing key ranges and how many node pairs were compared to find them. */
export interface MerkleDiff {
	readonly ranges: readonly number[];
	readonly comparisons: number;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The key range (leaf index) a key falls in: the top `depth` bits of the key's hash. */
export function rangeOf(key: string, depth: number): number {
	const top32 = Number.parseInt(sha256(key).slice(0, 8), 16);
	return depth === 0 ? 0 : Math.floor(top32 / 2 ** (32 - depth));
}

/** Builds the tree for a replica's data: key to a version string (or value digest). */
export function buildMerkleTree(data: ReadonlyMap<string, string>, depth: number): MerkleTree {
	if (!Number.isInteger(depth) || depth < 0 || depth > 20) {
		throw new RangeError(`depth must be a whole number from 0 to 20, got ${depth}`);
	}
	const buckets: string[][] = Array.from({ length: 2 ** depth }, () => []);
	for (const [key, version] of data) buckets[rangeOf(key, depth)]!.push(`${key}=${version}`);
	// Sort inside a range so two replicas with the same data hash it the same way.
	const leaves = buckets.map((entries) => sha256(entries.sort().join('\n')));
	const levels: string[][] = [leaves];
	while (levels[0]!.length > 1) {
		const below = levels[0]!;
		const above: string[] = [];
		for (let i = 0; i < below.length; i += 2) above.push(sha256(below[i]! + below[i + 1]!));
		levels.unshift(above);
	}
	return { depth, levels };
}

/** The key ranges whose contents differ between two replicas, found top-down. */
export function diffMerkleTrees(a: MerkleTree, b: MerkleTree): MerkleDiff {
	if (a.depth !== b.depth) {
		throw new Error(`trees must have the same depth to compare (got ${a.depth} and ${b.depth})`);
	}
	const ranges: number[] = [];
	let comparisons = 0;
	const visit = (level: number, index: number): void => {
		comparisons++;
		if (a.levels[level]![index] === b.levels[level]![index]) return;
		if (level === a.depth) {
			ranges.push(index);
			return;
		}
		visit(level + 1, 2 * index);
		visit(level + 1, 2 * index + 1);
	};
	visit(0, 0);
	return { ranges, comparisons };
}
