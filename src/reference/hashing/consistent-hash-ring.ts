/**
 * 32-bit FNV-1a over UTF-16 code units, followed by the murmur3 finalizer.
 * FNV-1a alone barely changes the high bits between keys like "node-a#1" and "node-a#2";
 * the finalizer spreads every input bit across the output so ring positions look uniform.
 */
export function hash32(input: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < input.length; i++) {
		hash ^= input.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

/** One virtual node: a position on the ring owned by a physical node. */
interface RingPoint {
	position: number;
	node: string;
}

/**
 * A consistent-hash ring with virtual nodes. Each physical node is hashed onto the ring
 * `vnodesPerNode` times; a key belongs to the first point clockwise from its own hash.
 * Adding or removing a node only moves the keys on the arcs that node gains or loses.
 */
export class ConsistentHashRing {
	private points: RingPoint[] = [];
	private readonly members = new Set<string>();

	/**
	 * @param vnodesPerNode points per physical node; more points give a more even spread.
	 * @param hash the function placing nodes and keys on the ring (deterministic by default).
	 */
	constructor(
		readonly vnodesPerNode = 160,
		private readonly hash: (input: string) => number = hash32,
	) {
		if (!Number.isInteger(vnodesPerNode) || vnodesPerNode < 1)
			throw new RangeError('vnodesPerNode must be >= 1');
	}

	/** The physical nodes currently on the ring, in insertion order. */
	get nodes(): string[] {
		return [...this.members];
	}

	/** Places a node's virtual points on the ring; adding a node twice is a no-op. */
	addNode(node: string): void {
		if (this.members.has(node)) return;
		this.members.add(node);
		for (let v = 0; v < this.vnodesPerNode; v++) {
			this.points.push({ position: this.hash(`${node}#${v}`), node });
		}
		// Ties on position are broken by name so the ring never depends on insertion order.
		this.points.sort(
			(a, b) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0),
		);
	}

	/** Removes a node's points; its keys fall through to the next point clockwise. */
	removeNode(node: string): void {
		if (!this.members.delete(node)) return;
		this.points = this.points.filter((point) => point.node !== node);
	}

	/** The node owning `key`, or undefined when the ring is empty. */
	getNode(key: string): string | undefined {
		if (this.points.length === 0) return undefined;
		return this.points[this.firstPointAtOrAfter(this.hash(key))]!.node;
	}

	/**
	 * The first `count` distinct nodes clockwise from `key`: the preference list that
	 * Dynamo-style stores use to pick a key's replicas.
	 */
	getNodes(key: string, count: number): string[] {
		const owners: string[] = [];
		if (this.points.length === 0) return owners;
		const start = this.firstPointAtOrAfter(this.hash(key));
		for (let step = 0; step < this.points.length && owners.length < count; step++) {
			const node = this.points[(start + step) % this.points.length]!.node;
			if (!owners.includes(node)) owners.push(node);
		}
		return owners;
	}

	/** Binary search for the first point at or after `position`, wrapping past the top to 0. */
	private firstPointAtOrAfter(position: number): number {
		let lo = 0;
		let hi = this.points.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.points[mid]!.position < position) lo = mid + 1;
			else hi = mid;
		}
		return lo === this.points.length ? 0 : lo;
	}
}
