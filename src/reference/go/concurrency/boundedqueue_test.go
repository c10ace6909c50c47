package concurrency

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// deadlockBound is how long a test waits before calling a blocked run a
// deadlock: far beyond any healthy run, so it cannot flake.
const deadlockBound = 30 * time.Second

// finishWithin runs fn and fails the test if it has not returned within
// deadlockBound, so a deadlock fails by name instead of hanging the suite.
func finishWithin(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(deadlockBound):
		t.Fatalf("%s did not finish within %v: deadlock", what, deadlockBound)
	}
}

func mustQueue(t *testing.T, capacity int) *BoundedQueue[int] {
	t.Helper()
	q, err := NewBoundedQueue[int](capacity)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestBoundedQueueIsFirstInFirstOut(t *testing.T) {
	q := mustQueue(t, 3)
	ctx := context.Background()
	for round := 0; round < 3; round++ { // wraps the ring buffer
		for i := 0; i < 3; i++ {
			if err := q.Put(ctx, round*10+i); err != nil {
				t.Fatal(err)
			}
		}
		for i := 0; i < 3; i++ {
			if v, err := q.Take(ctx); err != nil || v != round*10+i {
				t.Fatalf("Take = %d, %v, want %d", v, err, round*10+i)
			}
		}
	}
}

// Many producers and consumers through a small queue: every item arrives
// exactly once, each producer's items in the order it sent them, and the
// queue never holds more than its capacity.
func TestBoundedQueueDeliversEveryItemOnceUnderContention(t *testing.T) {
	const producers, consumers, perProducer, capacity = 8, 8, 500, 4
	for round := 0; round < 10; round++ {
		q := mustQueue(t, capacity)
		ctx := context.Background()
		received := make([][]int, consumers)
		var producing, consuming sync.WaitGroup
		for c := 0; c < consumers; c++ {
			consuming.Add(1)
			go func(c int) {
				defer consuming.Done()
				for {
					v, err := q.Take(ctx)
					if errors.Is(err, ErrClosed) {
						return
					}
					if n := q.Len(); n > capacity {
						t.Errorf("queue holds %d items, capacity %d", n, capacity)
					}
					received[c] = append(received[c], v)
				}
			}(c)
		}
		for p := 0; p < producers; p++ {
			producing.Add(1)
			go func(p int) {
				defer producing.Done()
				for i := 0; i < perProducer; i++ {
					if err := q.Put(ctx, p*perProducer+i); err != nil {
						t.Error(err)
						return
					}
				}
			}(p)
		}
		finishWithin(t, "producers", producing.Wait)
		q.Close()
		finishWithin(t, "consumers", consuming.Wait)

		seen := make([]int, producers*perProducer)
		for _, items := range received {
			last := make([]int, producers)
			for i := range last {
				last[i] = -1
			}
			for _, v := range items {
				seen[v]++
				if p := v / perProducer; v <= last[p] {
					t.Fatalf("round %d: item %d arrived after %d from the same producer", round, v, last[p])
				} else {
					last[p] = v
				}
			}
		}
		for v, n := range seen {
			if n != 1 {
				t.Fatalf("round %d: item %d received %d times, want once", round, v, n)
			}
		}
	}
}

func TestBoundedQueuePutOnAFullQueueWaitsUntilATake(t *testing.T) {
	q := mustQueue(t, 1)
	ctx := context.Background()
	_ = q.Put(ctx, 1)
	put := make(chan error)
	go func() { put <- q.Put(ctx, 2) }()
	if v, _ := q.Take(ctx); v != 1 {
		t.Fatalf("Take = %d, want 1", v)
	}
	finishWithin(t, "the blocked Put", func() {
		if err := <-put; err != nil {
			t.Error(err)
		}
	})
	if v, _ := q.Take(ctx); v != 2 {
		t.Fatalf("Take = %d, want 2, from the Put that waited", v)
	}
}

func TestBoundedQueueGivesUpWhenTheContextEnds(t *testing.T) {
	q := mustQueue(t, 1)
	_ = q.Put(context.Background(), 1)
	// The queue stays full, so this Put can only end through its deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := q.Put(ctx, 2); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Put on a full queue = %v, want DeadlineExceeded", err)
	}
	if q.Len() != 1 {
		t.Fatalf("Len = %d after a failed Put, want 1", q.Len())
	}
	empty := mustQueue(t, 1)
	cancelled, cancelNow := context.WithCancel(context.Background())
	cancelNow()
	if _, err := empty.Take(cancelled); !errors.Is(err, context.Canceled) {
		t.Fatalf("Take with a cancelled context = %v, want Canceled", err)
	}
}

func TestBoundedQueueCloseWakesWaitersAndDrains(t *testing.T) {
	q := mustQueue(t, 2)
	ctx := context.Background()
	took := make(chan error)
	go func() {
		_, err := q.Take(ctx)
		took <- err
	}()
	q.Close()
	finishWithin(t, "Take on a closed queue", func() {
		if err := <-took; !errors.Is(err, ErrClosed) {
			t.Errorf("Take = %v, want ErrClosed", err)
		}
	})
	if err := q.Put(ctx, 1); !errors.Is(err, ErrClosed) {
		t.Fatalf("Put after Close = %v, want ErrClosed", err)
	}

	q = mustQueue(t, 2)
	_ = q.Put(ctx, 7)
	q.Close()
	if v, err := q.Take(ctx); v != 7 || err != nil {
		t.Fatalf("Take after Close = %d, %v, want the queued 7", v, err)
	}
}

func TestBoundedQueueRejectsACapacityBelowOne(t *testing.T) {
	if _, err := NewBoundedQueue[int](0); err == nil {
		t.Fatal("capacity 0 accepted")
	}
}
