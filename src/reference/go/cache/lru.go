// Package cache holds least-recently-used caches.
//
// lru.go: an LRU cache with O(1) Get and Put, not safe for concurrent use (see
// concurrentlru.go). A map finds a key's node; a doubly linked list orders the
// nodes from most to least recently used. Go's container/list already is a
// doubly linked list, and a production cache would use it or a library; the
// interview asks for the list written out, because what it probes is the
// pointer surgery: unlinking a node and relinking it at the front in O(1).
package cache

import "fmt"

type node[K comparable, V any] struct {
	key        K
	value      V
	prev, next *node[K, V]
}

// LRU is a least-recently-used cache. Get and Put count as a use; Peek and
// Contains do not.
type LRU[K comparable, V any] struct {
	capacity int
	onEvict  func(key K, value V)
	index    map[K]*node[K, V]
	// Sentinels: head.next is the most recent entry, tail.prev the least recent.
	// They remove every "is the list empty?" case from link and unlink.
	head, tail *node[K, V]
}

// NewLRU returns an empty cache. onEvict, if not nil, is called after an entry
// is evicted for lack of room (not on Delete or overwrite).
func NewLRU[K comparable, V any](capacity int, onEvict func(key K, value V)) (*LRU[K, V], error) {
	if capacity < 1 {
		return nil, fmt.Errorf("cache: capacity must be at least 1, got %d", capacity)
	}
	head, tail := &node[K, V]{}, &node[K, V]{}
	head.next, tail.prev = tail, head
	return &LRU[K, V]{capacity: capacity, onEvict: onEvict, index: make(map[K]*node[K, V]), head: head, tail: tail}, nil
}

// Len is the number of cached entries.
func (c *LRU[K, V]) Len() int { return len(c.index) }

// Get returns the value and marks the key as most recently used.
func (c *LRU[K, V]) Get(key K) (V, bool) {
	n, ok := c.index[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(n)
	c.linkAtFront(n)
	return n.value, true
}

// Peek returns the value without touching recency.
func (c *LRU[K, V]) Peek(key K) (V, bool) {
	n, ok := c.index[key]
	if !ok {
		var zero V
		return zero, false
	}
	return n.value, true
}

// Put inserts or overwrites, evicting the least recently used entry when full.
func (c *LRU[K, V]) Put(key K, value V) {
	if n, ok := c.index[key]; ok {
		// Overwrite in place: the size does not grow and nothing is evicted.
		n.value = value
		c.unlink(n)
		c.linkAtFront(n)
		return
	}
	n := &node[K, V]{key: key, value: value}
	c.index[key] = n
	c.linkAtFront(n)
	if len(c.index) > c.capacity {
		victim := c.tail.prev
		c.unlink(victim)
		delete(c.index, victim.key)
		// Call the hook last, so a hook that reads the cache sees a consistent state.
		if c.onEvict != nil {
			c.onEvict(victim.key, victim.value)
		}
	}
}

// Delete removes a key and reports whether it was present; onEvict is not called.
func (c *LRU[K, V]) Delete(key K) bool {
	n, ok := c.index[key]
	if ok {
		c.unlink(n)
		delete(c.index, key)
	}
	return ok
}

// Keys lists keys from most to least recently used.
func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, len(c.index))
	for n := c.head.next; n != c.tail; n = n.next {
		keys = append(keys, n.key)
	}
	return keys
}

func (c *LRU[K, V]) linkAtFront(n *node[K, V]) {
	n.prev, n.next = c.head, c.head.next
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU[K, V]) unlink(n *node[K, V]) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
}
