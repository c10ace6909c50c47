/**
 * A small adjacency-list graph. Nodes are any value usable as a Map key
 * (strings and numbers in practice); edges carry a numeric weight.
 */

/** One outgoing edge: the node it points to and its weight (1 when unweighted). */
export interface Edge<N> {
	readonly to: N;
	readonly weight: number;
}

/** An immutable graph: every node maps to its outgoing edges, in insertion order. */
export interface Graph<N> {
	readonly directed: boolean;
	readonly adjacency: ReadonlyMap<N, readonly Edge<N>[]>;
}

/**
 * Builds a Graph step by step. Undirected edges are stored twice (once per
 * direction) so every algorithm can just walk outgoing edges.
 */
export class GraphBuilder<N> {
	readonly #directed: boolean;
	readonly #adjacency = new Map<N, Edge<N>[]>();

	/** @param directed true for a digraph (dependencies), false for symmetric links (friendships). */
	constructor(directed: boolean) {
		this.#directed = directed;
	}

	/** Adds a node with no edges; a no-op if it already exists. Isolated nodes matter for topological sort. */
	addNode(node: N): this {
		if (!this.#adjacency.has(node)) this.#adjacency.set(node, []);
		return this;
	}

	/** Adds an edge from `from` to `to` (and back, when undirected), creating missing nodes. */
	addEdge(from: N, to: N, weight = 1): this {
		// NaN or Infinity would silently poison every distance computed later.
		if (!Number.isFinite(weight)) throw new RangeError(`Edge weight must be finite, got ${weight}`);
		this.#edgesOf(from).push({ to, weight });
		this.addNode(to);
		// A self-loop in an undirected graph is one edge, not two.
		if (!this.#directed && from !== to) this.#edgesOf(to).push({ to: from, weight });
		return this;
	}

	/** Returns an immutable snapshot; later builder calls do not change it. */
	build(): Graph<N> {
		const adjacency = new Map<N, readonly Edge<N>[]>();
		for (const [node, edges] of this.#adjacency) adjacency.set(node, Object.freeze([...edges]));
		return { directed: this.#directed, adjacency };
	}

	#edgesOf(node: N): Edge<N>[] {
		let edges = this.#adjacency.get(node);
		if (edges === undefined) {
			edges = [];
			this.#adjacency.set(node, edges);
		}
		return edges;
	}
}

/** Shorthand: a graph from `[from, to]` or `[from, to, weight]` tuples. */
export function graphFromEdges<N>(
	directed: boolean,
	edges: ReadonlyArray<readonly [N, N] | readonly [N, N, number]>,
	isolatedNodes: readonly N[] = [],
): Graph<N> {
	const builder = new GraphBuilder<N>(directed);
	for (const node of isolatedNodes) builder.addNode(node);
	for (const [from, to, weight] of edges) builder.addEdge(from, to, weight ?? 1);
	return builder.build();
}

/** Outgoing edges of a node; throws for an unknown node so typos fail loudly. */
export function edgesFrom<N>(graph: Graph<N>, node: N): readonly Edge<N>[] {
	const edges = graph.adjacency.get(node);
	if (edges === undefined) throw new RangeError(`Unknown node: ${String(node)}`);
	return edges;
}
