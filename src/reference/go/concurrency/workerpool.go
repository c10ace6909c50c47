// workerpool.go: run many tasks on a fixed number of goroutines, starting
// them no faster than a token bucket allows. What an interviewer probes: the
// two limits are different things. The worker count bounds how many tasks run
// at once (protecting memory, connections); the token bucket bounds how many
// start per second (protecting a rate-limited API), and a burst up to its
// capacity is allowed. Cancelling ctx stops tasks from starting.

package concurrency

import (
	"context"
	"fmt"
	"sync"
	"time"

	"reference/ratelimit"
)

// Task is one unit of work; it should return early when ctx ends.
type Task func(ctx context.Context) error

// SleepFunc waits for d or until ctx ends; tests pass one that moves a manual clock.
type SleepFunc func(ctx context.Context, d time.Duration) error

// WorkerPool runs tasks on a fixed number of workers.
type WorkerPool struct {
	workers int
	limit   *ratelimit.TokenBucket // nil: no rate limit
	sleep   SleepFunc
}

// NewWorkerPool returns a pool of workers goroutines. limit, if not nil, paces
// task starts (one token each); sleep nil means a real timer.
func NewWorkerPool(workers int, limit *ratelimit.TokenBucket, sleep SleepFunc) (*WorkerPool, error) {
	if workers < 1 {
		return nil, fmt.Errorf("concurrency: a pool needs at least 1 worker, got %d", workers)
	}
	if sleep == nil {
		sleep = sleepOnTimer
	}
	return &WorkerPool{workers: workers, limit: limit, sleep: sleep}, nil
}

// Run runs every task and returns their errors by index (nil for success). A
// task not started before ctx ends gets ctx.Err() and never runs.
func (p *WorkerPool) Run(ctx context.Context, tasks []Task) []error {
	errs := make([]error, len(tasks)) // each index written by one worker only
	jobs := make(chan int)            // unbuffered: a send waits for a free worker
	var wg sync.WaitGroup
	for w := 0; w < p.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if err := p.awaitStart(ctx); err != nil {
					errs[i] = err
					continue
				}
				errs[i] = tasks[i](ctx)
			}
		}()
	}
	for i := range tasks {
		jobs <- i
	}
	close(jobs)
	wg.Wait() // also makes every errs write visible to the caller
	return errs
}

// awaitStart takes one token, sleeping as long as the bucket says when it is empty.
func (p *WorkerPool) awaitStart(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p.limit == nil {
			return nil
		}
		decision, err := p.limit.TryRemove(1)
		if err != nil {
			return err // a bucket smaller than one token can never start a task
		}
		if decision.Allowed {
			return nil
		}
		if err := p.sleep(ctx, decision.RetryAfter); err != nil {
			return err
		}
	}
}

func sleepOnTimer(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
