import type { Graph } from './graph.ts';

/** Thrown when a directed graph has a cycle; `cycle` names the nodes in edge order. */
export class CycleError<N> extends Error {
	/** Nodes on one cycle, first node repeated at the end: [a, b, c, a] means a -> b -> c -> a. */
	readonly cycle: readonly N[];

	constructor(cycle: readonly N[]) {
		super(`Dependency cycle: ${cycle.map(String).join(' -> ')}`);
		this.name = 'CycleError';
		this.cycle = cycle;
	}
}

/**
 * Kahn's algorithm. Returns every node so that each edge u -> v puts u before v
 * (read an edge as "u must happen before v"). O(V + E). Ties are broken by node
 * insertion order, so the output is deterministic. Throws CycleError on a cycle.
 */
export function topologicalSort<N>(graph: Graph<N>): N[] {
	if (!graph.directed) throw new TypeError('Topological order only exists for directed graphs');
	const inDegree = new Map<N, number>();
	// Start every node at 0 so isolated nodes (no edges at all) are not forgotten.
	for (const node of graph.adjacency.keys()) inDegree.set(node, 0);
	for (const edges of graph.adjacency.values()) {
		for (const { to } of edges) inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
	}

	const ready: N[] = [...inDegree].filter(([, degree]) => degree === 0).map(([node]) => node);
	const order: N[] = [];
	for (let head = 0; head < ready.length; head++) {
		const node = ready[head] as N;
		order.push(node);
		for (const { to } of graph.adjacency.get(node) ?? []) {
			const remaining = (inDegree.get(to) ?? 0) - 1;
			inDegree.set(to, remaining);
			if (remaining === 0) ready.push(to);
		}
	}

	// Nodes never released all sit on, or downstream of, a cycle.
	if (order.length < inDegree.size) throw new CycleError(findCycle(graph, new Set(order)));
	return order;
}

/**
 * Finds one cycle among the nodes Kahn's algorithm could not release. Each such
 * node still has an unreleased predecessor, so walking predecessors must repeat.
 */
function findCycle<N>(graph: Graph<N>, released: ReadonlySet<N>): N[] {
	const predecessor = new Map<N, N>();
	for (const [from, edges] of graph.adjacency) {
		if (released.has(from)) continue;
		for (const { to } of edges) if (!released.has(to)) predecessor.set(to, from);
	}
	const [start] = predecessor.keys();
	if (start === undefined) throw new Error('unreachable: no stuck node found');

	const seenAt = new Map<N, number>();
	const walk: N[] = [];
	let node: N | undefined = start;
	while (node !== undefined && !seenAt.has(node)) {
		seenAt.set(node, walk.length);
		walk.push(node);
		node = predecessor.get(node);
	}
	if (node === undefined) throw new Error('unreachable: predecessor chain ended');
	// The walk went backwards along edges; reverse it to read in edge direction.
	const cycle = walk.slice(seenAt.get(node)).reverse();
	return [...cycle, cycle[0] as N];
}
