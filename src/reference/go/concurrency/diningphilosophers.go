// diningphilosophers.go: n philosophers around a table, one fork (a
// sync.Mutex) between each pair of neighbours; each needs both of its forks
// to eat. What an interviewer probes: why "take the left fork, then the right"
// deadlocks (all n hold their left fork and wait forever for the right: a
// circular wait) and how to break it. Here every philosopher takes the
// lower-numbered of its two forks first, so the last philosopher reaches for
// fork 0 before fork n-1; a global lock order makes a cycle of waiters impossible.

package concurrency

import (
	"context"
	"fmt"
	"sync"
)

// Table holds the forks; philosopher p uses forks p and (p+1) mod n.
type Table struct {
	forks []sync.Mutex
}

// NewTable seats n philosophers; n must be at least 2 (one philosopher would
// need the same fork twice).
func NewTable(n int) (*Table, error) {
	if n < 2 {
		return nil, fmt.Errorf("concurrency: a table needs at least 2 philosophers, got %d", n)
	}
	return &Table{forks: make([]sync.Mutex, n)}, nil
}

// Forks returns the order in which philosopher p picks up its forks: the
// lower-numbered one first.
func (t *Table) Forks(p int) (first, second int) {
	left, right := p, (p+1)%len(t.forks)
	if left < right {
		return left, right
	}
	return right, left
}

// Eat runs eat while philosopher p holds both of its forks.
func (t *Table) Eat(p int, eat func()) {
	first, second := t.Forks(p)
	t.forks[first].Lock()
	defer t.forks[first].Unlock()
	t.forks[second].Lock()
	defer t.forks[second].Unlock()
	eat()
}

// Dine lets every philosopher eat meals times, all at once, and waits for
// them. It stops early, returning ctx.Err(), once ctx ends; a meal already
// started is finished.
func (t *Table) Dine(ctx context.Context, meals int, eat func(philosopher int)) error {
	var wg sync.WaitGroup
	for p := range t.forks {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for m := 0; m < meals && ctx.Err() == nil; m++ {
				t.Eat(p, func() { eat(p) })
			}
		}(p)
	}
	wg.Wait()
	return ctx.Err()
}
