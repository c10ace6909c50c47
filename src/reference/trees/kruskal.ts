import { UnionFind } from './union-find.ts';

/** An undirected weighted edge between two of the vertices 0..n-1. */
export interface WeightedEdge {
	readonly from: number;
	readonly to: number;
	readonly weight: number;
}

/** A minimum spanning forest: one tree per connected component. */
export interface SpanningForest {
	readonly edges: readonly WeightedEdge[];
	readonly totalWeight: number;
	/** 1 when the graph is connected (the forest is a spanning tree). */
	readonly components: number;
}

/**
 * Kruskal's minimum spanning forest: take edges cheapest first, keeping each one that joins two
 * different components. O(E log E) for the sort; the union-find work is nearly linear.
 */
export function kruskal(vertexCount: number, edges: readonly WeightedEdge[]): SpanningForest {
	const sets = new UnionFind(vertexCount);
	const sorted = [...edges].sort((a, b) => a.weight - b.weight);
	const chosen: WeightedEdge[] = [];
	let totalWeight = 0;
	for (const edge of sorted) {
		// union returns false when both ends are already connected: the edge would close a cycle.
		if (sets.union(edge.from, edge.to)) {
			chosen.push(edge);
			totalWeight += edge.weight;
			// A spanning tree has exactly V - 1 edges; later edges can only close cycles.
			if (chosen.length === vertexCount - 1) break;
		}
	}
	return { edges: chosen, totalWeight, components: sets.components };
}
