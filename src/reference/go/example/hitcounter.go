// Package example holds a hit counter: hits per key (page views, API calls per client) recorded
// from many goroutines at once. counts[key]++ reads, adds and writes; two goroutines doing it on
// one key lose a hit, and concurrent writes to a Go map can crash the program outright. An
// interviewer probes whether one mutex guards every read and write of the map.
package example

import "sync"

// HitCounter is a map from key to hit count that is safe for concurrent use.
// The zero value is ready to use.
type HitCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

// Record adds one hit for key and returns its new count.
func (c *HitCounter) Record(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts == nil {
		c.counts = make(map[string]int)
	}
	c.counts[key]++
	return c.counts[key]
}

// Count returns the hits recorded for key so far (0 for a key never seen).
func (c *HitCounter) Count(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[key]
}
