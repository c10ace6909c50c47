package ratelimit

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type limiter interface {
	TryAcquire() (bool, time.Duration)
}

const minuteMs = 60_000

// burstAcrossBoundary sends 10 requests in the last 100 ms of a minute and 10 at
// the start of the next, returning how many passed: a fixed window lets all 20 through.
func burstAcrossBoundary(l limiter, clock *manualClock) int {
	allowed := 0
	for _, at := range []int64{minuteMs - 100, minuteMs} {
		clock.Set(at)
		for i := 0; i < 10; i++ {
			if ok, _ := l.TryAcquire(); ok {
				allowed++
			}
		}
	}
	return allowed
}

func TestSlidingWindowsHoldTheBoundaryBurstToTheLimit(t *testing.T) {
	clock := newManualClock(0)
	log, _ := NewSlidingWindowLog(10, time.Minute, clock.Now)
	if got := burstAcrossBoundary(log, clock); got != 10 {
		t.Errorf("log allowed %d, want 10", got)
	}
	clock = newManualClock(0)
	counter, _ := NewSlidingWindowCounter(10, time.Minute, clock.Now)
	if got := burstAcrossBoundary(counter, clock); got != 10 {
		t.Errorf("counter allowed %d, want 10", got)
	}
}

func TestSlidingWindowLogFreesASlotWhenTheOldestRequestLeaves(t *testing.T) {
	clock := newManualClock(1_000)
	l, _ := NewSlidingWindowLog(2, 10*time.Second, clock.Now)
	l.TryAcquire()
	clock.Set(4_000)
	l.TryAcquire()
	if ok, retry := l.TryAcquire(); ok || retry != 7*time.Second {
		t.Fatalf("third request: got (%v, %v), want (false, 7s)", ok, retry)
	}
	clock.Set(10_999)
	if ok, _ := l.TryAcquire(); ok {
		t.Fatal("allowed 1 ms before the oldest request left the window")
	}
	clock.Set(11_000)
	if ok, _ := l.TryAcquire(); !ok {
		t.Fatal("rejected when the oldest request left the window")
	}
}

// A long pseudo-random run that wraps the ring buffer many times, checked
// against counting the accepted timestamps by brute force.
func TestSlidingWindowLogAgreesWithABruteForceCount(t *testing.T) {
	clock := newManualClock(0)
	const limit, windowMs = 5, 1_000
	l, _ := NewSlidingWindowLog(limit, windowMs*time.Millisecond, clock.Now)
	var accepted []int64
	seed, now := int64(42), int64(0)
	for i := 0; i < 5_000; i++ {
		seed = (seed*1_103_515_245 + 12_345) % (1 << 31)
		now += seed % 300
		clock.Set(now)
		var oldest int64 = -1
		inWindow := 0
		for _, at := range accepted {
			if at > now-windowMs {
				if oldest < 0 {
					oldest = at
				}
				inWindow++
			}
		}
		ok, retry := l.TryAcquire()
		if ok != (inWindow < limit) {
			t.Fatalf("step %d at %d ms: allowed=%v with %d in window", i, now, ok, inWindow)
		}
		if ok {
			accepted = append(accepted, now)
		} else if want := time.Duration(oldest+windowMs-now) * time.Millisecond; retry != want {
			t.Fatalf("step %d: RetryAfter %v, want %v", i, retry, want)
		}
	}
	if len(accepted) < 1_000 {
		t.Fatalf("only %d accepted; the run did not exercise the limiter", len(accepted))
	}
}

func TestSlidingWindowCounterWeightsThePreviousWindow(t *testing.T) {
	clock := newManualClock(0)
	c, _ := NewSlidingWindowCounter(10, time.Minute, clock.Now)
	for i := 0; i < 10; i++ {
		c.TryAcquire()
	}
	// 45 s into the next window, 25% of the previous overlaps: estimate 2.5.
	clock.Set(minuteMs + 45_000)
	allowed := 0
	for i := 0; i < 10; i++ {
		if ok, _ := c.TryAcquire(); ok {
			allowed++
		}
	}
	if allowed != 7 {
		t.Fatalf("allowed %d, want 7", allowed)
	}
}

func TestSlidingWindowCounterRetryAfterIsWhenARetrySucceeds(t *testing.T) {
	clock := newManualClock(0)
	c, _ := NewSlidingWindowCounter(4, time.Second, clock.Now)
	for i := 0; i < 4; i++ {
		c.TryAcquire()
	}
	clock.Set(1_100)
	for i := 0; i < 5; i++ {
		c.TryAcquire()
	}
	ok, retry := c.TryAcquire()
	if ok || retry <= 0 {
		t.Fatalf("got (%v, %v), want a rejection with a positive RetryAfter", ok, retry)
	}
	clock.Set(1_100 + retry.Milliseconds() - 1)
	if ok, _ := c.TryAcquire(); ok {
		t.Fatal("allowed 1 ms before RetryAfter")
	}
	clock.Set(1_100 + retry.Milliseconds())
	if ok, _ := c.TryAcquire(); !ok {
		t.Fatal("rejected at RetryAfter")
	}
}

func TestSlidingWindowCounterForgetsWindowsOlderThanThePrevious(t *testing.T) {
	clock := newManualClock(0)
	c, _ := NewSlidingWindowCounter(3, time.Second, clock.Now)
	for i := 0; i < 3; i++ {
		c.TryAcquire()
	}
	clock.Set(2_000)
	var got []bool
	for i := 0; i < 4; i++ {
		ok, _ := c.TryAcquire()
		got = append(got, ok)
	}
	if !(got[0] && got[1] && got[2] && !got[3]) {
		t.Fatalf("got %v, want [true true true false]", got)
	}
}

func TestSlidingWindowsRejectBadConfiguration(t *testing.T) {
	clock := newManualClock(0)
	if _, err := NewSlidingWindowLog(0, time.Second, clock.Now); err == nil {
		t.Error("log accepted limit 0")
	}
	if _, err := NewSlidingWindowCounter(1, time.Microsecond, clock.Now); err == nil {
		t.Error("counter accepted a window under 1 ms")
	}
}

// Many goroutines at one instant: exactly limit pass, for both limiters.
// Without the mutex, two goroutines fill the same slot or read the same count.
func TestSlidingWindowsAdmitExactlyTheLimitUnderConcurrency(t *testing.T) {
	for round := 0; round < 50; round++ {
		clock := newManualClock(5_000)
		log, _ := NewSlidingWindowLog(100, time.Second, clock.Now)
		counter, _ := NewSlidingWindowCounter(100, time.Second, clock.Now)
		for _, l := range []limiter{log, counter} {
			var allowed int64
			var wg sync.WaitGroup
			start := make(chan struct{})
			for g := 0; g < 16; g++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					for i := 0; i < 20; i++ {
						if ok, _ := l.TryAcquire(); ok {
							atomic.AddInt64(&allowed, 1)
						}
					}
				}()
			}
			close(start)
			wg.Wait()
			if allowed != 100 {
				t.Fatalf("round %d, %T: %d of 320 allowed, want exactly 100", round, l, allowed)
			}
		}
	}
}
