package example

import (
	"sync"
	"testing"
)

// Run with -race: without the mutex the race detector reports the unguarded map access, and the
// count comes up short even without it.
func TestNoHitIsLostWhenGoroutinesRaceOnOneKey(t *testing.T) {
	const goroutines, hitsEach = 64, 1000
	var counter HitCounter
	start := make(chan struct{})
	var done sync.WaitGroup
	for i := 0; i < goroutines; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			<-start
			for j := 0; j < hitsEach; j++ {
				counter.Record("home")
			}
		}()
	}
	close(start)
	done.Wait()
	if got, want := counter.Count("home"), goroutines*hitsEach; got != want {
		t.Fatalf("Count(home) = %d after %d hits: %d lost", got, want, want-got)
	}
	if got := counter.Count("never-seen"); got != 0 {
		t.Fatalf("Count(never-seen) = %d, want 0", got)
	}
}
