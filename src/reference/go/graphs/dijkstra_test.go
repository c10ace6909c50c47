package graphs

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestDijkstraPrefersTheCheaperLongerPath(t *testing.T) {
	g := map[string][]Edge[string]{
		"a": {{"b", 7}, {"c", 2}},
		"c": {{"b", 3}, {"d", 8}},
		"b": {{"d", 1}},
	}
	p, err := Dijkstra(g, "a")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"a": 0, "b": 5, "c": 2, "d": 6}
	if !reflect.DeepEqual(p.Distance, want) {
		t.Fatalf("Distance = %v, want %v", p.Distance, want)
	}
	if path, ok := p.PathTo("d"); !ok || !reflect.DeepEqual(path, []string{"a", "c", "b", "d"}) {
		t.Fatalf("PathTo(d) = %v, %v, want [a c b d]", path, ok)
	}
}

func TestDijkstraReportsUnreachableNodes(t *testing.T) {
	g := map[string][]Edge[string]{"a": {{"b", 1}}, "z": nil}
	p, _ := Dijkstra(g, "a")
	if _, ok := p.PathTo("z"); ok {
		t.Fatal("z is unreachable from a")
	}
}

func TestDijkstraRejectsNegativeAndNonFiniteWeights(t *testing.T) {
	for _, w := range []float64{-1, math.NaN(), math.Inf(1)} {
		g := map[string][]Edge[string]{"a": {{"b", w}}}
		_, err := Dijkstra(g, "a")
		if err == nil || !strings.Contains(err.Error(), "a -> b") {
			t.Errorf("weight %v: err = %v, want one naming the edge a -> b", w, err)
		}
	}
	if _, err := Dijkstra(map[string][]Edge[string]{"a": nil}, "q"); err == nil {
		t.Error("unknown source accepted")
	}
}

// On a random graph, Dijkstra must agree with Bellman-Ford, which is slow but
// easy to trust, and every reconstructed path must add up to its distance.
func TestDijkstraAgreesWithBellmanFord(t *testing.T) {
	seed := uint32(12345)
	rnd := func(n uint32) uint32 {
		seed = seed*1_664_525 + 1_013_904_223
		return (seed >> 8) % n
	}
	const nodes = 60
	g := map[int][]Edge[int]{}
	for i := 0; i < 300; i++ {
		from, to := int(rnd(nodes)), int(rnd(nodes))
		g[from] = append(g[from], Edge[int]{to, float64(rnd(20))})
	}
	g[0] = append(g[0], Edge[int]{1, 1})
	p, err := Dijkstra(g, 0)
	if err != nil {
		t.Fatal(err)
	}
	best := map[int]float64{0: 0}
	for round := 0; round < nodes; round++ {
		for from, edges := range g {
			d, ok := best[from]
			if !ok {
				continue
			}
			for _, e := range edges {
				if old, seen := best[e.To]; !seen || d+e.Weight < old {
					best[e.To] = d + e.Weight
				}
			}
		}
	}
	if !reflect.DeepEqual(p.Distance, best) {
		t.Fatalf("Dijkstra %v\nBellman-Ford %v", p.Distance, best)
	}
	for target, dist := range p.Distance {
		path, _ := p.PathTo(target)
		sum := 0.0
		for i := 0; i+1 < len(path); i++ {
			cheapest := math.Inf(1)
			for _, e := range g[path[i]] {
				if e.To == path[i+1] && e.Weight < cheapest {
					cheapest = e.Weight
				}
			}
			sum += cheapest
		}
		if sum != dist || path[0] != 0 {
			t.Fatalf("path to %d = %v costs %v, want %v from 0", target, path, sum, dist)
		}
	}
}
