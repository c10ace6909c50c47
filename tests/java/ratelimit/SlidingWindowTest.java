package ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
  private static final long MINUTE = 60_000;
  private static final int RACE_LIMIT = 8_000;

  // Ten requests at the end of one minute and ten at the start of the next: a fixed window
  // would let all twenty through; a sliding window lets through ten.
  private static int burstAcrossBoundary(
      Supplier<SlidingWindow.Result> acquire, AtomicLong clock) {
    int allowed = 0;
    clock.set(MINUTE - 1);
    for (int i = 0; i < 10; i++) {
      allowed += acquire.get().allowed() ? 1 : 0;
    }
    clock.set(MINUTE);
    for (int i = 0; i < 10; i++) {
      allowed += acquire.get().allowed() ? 1 : 0;
    }
    return allowed;
  }

  @Test
  void logHoldsTheBoundaryBurstToTheLimit() {
    AtomicLong clock = new AtomicLong();
    SlidingWindow.Log limiter = new SlidingWindow.Log(10, MINUTE, clock::get);
    assertEquals(10, burstAcrossBoundary(limiter::tryAcquire, clock));
  }

  @Test
  void logFreesASlotExactlyWhenTheOldestRequestLeaves() {
    AtomicLong clock = new AtomicLong(1_000);
    SlidingWindow.Log limiter = new SlidingWindow.Log(2, 10_000, clock::get);
    limiter.tryAcquire();
    clock.set(4_000);
    limiter.tryAcquire();
    SlidingWindow.Result denied = limiter.tryAcquire();
    assertFalse(denied.allowed());
    assertEquals(7_000, denied.retryAfterMs());
    clock.set(10_999);
    assertFalse(limiter.tryAcquire().allowed());
    clock.set(11_000);
    assertTrue(limiter.tryAcquire().allowed());
  }

  @Test
  void logAgreesWithABruteForceCountOverALongRun() {
    AtomicLong clock = new AtomicLong();
    int limit = 5;
    long windowMs = 1_000;
    SlidingWindow.Log limiter = new SlidingWindow.Log(limit, windowMs, clock::get);
    List<Long> accepted = new ArrayList<>();
    long seed = 42;
    long t = 0;
    for (int i = 0; i < 5_000; i++) {
      seed = (seed * 1_103_515_245L + 12_345) % (1L << 31); // a fixed pseudo-random sequence
      t += seed % 300;
      clock.set(t);
      long now = t;
      List<Long> inWindow = accepted.stream().filter(at -> at > now - windowMs).toList();
      boolean expected = inWindow.size() < limit;
      SlidingWindow.Result result = limiter.tryAcquire();
      assertEquals(expected, result.allowed(), "request " + i);
      if (expected) {
        accepted.add(t);
      } else {
        long oldest = inWindow.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertEquals(oldest + windowMs - t, result.retryAfterMs(), "request " + i);
      }
    }
    assertTrue(accepted.size() > 1_000);
  }

  @Test
  void counterSmoothsTheBoundaryBurst() {
    AtomicLong clock = new AtomicLong();
    SlidingWindow.Counter limiter = new SlidingWindow.Counter(10, MINUTE, clock::get);
    assertEquals(10, burstAcrossBoundary(limiter::tryAcquire, clock));
  }

  @Test
  void counterWeightsThePreviousWindowByItsOverlap() {
    AtomicLong clock = new AtomicLong();
    SlidingWindow.Counter limiter = new SlidingWindow.Counter(10, MINUTE, clock::get);
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire();
    }
    // 45 s into the next window, 25% of the previous window overlaps: estimate 2.5.
    clock.set(MINUTE + 45_000);
    int allowed = 0;
    for (int i = 0; i < 10; i++) {
      allowed += limiter.tryAcquire().allowed() ? 1 : 0;
    }
    assertEquals(7, allowed);
  }

  @Test
  void counterRetryAfterIsTheFirstMomentARetrySucceeds() {
    AtomicLong clock = new AtomicLong();
    SlidingWindow.Counter limiter = new SlidingWindow.Counter(4, 1_000, clock::get);
    for (int i = 0; i < 4; i++) {
      limiter.tryAcquire();
    }
    clock.set(1_100);
    for (int i = 0; i < 5; i++) {
      limiter.tryAcquire();
    }
    SlidingWindow.Result denied = limiter.tryAcquire();
    assertFalse(denied.allowed());
    clock.set(1_100 + denied.retryAfterMs() - 1);
    assertFalse(limiter.tryAcquire().allowed());
    clock.set(1_100 + denied.retryAfterMs());
    assertTrue(limiter.tryAcquire().allowed());
  }

  @Test
  void counterForgetsWindowsOlderThanThePreviousOne() {
    AtomicLong clock = new AtomicLong();
    SlidingWindow.Counter limiter = new SlidingWindow.Counter(3, 1_000, clock::get);
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire();
    }
    clock.set(2_000);
    List<Boolean> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(limiter.tryAcquire().allowed());
    }
    assertEquals(List.of(true, true, true, false), results);
  }

  @Test
  void rejectsANonPositiveLimitNamingBothValues() {
    IllegalArgumentException error = assertThrows(
        IllegalArgumentException.class, () -> new SlidingWindow.Log(0, 1_000, () -> 0));
    assertEquals("limit and windowMs must be positive, got 0 and 1000", error.getMessage());
  }

  // Frozen clock: exactly `limit` requests may pass, whatever the interleaving.
  @Test
  void racingThreadsOnTheLogAdmitExactlyTheLimit() throws InterruptedException {
    for (int round = 0; round < 200; round++) {
      SlidingWindow.Log log = new SlidingWindow.Log(RACE_LIMIT, MINUTE, () -> 0);
      assertEquals(RACE_LIMIT, admittedByRacingThreads(log::tryAcquire), "round " + round);
    }
  }

  @Test
  void racingThreadsOnTheCounterAdmitExactlyTheLimit() throws InterruptedException {
    for (int round = 0; round < 200; round++) {
      SlidingWindow.Counter counter = new SlidingWindow.Counter(RACE_LIMIT, MINUTE, () -> 0);
      assertEquals(RACE_LIMIT, admittedByRacingThreads(counter::tryAcquire), "round " + round);
    }
  }

  private static int admittedByRacingThreads(Supplier<SlidingWindow.Result> acquire)
      throws InterruptedException {
    AtomicInteger allowed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread worker = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < RACE_LIMIT / 4; i++) {
          if (acquire.get().allowed()) {
            allowed.incrementAndGet();
          }
        }
      });
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join(TimeUnit.SECONDS.toMillis(30));
    }
    return allowed.get();
  }
}
