// Token bucket rate limiter with an injected clock, safe to share between threads.
// Interviewers probe the lazy refill (no timer thread: tokens are computed from elapsed
// time on each call) and what happens when two requests race for the last token.
package ratelimit;

import java.util.function.LongSupplier;

/** One client's bucket: up to {@code capacity} tokens, refilled at {@code refillPerSecond}. */
public final class TokenBucket {
  /** The outcome of one call: allowed or not, whole tokens left, and when to retry. */
  public record Result(boolean allowed, long remaining, long retryAfterMs) {}

  // Repeated small refills accumulate floating-point error; treat "full within rounding" as full.
  private static final double EPSILON = 1e-9;

  private final double capacity;
  private final double refillPerSecond;
  private final LongSupplier nowMs;
  private double tokens;
  private long lastRefillMs;

  /** A full bucket, so a new client can burst at once. */
  public TokenBucket(double capacity, double refillPerSecond, LongSupplier nowMs) {
    this(capacity, refillPerSecond, nowMs, capacity);
  }

  /** A bucket starting with {@code initialTokens} (clamped to capacity). */
  public TokenBucket(
      double capacity, double refillPerSecond, LongSupplier nowMs, double initialTokens) {
    if (!(capacity > 0) || !(refillPerSecond > 0)) {
      throw new IllegalArgumentException(
          "capacity and refillPerSecond must be positive, got " + capacity + " and "
              + refillPerSecond);
    }
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.nowMs = nowMs;
    this.tokens = Math.min(initialTokens, capacity);
    this.lastRefillMs = nowMs.getAsLong();
  }

  /** Spends one token if there is one. */
  public Result tryRemove() {
    return tryRemove(1);
  }

  /**
   * Spends {@code cost} tokens if the bucket holds that many; a rejected call spends nothing.
   * {@code synchronized} makes refill, check and spend one step: without it two threads can
   * both see the last token and both take it.
   */
  public synchronized Result tryRemove(double cost) {
    if (!(cost > 0) || cost > capacity) {
      // A cost above capacity could never succeed: a configuration bug, not a 429.
      throw new IllegalArgumentException("cost must be in (0, " + capacity + "], got " + cost);
    }
    refill();
    if (tokens + EPSILON >= cost) {
      tokens = Math.max(0, tokens - cost);
      return new Result(true, wholeTokens(), 0);
    }
    double missing = cost - tokens;
    long retryAfterMs = (long) Math.ceil(missing / refillPerSecond * 1000 - EPSILON);
    return new Result(false, wholeTokens(), retryAfterMs);
  }

  /** Current (fractional) token count after a lazy refill. */
  public synchronized double peek() {
    refill();
    return tokens;
  }

  private void refill() {
    long now = nowMs.getAsLong();
    // A clock that stands still or steps back adds nothing, so no interval is credited twice.
    if (now <= lastRefillMs) {
      return;
    }
    double earned = (now - lastRefillMs) / 1000.0 * refillPerSecond;
    // Clamp: a client idle for a day gets one full burst, not a day's worth.
    tokens = Math.min(capacity, tokens + earned);
    lastRefillMs = now;
  }

  private long wholeTokens() {
    return (long) Math.floor(tokens + EPSILON);
  }
}
