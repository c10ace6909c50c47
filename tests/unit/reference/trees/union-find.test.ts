import { describe, it, expect } from 'vitest';
import { UnionFind } from '../../../../src/reference/trees/union-find.ts';
import { kruskal, type WeightedEdge } from '../../../../src/reference/trees/kruskal.ts';
import { seededRandom } from '../../support/seeded-random.ts';

// Components by BFS over an adjacency list: the slow answer union-find must match.
function bfsComponents(n: number, edges: readonly [number, number][]): number[] {
	const adjacency: number[][] = Array.from({ length: n }, () => []);
	for (const [a, b] of edges) {
		adjacency[a]?.push(b);
		adjacency[b]?.push(a);
	}
	const label = new Array<number>(n).fill(-1);
	let next = 0;
	for (let start = 0; start < n; start++) {
		if (label[start] !== -1) continue;
		label[start] = next;
		const queue = [start];
		for (let head = 0; head < queue.length; head++) {
			for (const to of adjacency[queue[head] as number] ?? []) {
				if (label[to] === -1) {
					label[to] = next;
					queue.push(to);
				}
			}
		}
		next++;
	}
	return label;
}

// Merges roots of equal rank pairwise, round by round, calling union on roots only so no find
// compresses anything: the worst case for union by rank, whose height reaches log2(n).
function binomialForest(n: number): UnionFind {
	const sets = new UnionFind(n);
	let roots = Array.from({ length: n }, (_, i) => i);
	while (roots.length > 1) {
		const next: number[] = [];
		for (let i = 0; i + 1 < roots.length; i += 2) {
			sets.union(roots[i] as number, roots[i + 1] as number);
			next.push(sets.find(roots[i] as number));
		}
		roots = next;
	}
	return sets;
}

describe('UnionFind', () => {
	it('agrees with BFS components on random graphs', () => {
		const random = seededRandom(123);
		for (let trial = 0; trial < 100; trial++) {
			const n = 1 + Math.floor(random() * 60);
			const edges: [number, number][] = Array.from({ length: Math.floor(random() * n) }, () => [
				Math.floor(random() * n),
				Math.floor(random() * n),
			]);
			const sets = new UnionFind(n);
			for (const [a, b] of edges) sets.union(a, b);
			const label = bfsComponents(n, edges);
			expect(sets.components).toBe(new Set(label).size);
			for (let check = 0; check < 50; check++) {
				const a = Math.floor(random() * n);
				const b = Math.floor(random() * n);
				expect(sets.connected(a, b)).toBe(label[a] === label[b]);
			}
		}
	});

	it('keeps every tree at most log2(n) deep on chains that would make naive union a list', () => {
		const n = 1024;
		// Naive "parent[find(a)] = find(b)" builds a path 0 -> 1 -> ... -> 1023 from the first
		// sequence, and "parent[find(b)] = find(a)" builds one from the second: only linking by rank
		// keeps both shallow, whichever argument order the caller uses.
		const forward = new UnionFind(n);
		for (let i = 0; i + 1 < n; i++) forward.union(i, i + 1);
		const backward = new UnionFind(n);
		for (let i = 0; i + 1 < n; i++) backward.union(i + 1, i);
		for (const sets of [forward, backward]) {
			for (let i = 0; i < n; i++) expect(sets.depth(i)).toBeLessThanOrEqual(Math.log2(n));
		}
	});

	it('reaches exactly log2(n) when equal trees are merged pairwise, and no deeper', () => {
		const n = 1024;
		const sets = binomialForest(n);
		const deepest = Math.max(...Array.from({ length: n }, (_, i) => sets.depth(i)));
		expect(deepest).toBe(10);
		expect(sets.components).toBe(1);
	});

	it('compresses the path: after find, every node on it points at the root', () => {
		const n = 1024;
		const sets = binomialForest(n);
		const deepNode = Array.from({ length: n }, (_, i) => i).find(
			(i) => sets.depth(i) === 10,
		) as number;
		const oneHop = (): number =>
			Array.from({ length: n }, (_, i) => sets.depth(i) === 1).filter(Boolean).length;
		const before = oneHop();
		sets.find(deepNode);
		expect(sets.depth(deepNode)).toBe(1);
		// The path had nodes at depths 1 to 10; the nine below depth 1 now hang from the root too.
		expect(oneHop()).toBe(before + 9);
	});

	it('reports the edge that closes a cycle and names an out-of-range element', () => {
		const sets = new UnionFind(3);
		expect(sets.union(0, 1)).toBe(true);
		expect(sets.union(1, 2)).toBe(true);
		expect(sets.union(2, 0)).toBe(false);
		expect(() => sets.find(3)).toThrow(/element 3 is outside 0..2/);
	});
});

describe('kruskal', () => {
	// Tries every subset of edges: fine for six edges or so.
	function bruteForceMinimumSpanningWeight(n: number, edges: readonly WeightedEdge[]): number {
		let best = Number.POSITIVE_INFINITY;
		for (let mask = 0; mask < 1 << edges.length; mask++) {
			const picked = edges.filter((_, i) => (mask >> i) & 1);
			if (picked.length !== n - 1) continue;
			const sets = new UnionFind(n);
			if (picked.every((e) => sets.union(e.from, e.to)))
				best = Math.min(
					best,
					picked.reduce((sum, e) => sum + e.weight, 0),
				);
		}
		return best;
	}

	it('finds the minimum total weight on random connected graphs', () => {
		const random = seededRandom(555);
		for (let trial = 0; trial < 60; trial++) {
			const n = 2 + Math.floor(random() * 5);
			const edges: WeightedEdge[] = [];
			// A random path keeps the graph connected; extra random edges add choices.
			for (let v = 1; v < n; v++)
				edges.push({ from: v - 1, to: v, weight: Math.floor(random() * 20) });
			for (let extra = 0; extra < 6; extra++)
				edges.push({
					from: Math.floor(random() * n),
					to: Math.floor(random() * n),
					weight: Math.floor(random() * 20),
				});
			const forest = kruskal(n, edges);
			expect(forest.components).toBe(1);
			expect(forest.edges).toHaveLength(n - 1);
			expect(forest.totalWeight).toBe(bruteForceMinimumSpanningWeight(n, edges));
		}
	});

	it('returns a forest for a disconnected graph', () => {
		const forest = kruskal(4, [
			{ from: 0, to: 1, weight: 3 },
			{ from: 2, to: 3, weight: 1 },
		]);
		expect(forest.components).toBe(2);
		expect(forest.totalWeight).toBe(4);
	});
});
