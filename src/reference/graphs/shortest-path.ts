import { edgesFrom, type Graph } from './graph.ts';
import { MinHeap } from './min-heap.ts';

/** Distances from one source, plus the predecessor of each node on its shortest path. */
export interface ShortestPaths<N> {
	readonly source: N;
	readonly distance: ReadonlyMap<N, number>;
	readonly previous: ReadonlyMap<N, N>;
}

/**
 * Dijkstra's algorithm with a binary heap: O((V + E) log V). Correct only for
 * non-negative weights, so it refuses negative ones instead of answering wrongly.
 */
export function dijkstra<N>(graph: Graph<N>, source: N): ShortestPaths<N> {
	edgesFrom(graph, source);
	for (const [from, edges] of graph.adjacency) {
		for (const { to, weight } of edges) {
			if (weight < 0) {
				throw new RangeError(
					`Negative weight ${weight} on ${String(from)} -> ${String(to)}; use Bellman-Ford instead`,
				);
			}
		}
	}

	const distance = new Map<N, number>([[source, 0]]);
	const previous = new Map<N, N>();
	const settled = new Set<N>();
	const frontier = new MinHeap<N>();
	frontier.push(0, source);

	for (let entry = frontier.pop(); entry !== undefined; entry = frontier.pop()) {
		const node = entry.value;
		// Lazy deletion: an older, longer entry for a node already settled is skipped.
		if (settled.has(node)) continue;
		settled.add(node);
		for (const { to, weight } of edgesFrom(graph, node)) {
			const candidate = entry.key + weight;
			const known = distance.get(to);
			if (known === undefined || candidate < known) {
				distance.set(to, candidate);
				previous.set(to, node);
				frontier.push(candidate, to);
			}
		}
	}
	return { source, distance, previous };
}

/** Walks `previous` back from the target; undefined when the target is unreachable. */
export function reconstructPath<N>(paths: ShortestPaths<N>, target: N): N[] | undefined {
	if (!paths.distance.has(target)) return undefined;
	const path: N[] = [target];
	for (let node = target; node !== paths.source;) {
		const before = paths.previous.get(node);
		if (before === undefined) return undefined;
		path.push(before);
		node = before;
	}
	return path.reverse();
}

/** Convenience: the cheapest path and its total cost, or undefined if unreachable. */
export function shortestPath<N>(
	graph: Graph<N>,
	source: N,
	target: N,
): { readonly cost: number; readonly path: readonly N[] } | undefined {
	const paths = dijkstra(graph, source);
	const path = reconstructPath(paths, target);
	const cost = paths.distance.get(target);
	return path === undefined || cost === undefined ? undefined : { cost, path };
}
