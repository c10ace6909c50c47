// dijkstra.go: Dijkstra's shortest paths with a binary heap (container/heap)
// and path reconstruction, O((V + E) log V). What an interviewer probes: it is
// only correct for non-negative weights (it refuses negative ones rather than
// answer wrongly), and a node can sit in the heap several times; a popped entry
// for a node already settled is stale and skipped ("lazy deletion"), which is
// simpler than a decrease-key operation the standard heap does not offer.

package graphs

import (
	"container/heap"
	"fmt"
	"math"
)

// Edge is one weighted, outgoing edge.
type Edge[N comparable] struct {
	To     N
	Weight float64
}

// ShortestPaths holds distances from Source and each node's predecessor on its
// shortest path.
type ShortestPaths[N comparable] struct {
	Source   N
	Distance map[N]float64
	Previous map[N]N
}

type entry[N comparable] struct {
	dist float64
	node N
}

// frontier is a min-heap of entries by distance, for container/heap.
type frontier[N comparable] []entry[N]

func (f frontier[N]) Len() int            { return len(f) }
func (f frontier[N]) Less(i, j int) bool  { return f[i].dist < f[j].dist }
func (f frontier[N]) Swap(i, j int)       { f[i], f[j] = f[j], f[i] }
func (f *frontier[N]) Push(x interface{}) { *f = append(*f, x.(entry[N])) }
func (f *frontier[N]) Pop() interface{} {
	old := *f
	last := old[len(old)-1]
	*f = old[:len(old)-1]
	return last
}

// Dijkstra computes shortest paths from source. It returns an error for an
// unknown source or a negative, NaN or infinite weight, naming the edge.
func Dijkstra[N comparable](graph map[N][]Edge[N], source N) (ShortestPaths[N], error) {
	if _, ok := graph[source]; !ok {
		return ShortestPaths[N]{}, fmt.Errorf("graphs: Dijkstra source %v is not in the graph", source)
	}
	for from, edges := range graph {
		for _, e := range edges {
			if e.Weight < 0 || math.IsNaN(e.Weight) || math.IsInf(e.Weight, 0) {
				return ShortestPaths[N]{}, fmt.Errorf("graphs: edge %v -> %v has weight %v; Dijkstra needs finite weights >= 0 (use Bellman-Ford for negative ones)", from, e.To, e.Weight)
			}
		}
	}
	paths := ShortestPaths[N]{Source: source, Distance: map[N]float64{source: 0}, Previous: map[N]N{}}
	settled := map[N]bool{}
	pq := &frontier[N]{{dist: 0, node: source}}
	for pq.Len() > 0 {
		current := heap.Pop(pq).(entry[N])
		if settled[current.node] {
			continue // stale: a shorter entry for this node was popped earlier
		}
		settled[current.node] = true
		for _, e := range graph[current.node] {
			candidate := current.dist + e.Weight
			if known, ok := paths.Distance[e.To]; !ok || candidate < known {
				paths.Distance[e.To] = candidate
				paths.Previous[e.To] = current.node
				heap.Push(pq, entry[N]{dist: candidate, node: e.To})
			}
		}
	}
	return paths, nil
}

// PathTo walks the predecessors back from target; false if it is unreachable.
func (p ShortestPaths[N]) PathTo(target N) ([]N, bool) {
	if _, ok := p.Distance[target]; !ok {
		return nil, false
	}
	path := []N{target}
	for node := target; node != p.Source; {
		node = p.Previous[node]
		path = append(path, node)
	}
	reverse(path)
	return path, true
}
