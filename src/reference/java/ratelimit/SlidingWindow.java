// Sliding-window rate limiters with an injected clock: the exact log and the approximate
// counter, the same two algorithms as the TypeScript version. Interviewers probe the
// fixed window's 2x burst at a boundary and the memory cost of the exact log.
package ratelimit;

import java.util.function.LongSupplier;

/** At most {@code limit} requests in any {@code windowMs} span. Both kinds are thread-safe. */
public final class SlidingWindow {
  /** The outcome of one call: allowed or not, and milliseconds until a retry would succeed. */
  public record Result(boolean allowed, long retryAfterMs) {}

  // Weighted estimates are fractional; absorb floating-point rounding at the limit.
  private static final double EPSILON = 1e-9;

  private SlidingWindow() {}

  private static void validate(long limit, long windowMs) {
    if (limit <= 0 || windowMs <= 0) {
      throw new IllegalArgumentException(
          "limit and windowMs must be positive, got " + limit + " and " + windowMs);
    }
  }

  /**
   * Exact: remembers the time of every accepted request in a ring buffer of {@code limit}
   * slots, oldest at {@code head}, so expiring one moves an index instead of shifting.
   */
  public static final class Log {
    private final long windowMs;
    private final long[] ring;
    private int head;
    private int size;
    private long latestMs = Long.MIN_VALUE;
    private final LongSupplier nowMs;

    public Log(int limit, long windowMs, LongSupplier nowMs) {
      validate(limit, windowMs);
      this.windowMs = windowMs;
      this.ring = new long[limit];
      this.nowMs = nowMs;
    }

    /** Admits the request if fewer than {@code limit} were accepted in the last window. */
    public synchronized Result tryAcquire() {
      // Never let time run backwards, or expired entries could count again.
      latestMs = Math.max(latestMs, nowMs.getAsLong());
      while (size > 0 && ring[head] <= latestMs - windowMs) {
        head = (head + 1) % ring.length;
        size--;
      }
      if (size < ring.length) {
        ring[(head + size) % ring.length] = latestMs;
        size++;
        return new Result(true, 0);
      }
      // The oldest entry leaving the window frees the next slot.
      return new Result(false, ring[head] + windowMs - latestMs);
    }
  }

  /** Approximate: this window's count plus a time-weighted share of the previous window's. */
  public static final class Counter {
    private final long limit;
    private final long windowMs;
    private final LongSupplier nowMs;
    private long currentStartMs = Long.MIN_VALUE;
    private long current;
    private long previous;

    public Counter(long limit, long windowMs, LongSupplier nowMs) {
      validate(limit, windowMs);
      this.limit = limit;
      this.windowMs = windowMs;
      this.nowMs = nowMs;
    }

    /** Admits the request if the weighted estimate stays within {@code limit}. */
    public synchronized Result tryAcquire() {
      long now = Math.max(nowMs.getAsLong(), currentStartMs);
      long start = Math.floorDiv(now, windowMs) * windowMs;
      if (start > currentStartMs) {
        // One window later the current count becomes the previous; two or more, both are stale.
        previous = currentStartMs != Long.MIN_VALUE && start - currentStartMs == windowMs
            ? current : 0;
        current = 0;
        currentStartMs = start;
      }
      long elapsed = now - start;
      double estimate = previous * ((double) (windowMs - elapsed) / windowMs) + current;
      if (estimate + 1 <= limit + EPSILON) {
        current++;
        return new Result(true, 0);
      }
      return new Result(false, retryAfter(elapsed));
    }

    // Solves previous * (1 - t / windowMs) + current + 1 <= limit for the earliest offset t.
    private long retryAfter(long elapsed) {
      if (current + 1 <= limit) {
        double t = windowMs * (1 - (double) (limit - 1 - current) / previous);
        return Math.max(1, (long) Math.ceil(t - elapsed));
      }
      // This window is full: wait for the next one, where today's count becomes "previous".
      double t = windowMs * (1 - (double) (limit - 1) / current);
      return Math.max(1, (long) Math.ceil(windowMs - elapsed + Math.max(0, t)));
    }
  }
}
