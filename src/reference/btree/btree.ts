/** Orders two keys: negative if a < b, zero if equal, positive if a > b. */
export type Comparator<K> = (a: K, b: K) => number;

/** A leaf holds the keys and their values; leaves are chained left to right for range scans. */
export interface LeafNode<K, V> {
	kind: 'leaf';
	keys: K[];
	values: V[];
	next: LeafNode<K, V> | null;
}

/** An internal node holds separator keys only; children[i] covers keys below keys[i]. */
export interface InternalNode<K, V> {
	kind: 'internal';
	keys: K[];
	children: BPlusNode<K, V>[];
}

/** Any node of the tree. */
export type BPlusNode<K, V> = LeafNode<K, V> | InternalNode<K, V>;

/** Result of a node split: the key the parent must learn and the new right sibling. */
interface Split<K, V> {
	separator: K;
	right: BPlusNode<K, V>;
}

/** Natural ordering for numbers and strings (strings by UTF-16 code unit, like `<`). */
export function defaultCompare<K extends number | string>(a: K, b: K): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An in-memory B+tree of a given order (maximum children per node, at least 3).
 * Nodes hold at most order - 1 keys; non-root nodes stay at least half full.
 * Keys are unique: inserting an existing key replaces its value (an upsert). To index
 * duplicate values, make the key unique with a tiebreaker such as the row id, which is
 * what PostgreSQL 12+ does with the heap tuple id in its B-tree indexes.
 */
export class BPlusTree<K, V> {
	private rootNode: BPlusNode<K, V> = { kind: 'leaf', keys: [], values: [], next: null };
	private count = 0;

	/** @param order maximum children per internal node (the fan-out); must be an integer of at least 3. */
	constructor(
		readonly order: number,
		private readonly compare: Comparator<K>,
	) {
		if (!Number.isInteger(order) || order < 3)
			throw new RangeError('order must be an integer >= 3');
	}

	/** Number of distinct keys stored. */
	get size(): number {
		return this.count;
	}

	/** The root node, exposed read-only so callers can inspect the shape (tests, visualizations). */
	get root(): Readonly<BPlusNode<K, V>> {
		return this.rootNode;
	}

	/** Levels from root to leaf; every leaf sits at the same depth. */
	height(): number {
		let levels = 1;
		for (let node = this.rootNode; node.kind === 'internal'; node = node.children[0]!) levels++;
		return levels;
	}

	/** Point lookup: walks one node per level, binary searching inside each. */
	get(key: K): V | undefined {
		const leaf = this.findLeaf(key);
		const i = this.lowerBound(leaf.keys, key);
		const found = i < leaf.keys.length && this.compare(leaf.keys[i]!, key) === 0;
		return found ? leaf.values[i] : undefined;
	}

	/** Inserts the key, or replaces its value if it is already present. */
	set(key: K, value: V): void {
		const split = this.insertInto(this.rootNode, key, value);
		// A root split is the only way the tree grows taller, so all leaves stay at one depth.
		if (split)
			this.rootNode = {
				kind: 'internal',
				keys: [split.separator],
				children: [this.rootNode, split.right],
			};
	}

	/** Yields [key, value] pairs with low <= key <= high, in key order, by walking the leaf chain. */
	*range(low: K, high: K): Generator<[K, V]> {
		let leaf: LeafNode<K, V> | null = this.findLeaf(low);
		let i = this.lowerBound(leaf.keys, low);
		while (leaf) {
			for (; i < leaf.keys.length; i++) {
				const key = leaf.keys[i]!;
				if (this.compare(key, high) > 0) return;
				yield [key, leaf.values[i]!];
			}
			leaf = leaf.next;
			i = 0;
		}
	}

	private findLeaf(key: K): LeafNode<K, V> {
		let node = this.rootNode;
		while (node.kind === 'internal') node = node.children[this.upperBound(node.keys, key)]!;
		return node;
	}

	private insertInto(node: BPlusNode<K, V>, key: K, value: V): Split<K, V> | null {
		if (node.kind === 'leaf') {
			const i = this.lowerBound(node.keys, key);
			if (i < node.keys.length && this.compare(node.keys[i]!, key) === 0) {
				node.values[i] = value;
				return null;
			}
			node.keys.splice(i, 0, key);
			node.values.splice(i, 0, value);
			this.count++;
			return node.keys.length < this.order ? null : this.splitLeaf(node);
		}
		const childIndex = this.upperBound(node.keys, key);
		const split = this.insertInto(node.children[childIndex]!, key, value);
		if (!split) return null;
		node.keys.splice(childIndex, 0, split.separator);
		node.children.splice(childIndex + 1, 0, split.right);
		return node.keys.length < this.order ? null : this.splitInternal(node);
	}

	private splitLeaf(leaf: LeafNode<K, V>): Split<K, V> {
		const mid = Math.floor(leaf.keys.length / 2);
		const right: LeafNode<K, V> = {
			kind: 'leaf',
			keys: leaf.keys.splice(mid),
			values: leaf.values.splice(mid),
			next: leaf.next,
		};
		leaf.next = right;
		// Leaf splits copy the first right key up: every key must remain findable in a leaf.
		return { separator: right.keys[0]!, right };
	}

	private splitInternal(node: InternalNode<K, V>): Split<K, V> {
		const mid = Math.floor(node.keys.length / 2);
		const separator = node.keys[mid]!;
		const right: InternalNode<K, V> = {
			kind: 'internal',
			keys: node.keys.splice(mid + 1),
			children: node.children.splice(mid + 1),
		};
		// Internal splits move the middle key up: it is a signpost, not data.
		node.keys.pop();
		return { separator, right };
	}

	/** First index whose key is >= key (or > key when skipEqual): a binary search inside one node. */
	private bound(keys: readonly K[], key: K, skipEqual: boolean): number {
		let lo = 0;
		let hi = keys.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			const c = this.compare(keys[mid]!, key);
			if (c < 0 || (skipEqual && c === 0)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private lowerBound(keys: readonly K[], key: K): number {
		return this.bound(keys, key, false);
	}
	/** Equal keys descend right, because a leaf split copies its first key up into the parent. */
	private upperBound(keys: readonly K[], key: K): number {
		return this.bound(keys, key, true);
	}
}
