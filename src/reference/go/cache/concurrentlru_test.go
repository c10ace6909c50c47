package cache

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Many goroutines Put and Get overlapping keys. Without the mutex the race
// detector reports the shared map and list, and the list loses or duplicates nodes.
func TestConcurrentLRUStaysConsistentUnderParallelUse(t *testing.T) {
	const capacity, goroutines, ops, keys = 32, 16, 2_000, 64
	for round := 0; round < 5; round++ {
		var evictions int64
		c, err := NewConcurrentLRU[int, int](capacity, func(int, int) { atomic.AddInt64(&evictions, 1) })
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := 0; g < goroutines; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				<-start
				for i := 0; i < ops; i++ {
					k := (g*7 + i*13) % keys
					if i%3 == 0 {
						c.Put(k, k*1_000+g)
					} else if v, ok := c.Get(k); ok && v/1_000 != k {
						t.Errorf("Get(%d) returned %d, a value stored under another key", k, v)
					}
				}
			}(g)
		}
		close(start)
		wg.Wait()
		got := c.Keys()
		if c.Len() != capacity || len(got) != capacity {
			t.Fatalf("round %d: Len()=%d, len(Keys())=%d, want %d", round, c.Len(), len(got), capacity)
		}
		seen := map[int]bool{}
		for _, k := range got {
			if seen[k] {
				t.Fatalf("round %d: key %d appears twice in the list", round, k)
			}
			seen[k] = true
		}
		// Every key was Put at least once, so all but capacity were evicted at least once.
		if n := atomic.LoadInt64(&evictions); n < keys-capacity {
			t.Fatalf("round %d: %d evictions, want at least %d", round, n, keys-capacity)
		}
	}
}

// The hook runs outside the lock, so it may use the cache; with the hook
// inside the lock this call would deadlock.
func TestConcurrentLRUOnEvictMayCallTheCache(t *testing.T) {
	var c *ConcurrentLRU[string, int]
	var evictedLen int
	c, _ = NewConcurrentLRU[string, int](1, func(string, int) { evictedLen = c.Len() })
	done := make(chan struct{})
	go func() {
		c.Put("a", 1)
		c.Put("b", 2)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Put deadlocked: onEvict ran with the lock held")
	}
	if evictedLen != 1 {
		t.Fatalf("the hook saw Len()=%d, want 1", evictedLen)
	}
}
