// concurrentlru.go: an LRU cache safe for concurrent use, the single-threaded
// LRU behind one sync.Mutex. What an interviewer probes: why not sync.RWMutex
// with Get under a read lock? Because Get moves the entry to the front of the
// list; every LRU read is a write, and two "readers" relinking nodes at once
// corrupt the list. Under heavy contention, split the keys over N shards, each
// an independent ConcurrentLRU (recency then becomes per shard, not global).

package cache

import "sync"

// ConcurrentLRU is an LRU cache that many goroutines may use at once.
type ConcurrentLRU[K comparable, V any] struct {
	mu      sync.Mutex
	lru     *LRU[K, V]
	onEvict func(key K, value V)
	// The entry the last Put evicted, handed out of the lock to onEvict.
	evicted *node[K, V]
}

// NewConcurrentLRU returns an empty cache. onEvict runs after the lock is
// released, so it may call back into the cache without deadlocking.
func NewConcurrentLRU[K comparable, V any](capacity int, onEvict func(key K, value V)) (*ConcurrentLRU[K, V], error) {
	c := &ConcurrentLRU[K, V]{onEvict: onEvict}
	lru, err := NewLRU(capacity, func(key K, value V) {
		c.evicted = &node[K, V]{key: key, value: value}
	})
	if err != nil {
		return nil, err
	}
	c.lru = lru
	return c, nil
}

// Get returns the value and marks the key as most recently used.
func (c *ConcurrentLRU[K, V]) Get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Get(key)
}

// Put inserts or overwrites, evicting the least recently used entry when full.
func (c *ConcurrentLRU[K, V]) Put(key K, value V) {
	c.mu.Lock()
	c.lru.Put(key, value)
	victim := c.evicted
	c.evicted = nil
	c.mu.Unlock()
	if victim != nil && c.onEvict != nil {
		c.onEvict(victim.key, victim.value)
	}
}

// Delete removes a key and reports whether it was present.
func (c *ConcurrentLRU[K, V]) Delete(key K) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Delete(key)
}

// Len is the number of cached entries.
func (c *ConcurrentLRU[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}

// Keys lists keys from most to least recently used, as of one instant.
func (c *ConcurrentLRU[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Keys()
}
