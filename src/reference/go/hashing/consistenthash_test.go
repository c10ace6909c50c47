package hashing

import (
	"fmt"
	"reflect"
	"testing"
)

var keys = func() []string {
	k := make([]string, 10_000)
	for i := range k {
		k[i] = fmt.Sprintf("user:%d", i)
	}
	return k
}()

func ringOf(t *testing.T, vnodes int, nodes ...string) *Ring {
	t.Helper()
	r, err := NewRing(vnodes, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		r.Add(n)
	}
	return r
}

func owner(r *Ring, key string) string {
	n, _ := r.Get(key)
	return n
}

// Values printed by hash32 in src/reference/hashing/consistent-hash-ring.ts.
func TestHash32MatchesTheTypeScriptVersion(t *testing.T) {
	want := map[string]uint32{
		"":         2872998923,
		"a":        444641715,
		"user:42":  599759890,
		"node-a#1": 2081258128,
		"café":     853051381,  // one UTF-16 unit for é
		"😀x":       4022041948, // a surrogate pair: two UTF-16 units
	}
	for in, h := range want {
		if got := Hash32(in); got != h {
			t.Errorf("Hash32(%q) = %d, want %d", in, got, h)
		}
	}
}

// Owners the TypeScript ring (160 vnodes, db-0..db-2) gives for the same keys.
func TestRingPlacesKeysLikeTheTypeScriptVersion(t *testing.T) {
	r := ringOf(t, 160, "db-0", "db-1", "db-2")
	want := map[string]string{"user:1": "db-2", "user:2": "db-2", "user:3": "db-2", "user:4": "db-0", "user:5": "db-1", "order:99": "db-1"}
	for k, n := range want {
		if got := owner(r, k); got != n {
			t.Errorf("Get(%q) = %s, want %s", k, got, n)
		}
	}
	if got := r.GetN("user:1", 3); !reflect.DeepEqual(got, []string{"db-2", "db-0", "db-1"}) {
		t.Errorf("GetN(user:1, 3) = %v, want [db-2 db-0 db-1]", got)
	}
}

func TestRingEmptyAndSingleNode(t *testing.T) {
	r := ringOf(t, 8)
	if _, ok := r.Get("k"); ok {
		t.Fatal("an empty ring returned an owner")
	}
	r.Add("a")
	for _, k := range keys[:100] {
		if owner(r, k) != "a" {
			t.Fatalf("%s not on the only node", k)
		}
	}
}

func TestRingMovesOnlyTheNewNodesShareWhenANodeJoins(t *testing.T) {
	before := ringOf(t, 160, "db-0", "db-1", "db-2", "db-3")
	after := ringOf(t, 160, "db-0", "db-1", "db-2", "db-3", "db-4")
	moved := 0
	for _, k := range keys {
		if was, now := owner(before, k), owner(after, k); was != now {
			moved++
			if now != "db-4" {
				t.Fatalf("%s moved %s -> %s; only moves to the new node are allowed", k, was, now)
			}
		}
	}
	// Ideal is 1/5; vnode placement makes it vary a little around that.
	if share := float64(moved) / float64(len(keys)); share < 0.1 || share > 0.3 {
		t.Fatalf("moved %.3f of keys, want about 0.2", share)
	}
}

func TestRingMovesOnlyTheLeaversKeysWhenANodeLeaves(t *testing.T) {
	r := ringOf(t, 160, "db-0", "db-1", "db-2", "db-3", "db-4")
	owners := map[string]string{}
	for _, k := range keys {
		owners[k] = owner(r, k)
	}
	r.Remove("db-2")
	for _, k := range keys {
		now := owner(r, k)
		if owners[k] == "db-2" && now == "db-2" || owners[k] != "db-2" && now != owners[k] {
			t.Fatalf("%s: %s -> %s after db-2 left", k, owners[k], now)
		}
	}
	if got := r.Nodes(); !reflect.DeepEqual(got, []string{"db-0", "db-1", "db-3", "db-4"}) {
		t.Fatalf("Nodes() = %v", got)
	}
}

func TestRingVirtualNodesEvenOutTheLoad(t *testing.T) {
	nodes := make([]string, 8)
	for i := range nodes {
		nodes[i] = fmt.Sprintf("cache-%d", i)
	}
	spread := func(vnodes int) (lo, hi int) {
		counts := map[string]int{}
		r := ringOf(t, vnodes, nodes...)
		for _, k := range keys {
			counts[owner(r, k)]++
		}
		lo, hi = len(keys), 0
		for _, n := range nodes {
			if counts[n] < lo {
				lo = counts[n]
			}
			if counts[n] > hi {
				hi = counts[n]
			}
		}
		return lo, hi
	}
	mean := len(keys) / len(nodes)
	if lo, hi := spread(160); float64(lo) < 0.85*float64(mean) || float64(hi) > 1.15*float64(mean) {
		t.Fatalf("160 vnodes: loads from %d to %d, want within 15%% of %d", lo, hi, mean)
	}
	if lo, hi := spread(1); hi < 5*lo {
		t.Fatalf("1 vnode: loads from %d to %d; expected a skew over 5x", lo, hi)
	}
}

func TestRingIgnoresJoinOrderDuplicatesAndUnknownRemoves(t *testing.T) {
	a := ringOf(t, 160, "x", "y", "z")
	b := ringOf(t, 160, "z", "x", "y", "x")
	b.Remove("nope")
	for _, k := range keys[:2_000] {
		if owner(a, k) != owner(b, k) {
			t.Fatalf("%s: %s vs %s", k, owner(a, k), owner(b, k))
		}
	}
	if got := b.Nodes(); !reflect.DeepEqual(got, []string{"z", "x", "y"}) {
		t.Fatalf("Nodes() = %v", got)
	}
}

func TestRingWrapsPastTheHighestPoint(t *testing.T) {
	positions := map[string]uint32{"low#0": 100, "high#0": 200, "k50": 50, "k150": 150, "k250": 250}
	r, _ := NewRing(1, func(s string) uint32 { return positions[s] })
	r.Add("low")
	r.Add("high")
	for k, want := range map[string]string{"k50": "low", "k150": "high", "k250": "low"} {
		if got := owner(r, k); got != want {
			t.Errorf("Get(%s) = %s, want %s", k, got, want)
		}
	}
}

func TestRingReplicasAreDistinctAndStartWithTheOwner(t *testing.T) {
	r := ringOf(t, 160, "a", "b", "c", "d")
	for _, k := range keys[:200] {
		got := r.GetN(k, 3)
		if len(got) != 3 || got[0] != owner(r, k) || got[0] == got[1] || got[1] == got[2] || got[0] == got[2] {
			t.Fatalf("GetN(%s, 3) = %v", k, got)
		}
	}
	if got := r.GetN("k", 10); len(got) != 4 {
		t.Fatalf("GetN asked for 10 of 4 nodes returned %v", got)
	}
	if _, err := NewRing(0, nil); err == nil {
		t.Fatal("vnodes 0 accepted")
	}
}
