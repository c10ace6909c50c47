// toposort.go: topological sort by Kahn's algorithm, O(V + E), reporting one
// cycle by name when there is no order. What an interviewer probes: a node is
// released when its in-degree falls to zero, so nodes left unreleased at the
// end prove a cycle; and each of them still has an unreleased predecessor, so
// walking predecessors from any of them must revisit a node: that loop is a cycle.

package graphs

import (
	"fmt"
	"strings"
)

// CycleError reports a dependency cycle, first node repeated at the end:
// [a b c a] means a -> b -> c -> a.
type CycleError[N comparable] struct {
	Cycle []N
}

func (e *CycleError[N]) Error() string {
	names := make([]string, len(e.Cycle))
	for i, n := range e.Cycle {
		names[i] = fmt.Sprint(n)
	}
	return "graphs: dependency cycle: " + strings.Join(names, " -> ")
}

// TopologicalSort orders nodes so that every edge u -> v (read "u before v")
// puts u first. nodes lists every node once and breaks ties, so the output is
// deterministic; edges maps a node to the nodes that must come after it.
func TopologicalSort[N comparable](nodes []N, edges map[N][]N) ([]N, error) {
	inDegree := make(map[N]int, len(nodes))
	for _, n := range nodes {
		if _, dup := inDegree[n]; dup {
			return nil, fmt.Errorf("graphs: node %v is listed twice in nodes", n)
		}
		inDegree[n] = 0
	}
	for from, tos := range edges {
		for _, to := range append([]N{from}, tos...) {
			if _, ok := inDegree[to]; !ok {
				return nil, fmt.Errorf("graphs: edge node %v is missing from nodes; add it to the list", to)
			}
		}
		for _, to := range tos {
			inDegree[to]++
		}
	}
	var ready []N
	for _, n := range nodes {
		if inDegree[n] == 0 {
			ready = append(ready, n)
		}
	}
	order := make([]N, 0, len(nodes))
	for head := 0; head < len(ready); head++ {
		node := ready[head]
		order = append(order, node)
		for _, to := range edges[node] {
			inDegree[to]--
			if inDegree[to] == 0 {
				ready = append(ready, to)
			}
		}
	}
	if len(order) < len(nodes) {
		return nil, &CycleError[N]{Cycle: findCycle(nodes, edges, order)}
	}
	return order, nil
}

// findCycle walks predecessors among the nodes Kahn's algorithm never released.
func findCycle[N comparable](nodes []N, edges map[N][]N, released []N) []N {
	done := make(map[N]bool, len(released))
	for _, n := range released {
		done[n] = true
	}
	predecessor := map[N]N{}
	var start N
	for _, from := range nodes {
		if done[from] {
			continue
		}
		start = from
		for _, to := range edges[from] {
			if !done[to] {
				predecessor[to] = from
			}
		}
	}
	seenAt := map[N]int{}
	var walk []N
	node := start
	for {
		if i, seen := seenAt[node]; seen {
			// The walk went against the edges; reverse it to read in edge order.
			cycle := append([]N(nil), walk[i:]...)
			reverse(cycle)
			return append(cycle, cycle[0])
		}
		seenAt[node] = len(walk)
		walk = append(walk, node)
		node = predecessor[node]
	}
}
