package graphs

import (
	"reflect"
	"testing"
)

// undirected builds a symmetric adjacency list from edge pairs, in the given order.
func undirected(pairs ...[2]string) map[string][]string {
	g := map[string][]string{}
	for _, p := range pairs {
		g[p[0]] = append(g[p[0]], p[1])
		g[p[1]] = append(g[p[1]], p[0])
	}
	return g
}

func TestBFSFindsLayersDistancesAndParents(t *testing.T) {
	// a - b - d - e, and a - c - d: d is reachable from b and c in the same layer.
	g := undirected([2]string{"a", "b"}, [2]string{"a", "c"}, [2]string{"b", "d"}, [2]string{"c", "d"}, [2]string{"d", "e"})
	r, err := BFS(g, "a")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b", "c", "d", "e"}; !reflect.DeepEqual(r.Order, want) {
		t.Fatalf("Order = %v, want %v (d queued once)", r.Order, want)
	}
	want := map[string]int{"a": 0, "b": 1, "c": 1, "d": 2, "e": 3}
	if !reflect.DeepEqual(r.Distance, want) {
		t.Fatalf("Distance = %v, want %v", r.Distance, want)
	}
	if r.Parent["d"] != "b" {
		t.Fatalf(`Parent["d"] = %q, want "b", the first to discover it`, r.Parent["d"])
	}
	if path, ok := r.PathTo("e"); !ok || !reflect.DeepEqual(path, []string{"a", "b", "d", "e"}) {
		t.Fatalf("PathTo(e) = %v, %v", path, ok)
	}
	if path, ok := r.PathTo("a"); !ok || !reflect.DeepEqual(path, []string{"a"}) {
		t.Fatalf("PathTo(start) = %v, %v, want [a]", path, ok)
	}
}

func TestBFSTerminatesOnCyclesAndReportsUnreachableNodes(t *testing.T) {
	g := map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}, "x": {"a"}}
	r, err := BFS(g, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Order) != 3 {
		t.Fatalf("Order = %v, want the 3 nodes of the cycle once each", r.Order)
	}
	if _, ok := r.PathTo("x"); ok {
		t.Fatal("x has no path from a in a directed graph")
	}
}

func TestBFSRejectsAnUnknownStart(t *testing.T) {
	if _, err := BFS(map[string][]string{"a": nil}, "z"); err == nil {
		t.Fatal("unknown start accepted")
	}
}

func TestBFSDistancesMatchAGridsManhattanDistance(t *testing.T) {
	type cell struct{ r, c int }
	g := map[cell][]cell{}
	const n = 30
	for r := 0; r < n; r++ {
		for c := 0; c < n; c++ {
			for _, d := range []cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
				if nr, nc := r+d.r, c+d.c; nr >= 0 && nr < n && nc >= 0 && nc < n {
					g[cell{r, c}] = append(g[cell{r, c}], cell{nr, nc})
				}
			}
		}
	}
	res, _ := BFS(g, cell{0, 0})
	for cl, d := range res.Distance {
		if d != cl.r+cl.c {
			t.Fatalf("distance to %v = %d, want %d", cl, d, cl.r+cl.c)
		}
	}
	if len(res.Distance) != n*n {
		t.Fatalf("reached %d cells, want %d", len(res.Distance), n*n)
	}
}
