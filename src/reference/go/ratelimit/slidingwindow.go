// slidingwindow.go: sliding window limiters, the exact log and the approximate
// counter. Both allow at most limit requests in any window-long span, which
// removes the fixed window's 2x burst at a boundary. What an interviewer probes:
// the memory trade. The log keeps one timestamp per accepted request (exact,
// O(limit) per key); the counter keeps two counts and assumes the previous
// window's requests were spread evenly. Time is counted in whole milliseconds.

package ratelimit

import (
	"fmt"
	"math"
	"sync"
	"time"
)

// Weighted estimates are fractional; absorb floating-point rounding at the limit.
const windowEpsilon = 1e-9

func validateWindow(kind string, limit int, window time.Duration) error {
	if limit < 1 || window < time.Millisecond {
		return fmt.Errorf("ratelimit: %s needs limit >= 1 and window >= 1ms, got %d and %v", kind, limit, window)
	}
	return nil
}

// SlidingWindowLog remembers each accepted request's time in a ring buffer of
// limit slots, oldest at head, so expiring one moves an index instead of
// shifting a slice. Safe for concurrent use.
type SlidingWindowLog struct {
	windowMs int64
	now      Clock

	mu       sync.Mutex
	ring     []int64
	head     int
	size     int
	latestMs int64
}

// NewSlidingWindowLog returns an exact limiter of limit requests per window.
func NewSlidingWindowLog(limit int, window time.Duration, now Clock) (*SlidingWindowLog, error) {
	if err := validateWindow("SlidingWindowLog", limit, window); err != nil {
		return nil, err
	}
	return &SlidingWindowLog{windowMs: window.Milliseconds(), now: now, ring: make([]int64, limit), latestMs: math.MinInt64}, nil
}

// TryAcquire admits the request if fewer than limit were accepted in the last
// window; otherwise it reports when the oldest one leaves the window.
func (l *SlidingWindowLog) TryAcquire() (allowed bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	// Never let time run backwards, or expired entries could count again.
	if nowMs := l.now().UnixMilli(); nowMs > l.latestMs {
		l.latestMs = nowMs
	}
	limit := len(l.ring)
	for l.size > 0 && l.ring[l.head] <= l.latestMs-l.windowMs {
		l.head = (l.head + 1) % limit
		l.size--
	}
	if l.size < limit {
		l.ring[(l.head+l.size)%limit] = l.latestMs
		l.size++
		return true, 0
	}
	return false, time.Duration(l.ring[l.head]+l.windowMs-l.latestMs) * time.Millisecond
}

// SlidingWindowCounter estimates the count in the sliding window as the current
// fixed window's count plus the previous one's, weighted by how much of it still
// overlaps. Two numbers per key. Safe for concurrent use.
type SlidingWindowCounter struct {
	limit    int
	windowMs int64
	now      Clock

	mu           sync.Mutex
	started      bool
	currentStart int64 // start of the current fixed window, aligned to the Unix epoch
	current      int
	previous     int
}

// NewSlidingWindowCounter returns an approximate limiter of limit requests per window.
func NewSlidingWindowCounter(limit int, window time.Duration, now Clock) (*SlidingWindowCounter, error) {
	if err := validateWindow("SlidingWindowCounter", limit, window); err != nil {
		return nil, err
	}
	return &SlidingWindowCounter{limit: limit, windowMs: window.Milliseconds(), now: now}, nil
}

// TryAcquire admits the request if the weighted estimate stays within limit.
func (c *SlidingWindowCounter) TryAcquire() (allowed bool, retryAfter time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	nowMs := c.now().UnixMilli()
	if c.started && nowMs < c.currentStart {
		nowMs = c.currentStart
	}
	start := nowMs - floorMod(nowMs, c.windowMs)
	if !c.started || start > c.currentStart {
		// One window later the current count becomes the previous; two or more, both are stale.
		if c.started && start-c.currentStart == c.windowMs {
			c.previous = c.current
		} else {
			c.previous = 0
		}
		c.current, c.currentStart, c.started = 0, start, true
	}
	elapsed := float64(nowMs - start)
	window := float64(c.windowMs)
	estimate := float64(c.previous)*((window-elapsed)/window) + float64(c.current)
	if estimate+1 <= float64(c.limit)+windowEpsilon {
		c.current++
		return true, 0
	}
	return false, time.Duration(c.retryAfterMs(elapsed)) * time.Millisecond
}

// retryAfterMs solves previous*(1 - t/window) + current + 1 <= limit for the earliest t.
func (c *SlidingWindowCounter) retryAfterMs(elapsed float64) int64 {
	window, limit := float64(c.windowMs), float64(c.limit)
	if c.current+1 <= c.limit {
		t := window * (1 - (limit-1-float64(c.current))/float64(c.previous))
		return int64(math.Max(1, math.Ceil(t-elapsed)))
	}
	// This window is full: wait for the next, where today's count becomes "previous".
	t := window * (1 - (limit-1)/float64(c.current))
	return int64(math.Max(1, math.Ceil(window-elapsed+math.Max(0, t))))
}

// floorMod is the remainder with the sign of m, so times before 1970 align too.
func floorMod(x, m int64) int64 {
	r := x % m
	if r < 0 {
		r += m
	}
	return r
}
