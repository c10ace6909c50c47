/**
 * Disjoint sets over the integers 0..n-1 (union-find) with path compression and union by rank.
 * A sequence of m operations costs O(m α(n)), where α, the inverse Ackermann function, is at
 * most 4 for any n that fits in memory (Tarjan 1975).
 */
export class UnionFind {
	readonly #parent: Int32Array;
	// An upper bound on each root's tree height; it never exceeds log2(n), so a byte is plenty.
	readonly #rank: Uint8Array;
	#components: number;

	/** @param size number of elements, each starting in its own set. */
	constructor(readonly size: number) {
		if (!Number.isInteger(size) || size < 0)
			throw new RangeError(`size must be an integer >= 0, got ${size}`);
		this.#parent = new Int32Array(size);
		for (let i = 0; i < size; i++) this.#parent[i] = i;
		this.#rank = new Uint8Array(size);
		this.#components = size;
	}

	/** Number of disjoint sets: connected components, when the sets come from edges. */
	get components(): number {
		return this.#components;
	}

	/** The representative (root) of x's set. Every node on the way is re-pointed at the root. */
	find(x: number): number {
		this.#check(x);
		let root = x;
		while (this.#parent[root] !== root) root = this.#parent[root] as number;
		// Second pass: path compression, so the next find from any of these nodes is one hop.
		while (x !== root) {
			const next = this.#parent[x] as number;
			this.#parent[x] = root;
			x = next;
		}
		return root;
	}

	/**
	 * Merges the sets of a and b. Returns false when they were already one set: for an edge
	 * (a, b) of an undirected graph, that edge closes a cycle.
	 */
	union(a: number, b: number): boolean {
		let rootA = this.find(a);
		let rootB = this.find(b);
		if (rootA === rootB) return false;
		const rankA = this.#rank[rootA] as number;
		const rankB = this.#rank[rootB] as number;
		// Union by rank: hang the shorter tree under the taller, so height grows only on a tie.
		if (rankA < rankB) [rootA, rootB] = [rootB, rootA];
		this.#parent[rootB] = rootA;
		if (rankA === rankB) this.#rank[rootA] = rankA + 1;
		this.#components--;
		return true;
	}

	/** True when a and b are in the same set. */
	connected(a: number, b: number): boolean {
		return this.find(a) === this.find(b);
	}

	/** Parent hops from x to its root, without compressing: for inspecting the forest's shape. */
	depth(x: number): number {
		this.#check(x);
		let hops = 0;
		while (this.#parent[x] !== x) {
			x = this.#parent[x] as number;
			hops++;
		}
		return hops;
	}

	#check(x: number): void {
		if (!Number.isInteger(x) || x < 0 || x >= this.size)
			throw new RangeError(`element ${x} is outside 0..${this.size - 1}`);
	}
}
