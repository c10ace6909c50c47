// Package hashing holds a consistent-hash ring.
//
// consistenthash.go: a consistent-hash ring with virtual nodes. Each physical
// node is hashed onto a 32-bit ring vnodes times; a key belongs to the first
// point clockwise from its own hash. What an interviewer probes: adding or
// removing a node moves only the keys on the arcs it gains or loses (about 1/N
// of them, where hash(key) % N moves almost all), and virtual nodes are what
// even out the arcs. Hash32 is the handbook's TypeScript hash, bit for bit:
// FNV-1a over UTF-16 code units, then the murmur3 finalizer, so every language
// places the same key on the same node. Not safe for concurrent use; guard a
// shared ring with a sync.RWMutex (lookups do not change it).
package hashing

import (
	"fmt"
	"sort"
	"unicode/utf16"
)

// Hash32 is 32-bit FNV-1a over the UTF-16 code units of s, then the murmur3
// finalizer, which spreads near-identical inputs ("db#1", "db#2") over the ring.
func Hash32(s string) uint32 {
	h := uint32(0x811c9dc5)
	for _, unit := range utf16.Encode([]rune(s)) {
		h ^= uint32(unit)
		h *= 0x01000193
	}
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

type point struct {
	position uint32
	node     string
}

// Ring is a consistent-hash ring. The zero value is not usable; call NewRing.
type Ring struct {
	vnodes  int
	hash    func(string) uint32
	points  []point // sorted by position, ties by node name
	members []string
}

// NewRing returns an empty ring placing vnodes points per node (160 spreads
// keys within about 15% of even). A nil hash means Hash32.
func NewRing(vnodes int, hash func(string) uint32) (*Ring, error) {
	if vnodes < 1 {
		return nil, fmt.Errorf("hashing: vnodes must be at least 1, got %d", vnodes)
	}
	if hash == nil {
		hash = Hash32
	}
	return &Ring{vnodes: vnodes, hash: hash}, nil
}

// Nodes lists the physical nodes in the order they were added.
func (r *Ring) Nodes() []string { return append([]string(nil), r.members...) }

// Add places a node's virtual points; adding a node twice does nothing.
func (r *Ring) Add(node string) {
	for _, m := range r.members {
		if m == node {
			return
		}
	}
	r.members = append(r.members, node)
	for v := 0; v < r.vnodes; v++ {
		r.points = append(r.points, point{r.hash(fmt.Sprintf("%s#%d", node, v)), node})
	}
	// Ties broken by name, so the ring never depends on the order nodes joined.
	sort.Slice(r.points, func(i, j int) bool {
		a, b := r.points[i], r.points[j]
		return a.position < b.position || (a.position == b.position && a.node < b.node)
	})
}

// Remove takes a node's points off the ring; its keys fall to the next point clockwise.
func (r *Ring) Remove(node string) {
	kept := r.points[:0]
	for _, p := range r.points {
		if p.node != node {
			kept = append(kept, p)
		}
	}
	r.points = kept
	for i, m := range r.members {
		if m == node {
			r.members = append(r.members[:i], r.members[i+1:]...)
			return
		}
	}
}

// Get returns the node owning key; false when the ring is empty.
func (r *Ring) Get(key string) (string, bool) {
	if len(r.points) == 0 {
		return "", false
	}
	return r.points[r.firstAtOrAfter(r.hash(key))].node, true
}

// GetN returns up to count distinct nodes clockwise from key, owner first: the
// preference list Dynamo-style stores use to place a key's replicas.
func (r *Ring) GetN(key string, count int) []string {
	var owners []string
	if len(r.points) == 0 {
		return owners
	}
	start := r.firstAtOrAfter(r.hash(key))
	seen := map[string]bool{}
	for step := 0; step < len(r.points) && len(owners) < count; step++ {
		node := r.points[(start+step)%len(r.points)].node
		if !seen[node] {
			seen[node] = true
			owners = append(owners, node)
		}
	}
	return owners
}

// firstAtOrAfter binary-searches the first point at or after position,
// wrapping past the top of the ring to index 0.
func (r *Ring) firstAtOrAfter(position uint32) int {
	i := sort.Search(len(r.points), func(i int) bool { return r.points[i].position >= position })
	if i == len(r.points) {
		return 0
	}
	return i
}
