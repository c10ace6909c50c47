import { describe, it, expect } from 'vitest';
import { graphFromEdges } from '../../../../src/reference/graphs/graph.ts';
import { MinHeap } from '../../../../src/reference/graphs/min-heap.ts';
import { dijkstra, shortestPath } from '../../../../src/reference/graphs/shortest-path.ts';

describe('MinHeap', () => {
	it('pops keys in ascending order', () => {
		const heap = new MinHeap<string>();
		const keys = [5, 3, 9, 1, 4, 1, 8, 2, 7, 6];
		keys.forEach((k) => heap.push(k, `v${k}`));
		const out: number[] = [];
		for (let e = heap.pop(); e !== undefined; e = heap.pop()) out.push(e.key);
		expect(out).toEqual([...keys].sort((a, b) => a - b));
		expect(heap.size).toBe(0);
	});
});

describe('dijkstra', () => {
	it('beats the greedy choice: the cheap first edge leads to an expensive path', () => {
		// Greedy "take the cheapest edge out of each node" goes s -> a (1) -> t (100).
		// The real shortest path is s -> b (4) -> c (1) -> t (1), total 6.
		const g = graphFromEdges(true, [
			['s', 'a', 1],
			['a', 't', 100],
			['s', 'b', 4],
			['b', 'c', 1],
			['c', 't', 1],
		]);
		expect(shortestPath(g, 's', 't')).toEqual({ cost: 6, path: ['s', 'b', 'c', 't'] });
	});

	it('updates a distance when a cheaper route is found later', () => {
		// t is first reached directly for 10, later through m for 3.
		const g = graphFromEdges(true, [
			['s', 't', 10],
			['s', 'm', 1],
			['m', 't', 2],
		]);
		expect(dijkstra(g, 's').distance.get('t')).toBe(3);
	});

	it('rejects negative weights instead of returning a wrong answer', () => {
		const g = graphFromEdges(true, [
			['s', 'a', 2],
			['s', 'b', 5],
			['b', 'a', -4],
		]);
		expect(() => dijkstra(g, 's')).toThrow(/Negative weight -4 on b -> a/);
	});

	it('handles zero-weight edges, cycles and unreachable nodes', () => {
		const g = graphFromEdges(
			true,
			[
				['s', 'a', 0],
				['a', 's', 0],
				['a', 'b', 2],
			],
			['island'],
		);
		const paths = dijkstra(g, 's');
		expect(Object.fromEntries(paths.distance)).toEqual({ s: 0, a: 0, b: 2 });
		expect(shortestPath(g, 's', 'island')).toBeUndefined();
		expect(shortestPath(g, 's', 's')).toEqual({ cost: 0, path: ['s'] });
	});

	it('works on undirected weighted graphs', () => {
		const g = graphFromEdges(false, [
			['a', 'b', 7],
			['a', 'c', 9],
			['a', 'f', 14],
			['b', 'c', 10],
			['b', 'd', 15],
			['c', 'd', 11],
			['c', 'f', 2],
			['d', 'e', 6],
			['e', 'f', 9],
		]);
		expect(shortestPath(g, 'a', 'e')).toEqual({ cost: 20, path: ['a', 'c', 'f', 'e'] });
	});
});
