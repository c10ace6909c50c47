package concurrency

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"reference/ratelimit"
)

// manualClock is a clock the test moves; its Sleep advances time instead of waiting.
type manualClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *manualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *manualClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	return ctx.Err()
}

// The first tasks block until `workers` of them run at once, which proves the
// pool uses all its workers (fewer would deadlock); no moment ever sees more.
// Before releasing them the test pauses briefly, so that a surplus worker, if
// the pool had one, would start a task and raise the peak; a correct pool
// passes however long the pause lasts.
func TestWorkerPoolRunsAtMostWorkersTasksAtOnce(t *testing.T) {
	const workers, tasks = 4, 200
	pool, err := NewWorkerPool(workers, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var running, peak int32
	allBusy := make(chan struct{})
	var once sync.Once
	work := make([]Task, tasks)
	for i := range work {
		work[i] = func(context.Context) error {
			now := atomic.AddInt32(&running, 1)
			raisePeak(&peak, now)
			if now == workers {
				once.Do(func() {
					time.Sleep(20 * time.Millisecond)
					close(allBusy)
				})
			}
			<-allBusy
			for y := 0; y < 5; y++ {
				runtime.Gosched()
			}
			atomic.AddInt32(&running, -1)
			return nil
		}
	}
	finishWithin(t, "the pool", func() { pool.Run(context.Background(), work) })
	if peak != workers {
		t.Fatalf("peak concurrency %d, want exactly %d", peak, workers)
	}
}

// With a bucket of 3 tokens refilled at 2 per second, the k-th start (from 0)
// can come no sooner than (k+1-3)/2 seconds in: a burst of 3, then 2 a second.
func TestWorkerPoolPacesStartsWithTheTokenBucket(t *testing.T) {
	clock := &manualClock{t: time.Unix(1_000, 0)}
	t0 := clock.Now()
	bucket, err := ratelimit.NewTokenBucket(3, 2, clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	pool, _ := NewWorkerPool(8, bucket, clock.Sleep)
	starts := make([]time.Duration, 20)
	work := make([]Task, len(starts))
	for i := range work {
		i := i
		work[i] = func(context.Context) error {
			starts[i] = clock.Now().Sub(t0)
			return nil
		}
	}
	var errs []error
	finishWithin(t, "the pool", func() { errs = pool.Run(context.Background(), work) })
	for i, err := range errs {
		if err != nil {
			t.Fatalf("task %d: %v", i, err)
		}
	}
	sort.Slice(starts, func(a, b int) bool { return starts[a] < starts[b] })
	for k, at := range starts {
		earliest := time.Duration(k+1-3) * time.Second / 2
		if at < earliest {
			t.Fatalf("start %d at %v, before the earliest the bucket allows, %v", k, at, earliest)
		}
	}
	if last, want := starts[len(starts)-1], 17*time.Second/2; last < want {
		t.Fatalf("the last start came at %v; 20 starts at this rate need at least %v", last, want)
	}
}

// raisePeak stores now in peak if it is higher, without a lock.
func raisePeak(peak *int32, now int32) {
	for {
		old := atomic.LoadInt32(peak)
		if now <= old || atomic.CompareAndSwapInt32(peak, old, now) {
			return
		}
	}
}

func TestWorkerPoolReturnsErrorsByTaskIndex(t *testing.T) {
	pool, _ := NewWorkerPool(3, nil, nil)
	work := make([]Task, 10)
	for i := range work {
		i := i
		work[i] = func(context.Context) error {
			if i%4 == 0 {
				return fmt.Errorf("task %d failed", i)
			}
			return nil
		}
	}
	for i, err := range pool.Run(context.Background(), work) {
		if (err != nil) != (i%4 == 0) || err != nil && err.Error() != fmt.Sprintf("task %d failed", i) {
			t.Errorf("errs[%d] = %v", i, err)
		}
	}
}

// One worker, and the first task cancels: no later task starts, each reports why.
func TestWorkerPoolStartsNothingAfterCancellation(t *testing.T) {
	pool, _ := NewWorkerPool(1, nil, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var started int32
	work := make([]Task, 5)
	for i := range work {
		work[i] = func(context.Context) error {
			atomic.AddInt32(&started, 1)
			cancel()
			return nil
		}
	}
	errs := pool.Run(ctx, work)
	if started != 1 || errs[0] != nil {
		t.Fatalf("%d tasks started (errs[0]=%v), want only the first", started, errs[0])
	}
	for i, err := range errs[1:] {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("errs[%d] = %v, want Canceled", i+1, err)
		}
	}
	if _, err := NewWorkerPool(0, nil, nil); err == nil {
		t.Fatal("a pool of 0 workers accepted")
	}
}
