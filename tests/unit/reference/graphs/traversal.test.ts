import { describe, it, expect } from 'vitest';
import { graphFromEdges } from '../../../../src/reference/graphs/graph.ts';
import { bfs, dfs, pathTo } from '../../../../src/reference/graphs/traversal.ts';

// A square with a diagonal and a back edge: a-b, a-c, b-d, c-d, d-a (cycle), d-e.
const cyclic = graphFromEdges(true, [
	['a', 'b'],
	['a', 'c'],
	['b', 'd'],
	['c', 'd'],
	['d', 'a'],
	['d', 'e'],
]);

describe('bfs', () => {
	it('computes edge-count distances on a graph with cycles and terminates', () => {
		const { distance } = bfs(cyclic, 'a');
		expect(Object.fromEntries(distance)).toEqual({ a: 0, b: 1, c: 1, d: 2, e: 3 });
	});

	it('visits each node exactly once, layer by layer', () => {
		const { order } = bfs(cyclic, 'a');
		// d is reachable from both b and c: marking on dequeue would list it twice.
		expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('finds the shortest path, not the first path found', () => {
		// Long way round a -> x -> y -> z -> t, and a direct edge a -> t added last.
		const g = graphFromEdges(true, [
			['a', 'x'],
			['x', 'y'],
			['y', 'z'],
			['z', 't'],
			['a', 't'],
		]);
		const result = bfs(g, 'a');
		expect(result.distance.get('t')).toBe(1);
		expect(pathTo(result, 't')).toEqual(['a', 't']);
	});

	it('leaves unreachable nodes out', () => {
		const g = graphFromEdges(true, [['a', 'b']], ['island']);
		const result = bfs(g, 'a');
		expect(result.distance.has('island')).toBe(false);
		expect(pathTo(result, 'island')).toBeUndefined();
	});

	it('works on undirected graphs without bouncing back and forth', () => {
		const g = graphFromEdges(false, [
			[1, 2],
			[2, 3],
			[3, 1],
			[3, 4],
		]);
		expect(Object.fromEntries(bfs(g, 1).distance)).toEqual({ 1: 0, 2: 1, 3: 1, 4: 2 });
	});

	it('throws for a start node that does not exist', () => {
		expect(() => bfs(cyclic, 'nope')).toThrow(RangeError);
	});
});

describe('dfs', () => {
	it('returns preorder matching the recursive definition', () => {
		expect(dfs(cyclic, 'a')).toEqual(['a', 'b', 'd', 'e', 'c']);
	});

	it('handles a deep chain without overflowing the stack', () => {
		const n = 100_000;
		const edges: [number, number][] = [];
		for (let i = 0; i < n - 1; i++) edges.push([i, i + 1]);
		const order = dfs(graphFromEdges(true, edges), 0);
		expect(order).toHaveLength(n);
		expect(order[n - 1]).toBe(n - 1);
	});
});
