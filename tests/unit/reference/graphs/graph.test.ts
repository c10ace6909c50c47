import { describe, it, expect } from 'vitest';
import { GraphBuilder, edgesFrom, graphFromEdges } from '../../../../src/reference/graphs/graph.ts';

describe('GraphBuilder', () => {
	it('stores directed edges one way only', () => {
		const g = graphFromEdges(true, [['a', 'b']]);
		expect(edgesFrom(g, 'a').map((e) => e.to)).toEqual(['b']);
		expect(edgesFrom(g, 'b')).toEqual([]);
	});

	it('stores undirected edges both ways, but a self-loop once', () => {
		const g = graphFromEdges(false, [
			['a', 'b', 3],
			['c', 'c'],
		]);
		expect(edgesFrom(g, 'b')).toEqual([{ to: 'a', weight: 3 }]);
		expect(edgesFrom(g, 'c')).toHaveLength(1);
	});

	it('keeps isolated nodes', () => {
		const g = graphFromEdges(true, [['a', 'b']], ['lonely']);
		expect([...g.adjacency.keys()].sort()).toEqual(['a', 'b', 'lonely']);
	});

	it('returns a snapshot that later builder calls do not mutate', () => {
		const builder = new GraphBuilder<string>(true).addEdge('a', 'b');
		const snapshot = builder.build();
		builder.addEdge('a', 'c');
		expect(edgesFrom(snapshot, 'a')).toHaveLength(1);
	});

	it('rejects non-finite weights and unknown nodes', () => {
		expect(() => new GraphBuilder<string>(true).addEdge('a', 'b', Number.NaN)).toThrow(RangeError);
		expect(() => edgesFrom(graphFromEdges(true, [['a', 'b']]), 'zzz')).toThrow(/Unknown node/);
	});
});
