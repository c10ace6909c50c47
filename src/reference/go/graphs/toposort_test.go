package graphs

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestTopologicalSortPutsEveryDependencyFirst(t *testing.T) {
	nodes := []string{"deploy", "test", "build", "lint", "docs"}
	edges := map[string][]string{
		"build": {"test", "docs"},
		"lint":  {"test"},
		"test":  {"deploy"},
	}
	order, err := TopologicalSort(nodes, edges)
	if err != nil {
		t.Fatal(err)
	}
	// Ties among ready nodes follow the order of nodes: build before lint.
	if want := []string{"build", "lint", "docs", "test", "deploy"}; !reflect.DeepEqual(order, want) {
		t.Fatalf("order = %v, want %v", order, want)
	}
	pos := map[string]int{}
	for i, n := range order {
		pos[n] = i
	}
	for from, tos := range edges {
		for _, to := range tos {
			if pos[from] > pos[to] {
				t.Errorf("%s came after %s", from, to)
			}
		}
	}
}

func TestTopologicalSortKeepsIsolatedNodes(t *testing.T) {
	order, err := TopologicalSort([]int{3, 1, 2}, nil)
	if err != nil || !reflect.DeepEqual(order, []int{3, 1, 2}) {
		t.Fatalf("got %v, %v, want [3 1 2]", order, err)
	}
}

func TestTopologicalSortNamesACycle(t *testing.T) {
	// a -> b -> c -> a is a cycle; d hangs off it and start is upstream of it.
	nodes := []string{"start", "a", "b", "c", "d"}
	edges := map[string][]string{"start": {"a"}, "a": {"b"}, "b": {"c"}, "c": {"a", "d"}}
	_, err := TopologicalSort(nodes, edges)
	var cycleErr *CycleError[string]
	if !errors.As(err, &cycleErr) {
		t.Fatalf("err = %v, want a *CycleError", err)
	}
	c := cycleErr.Cycle
	if len(c) != 4 || c[0] != c[3] {
		t.Fatalf("Cycle = %v, want three nodes and the first repeated", c)
	}
	for i := 0; i+1 < len(c); i++ {
		if !contains(edges[c[i]], c[i+1]) {
			t.Fatalf("Cycle = %v, but %s -> %s is not an edge", c, c[i], c[i+1])
		}
	}
	if !strings.Contains(err.Error(), " -> ") {
		t.Fatalf("message %q should spell out the cycle", err)
	}
}

func TestTopologicalSortFindsASelfLoop(t *testing.T) {
	_, err := TopologicalSort([]string{"a", "b"}, map[string][]string{"a": {"b"}, "b": {"b"}})
	var cycleErr *CycleError[string]
	if !errors.As(err, &cycleErr) || !reflect.DeepEqual(cycleErr.Cycle, []string{"b", "b"}) {
		t.Fatalf("err = %v, want the cycle [b b]", err)
	}
}

func TestTopologicalSortRejectsAnEdgeToAnUnlistedNode(t *testing.T) {
	_, err := TopologicalSort([]string{"a"}, map[string][]string{"a": {"ghost"}})
	if err == nil || !strings.Contains(err.Error(), "ghost") {
		t.Fatalf("err = %v, want one naming ghost", err)
	}
}

func contains(list []string, x string) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}
