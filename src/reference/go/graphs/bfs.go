// Package graphs holds graph searches over adjacency lists: map[N][]N (or
// []Edge[N] when weighted), where a node with no outgoing edges may be absent.
//
// bfs.go: breadth-first search with distances and parents, the shortest-path
// algorithm for unweighted graphs, O(V + E). What an interviewer probes: a
// node is marked when it is enqueued, not when it is dequeued; marking late
// queues a node once per neighbour in the previous layer, and loops on cycles.
package graphs

import "fmt"

// BFSResult is what a breadth-first search found from one start node.
type BFSResult[N comparable] struct {
	Start    N
	Order    []N       // nodes as dequeued: layer 0, then layer 1, and so on
	Distance map[N]int // fewest edges from Start to each reachable node
	Parent   map[N]N   // the node each reachable node was discovered from; not Start
}

// BFS searches graph from start. An unknown start is an error, not an empty
// result, so a typo fails loudly.
func BFS[N comparable](graph map[N][]N, start N) (BFSResult[N], error) {
	if _, ok := graph[start]; !ok {
		return BFSResult[N]{}, fmt.Errorf("graphs: BFS start node %v is not in the graph", start)
	}
	result := BFSResult[N]{Start: start, Distance: map[N]int{start: 0}, Parent: map[N]N{}}
	queue := []N{start}
	// A moving head index keeps each dequeue O(1) and the slice reusable.
	for head := 0; head < len(queue); head++ {
		node := queue[head]
		result.Order = append(result.Order, node)
		for _, next := range graph[node] {
			if _, seen := result.Distance[next]; seen {
				continue
			}
			result.Distance[next] = result.Distance[node] + 1
			result.Parent[next] = node
			queue = append(queue, next)
		}
	}
	return result, nil
}

// PathTo rebuilds the start-to-target path from the parent links; false if
// target is unreachable.
func (r BFSResult[N]) PathTo(target N) ([]N, bool) {
	if _, ok := r.Distance[target]; !ok {
		return nil, false
	}
	path := []N{target}
	for node := target; node != r.Start; {
		node = r.Parent[node]
		path = append(path, node)
	}
	reverse(path)
	return path, true
}

func reverse[N any](s []N) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
