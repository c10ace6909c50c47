import { edgesFrom, type Graph } from './graph.ts';

/** What breadth-first search found, starting from one node. */
export interface BfsResult<N> {
	/** Nodes in the order they were dequeued: layer 0, then layer 1, and so on. */
	readonly order: readonly N[];
	/** Fewest edges from the start to each reachable node. */
	readonly distance: ReadonlyMap<N, number>;
	/** The node each reachable node was discovered from (absent for the start). */
	readonly parent: ReadonlyMap<N, N>;
}

/**
 * Breadth-first search. O(V + E) time. Distances are edge counts, so this is
 * the shortest-path algorithm for unweighted graphs.
 */
export function bfs<N>(graph: Graph<N>, start: N): BfsResult<N> {
	edgesFrom(graph, start); // validates the start node
	const order: N[] = [];
	const distance = new Map<N, number>([[start, 0]]);
	const parent = new Map<N, N>();
	const queue: N[] = [start];
	// A moving head index keeps dequeue O(1); Array.shift() is O(n).
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head] as N;
		order.push(node);
		const nodeDistance = distance.get(node) ?? 0;
		for (const { to } of edgesFrom(graph, node)) {
			// Mark on enqueue, not on dequeue: otherwise a node reachable from two
			// nodes of the same layer is queued twice, and cycles loop forever.
			if (distance.has(to)) continue;
			distance.set(to, nodeDistance + 1);
			parent.set(to, node);
			queue.push(to);
		}
	}
	return { order, distance, parent };
}

/** Rebuilds the start-to-target path from a BFS parent map; undefined if unreachable. */
export function pathTo<N>(result: BfsResult<N>, target: N): N[] | undefined {
	if (!result.distance.has(target)) return undefined;
	const path: N[] = [target];
	let node = target;
	for (
		let parent = result.parent.get(node);
		parent !== undefined;
		parent = result.parent.get(node)
	) {
		path.push(parent);
		node = parent;
	}
	return path.reverse();
}

/**
 * Depth-first search, returning nodes in preorder. Iterative with an explicit
 * stack, so a 100,000-node chain cannot overflow the call stack.
 */
export function dfs<N>(graph: Graph<N>, start: N): N[] {
	edgesFrom(graph, start);
	const order: N[] = [];
	const visited = new Set<N>();
	const stack: N[] = [start];
	while (stack.length > 0) {
		const node = stack.pop() as N;
		// A node can sit on the stack several times; only its first pop counts.
		if (visited.has(node)) continue;
		visited.add(node);
		order.push(node);
		const edges = edgesFrom(graph, node);
		// Push in reverse so the first neighbor is explored first, as in the recursive version.
		for (let i = edges.length - 1; i >= 0; i--) {
			const edge = edges[i];
			if (edge !== undefined && !visited.has(edge.to)) stack.push(edge.to);
		}
	}
	return order;
}
