import { describe, it, expect } from 'vitest';
import { graphFromEdges } from '../../../../src/reference/graphs/graph.ts';
import { CycleError, topologicalSort } from '../../../../src/reference/graphs/topological-sort.ts';

/** Asserts every edge u -> v has u before v in the order. */
function respectsEdges(
	edges: readonly (readonly [string, string])[],
	order: readonly string[],
): boolean {
	return edges.every(([u, v]) => order.indexOf(u) < order.indexOf(v));
}

describe('topologicalSort', () => {
	it('orders a build graph so dependencies come first', () => {
		// Edge "u -> v" reads "u must be built before v".
		const edges = [
			['types', 'core'],
			['core', 'api'],
			['core', 'worker'],
			['api', 'app'],
			['worker', 'app'],
		] as const;
		const order = topologicalSort(graphFromEdges(true, edges));
		expect(order).toHaveLength(5);
		expect(respectsEdges(edges, order)).toBe(true);
		expect(order[0]).toBe('types');
		expect(order[4]).toBe('app');
	});

	it('includes disconnected and isolated nodes', () => {
		const edges = [
			['a', 'b'],
			['x', 'y'],
		] as const;
		const order = topologicalSort(graphFromEdges(true, edges, ['lonely']));
		expect([...order].sort()).toEqual(['a', 'b', 'lonely', 'x', 'y']);
		expect(respectsEdges(edges, order)).toBe(true);
	});

	it('detects a cycle and names the nodes on it', () => {
		// a -> b -> c -> a is a cycle; d hangs off it and is not part of it.
		const g = graphFromEdges(true, [
			['start', 'a'],
			['a', 'b'],
			['b', 'c'],
			['c', 'a'],
			['c', 'd'],
		]);
		let caught: unknown;
		try {
			topologicalSort(g);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(CycleError);
		const cycle = (caught as CycleError<string>).cycle;
		expect(cycle[0]).toBe(cycle[cycle.length - 1]);
		expect([...new Set(cycle)].sort()).toEqual(['a', 'b', 'c']);
		// Consecutive pairs must be real edges of the graph.
		for (let i = 0; i + 1 < cycle.length; i++) {
			const from = cycle[i] as string;
			expect(g.adjacency.get(from)?.some((e) => e.to === cycle[i + 1])).toBe(true);
		}
		expect((caught as Error).message).toMatch(/a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c/);
	});

	it('detects a self-loop', () => {
		expect(() => topologicalSort(graphFromEdges(true, [['a', 'a']]))).toThrow(CycleError);
	});

	it('refuses undirected graphs', () => {
		expect(() => topologicalSort(graphFromEdges(false, [['a', 'b']]))).toThrow(TypeError);
	});

	it('is deterministic: ties follow insertion order', () => {
		const g = graphFromEdges(true, [], ['c', 'a', 'b']);
		expect(topologicalSort(g)).toEqual(['c', 'a', 'b']);
	});
});
