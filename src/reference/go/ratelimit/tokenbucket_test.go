package ratelimit

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// manualClock is a clock the test moves by hand; safe to read from many goroutines.
type manualClock struct {
	mu sync.Mutex
	t  time.Time
}

func newManualClock(startMs int64) *manualClock {
	return &manualClock{t: time.UnixMilli(startMs)}
}

func (c *manualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *manualClock) Set(ms int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = time.UnixMilli(ms)
}

func (c *manualClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func mustBucket(t *testing.T, capacity, rate float64, clock *manualClock) *TokenBucket {
	t.Helper()
	b, err := NewTokenBucket(capacity, rate, clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func take(t *testing.T, b *TokenBucket, cost float64) Decision {
	t.Helper()
	d, err := b.TryRemove(cost)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTokenBucketAllowsABurstUpToCapacityThenRejects(t *testing.T) {
	clock := newManualClock(0)
	b := mustBucket(t, 3, 1, clock)
	for i := 2; i >= 0; i-- {
		d := take(t, b, 1)
		if !d.Allowed || d.Remaining != i {
			t.Fatalf("request %d: got %+v, want allowed with %d remaining", 3-i, d, i)
		}
	}
	d := take(t, b, 1)
	if d.Allowed || d.RetryAfter != time.Second {
		t.Fatalf("4th request: got %+v, want rejected with RetryAfter 1s", d)
	}
}

func TestTokenBucketRefillsLazilyAndClampsToCapacity(t *testing.T) {
	clock := newManualClock(0)
	b := mustBucket(t, 10, 2, clock)
	take(t, b, 10)
	clock.Advance(1500 * time.Millisecond)
	if got := b.Tokens(); got != 3 {
		t.Fatalf("after 1.5 s at 2/s: %v tokens, want 3", got)
	}
	clock.Advance(24 * time.Hour)
	if got := b.Tokens(); got != 10 {
		t.Fatalf("after a day idle: %v tokens, want capacity 10", got)
	}
}

func TestTokenBucketRetryAfterIsExactlyWhenTheCostIsAvailable(t *testing.T) {
	clock := newManualClock(0)
	b := mustBucket(t, 5, 2, clock)
	take(t, b, 5)
	d := take(t, b, 3)
	if d.Allowed || d.RetryAfter != 1500*time.Millisecond {
		t.Fatalf("got %+v, want rejected with RetryAfter 1.5s", d)
	}
	clock.Advance(d.RetryAfter - time.Millisecond)
	if take(t, b, 3).Allowed {
		t.Fatal("allowed 1 ms before RetryAfter")
	}
	clock.Advance(time.Millisecond)
	if !take(t, b, 3).Allowed {
		t.Fatal("rejected at RetryAfter")
	}
}

func TestTokenBucketIgnoresAClockThatStepsBackwards(t *testing.T) {
	clock := newManualClock(10_000)
	b := mustBucket(t, 1, 1, clock)
	take(t, b, 1)
	clock.Set(5_000)
	if take(t, b, 1).Allowed {
		t.Fatal("a backwards step credited tokens")
	}
	clock.Set(10_999)
	if take(t, b, 1).Allowed {
		t.Fatal("the interval before the step was credited twice")
	}
	clock.Set(11_000)
	if !take(t, b, 1).Allowed {
		t.Fatal("one second after the last refill should earn one token")
	}
}

func TestTokenBucketRejectsBadConfigurationAndCost(t *testing.T) {
	clock := newManualClock(0)
	if _, err := NewTokenBucket(0, 1, clock.Now); err == nil {
		t.Error("capacity 0 accepted")
	}
	if _, err := NewTokenBucket(1, -1, clock.Now); err == nil {
		t.Error("negative rate accepted")
	}
	b := mustBucket(t, 2, 1, clock)
	for _, cost := range []float64{0, -1, 3} {
		if _, err := b.TryRemove(cost); err == nil {
			t.Errorf("cost %v accepted", cost)
		}
	}
}

// With the clock frozen, exactly capacity of many concurrent requests may pass.
// Without the mutex, two goroutines read the same count and both spend it.
func TestTokenBucketAdmitsExactlyCapacityUnderConcurrency(t *testing.T) {
	for round := 0; round < 50; round++ {
		clock := newManualClock(0)
		b := mustBucket(t, 100, 1, clock)
		var allowed int64
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := 0; g < 16; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				for i := 0; i < 20; i++ {
					if d, _ := b.TryRemove(1); d.Allowed {
						atomic.AddInt64(&allowed, 1)
					}
				}
			}()
		}
		close(start)
		wg.Wait()
		if allowed != 100 {
			t.Fatalf("round %d: %d of 320 requests allowed, want exactly 100", round, allowed)
		}
	}
}
