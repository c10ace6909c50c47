package concurrency

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
)

func TestDiningPhilosophersTakeTheLowerForkFirst(t *testing.T) {
	table, _ := NewTable(5)
	for p := 0; p < 5; p++ {
		first, second := table.Forks(p)
		if first >= second {
			t.Errorf("philosopher %d takes fork %d before %d", p, first, second)
		}
	}
	// The one philosopher who breaks the circle: right-hand fork (0) first.
	if first, second := table.Forks(4); first != 0 || second != 4 {
		t.Fatalf("philosopher 4 takes %d then %d, want 0 then 4", first, second)
	}
}

// The schedule that deadlocks "left fork, then right": every philosopher
// grabs a first fork before anyone grabs a second. Played out one step at a
// time with TryLock, someone must still be able to take a second fork.
func TestDiningPhilosophersWorstCaseScheduleStillLetsSomeoneEat(t *testing.T) {
	const n = 5
	table, _ := NewTable(n)
	var holdsFirst []int
	for p := 0; p < n; p++ {
		if first, _ := table.Forks(p); table.forks[first].TryLock() {
			holdsFirst = append(holdsFirst, p)
		}
	}
	canEat := false
	for _, p := range holdsFirst {
		if _, second := table.Forks(p); table.forks[second].TryLock() {
			canEat = true
			break
		}
	}
	if !canEat {
		t.Fatalf("philosophers %v each hold one fork and wait for a neighbour's: circular wait", holdsFirst)
	}
}

// Five philosophers eat 500 meals each at once. Neighbours never hold a fork
// together, and everyone finishes: a circular wait would trip finishWithin.
func TestDiningPhilosophersEatWithoutSharingForksOrDeadlocking(t *testing.T) {
	const n, meals = 5, 500
	table, err := NewTable(n)
	if err != nil {
		t.Fatal(err)
	}
	var holders [n]int32 // how many philosophers think they hold each fork
	var eaten [n]int     // each written only by its own philosopher
	finishWithin(t, "dinner", func() {
		err = table.Dine(context.Background(), meals, func(p int) {
			left, right := p, (p+1)%n
			if atomic.AddInt32(&holders[left], 1) != 1 || atomic.AddInt32(&holders[right], 1) != 1 {
				t.Errorf("philosopher %d shares a fork with a neighbour", p)
			}
			runtime.Gosched() // give a neighbour the chance to barge in
			eaten[p]++
			atomic.AddInt32(&holders[left], -1)
			atomic.AddInt32(&holders[right], -1)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, got := range eaten {
		if got != meals {
			t.Errorf("philosopher %d ate %d meals, want %d", p, got, meals)
		}
	}
}

func TestDiningPhilosophersStopWhenTheContextEnds(t *testing.T) {
	table, _ := NewTable(3)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var meals int32
	err := table.Dine(ctx, 10, func(int) { atomic.AddInt32(&meals, 1) })
	if !errors.Is(err, context.Canceled) || meals != 0 {
		t.Fatalf("Dine = %v after %d meals, want Canceled after 0", err, meals)
	}
	if _, err := NewTable(1); err == nil {
		t.Fatal("a table of 1 accepted")
	}
}
