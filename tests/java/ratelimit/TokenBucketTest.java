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
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  @Test
  void aFullBucketAllowsOneBurstOfCapacityThenRejects() {
    AtomicLong clock = new AtomicLong(0);
    TokenBucket bucket = new TokenBucket(3, 1, clock::get);
    for (int i = 2; i >= 0; i--) {
      TokenBucket.Result result = bucket.tryRemove();
      assertTrue(result.allowed());
      assertEquals(i, result.remaining());
    }
    TokenBucket.Result denied = bucket.tryRemove();
    assertFalse(denied.allowed());
    assertEquals(1000, denied.retryAfterMs());
  }

  @Test
  void refillsFromElapsedTimeAndRetryAfterIsExact() {
    AtomicLong clock = new AtomicLong(0);
    TokenBucket bucket = new TokenBucket(2, 4, clock::get, 0);
    TokenBucket.Result denied = bucket.tryRemove(2);
    assertEquals(500, denied.retryAfterMs());
    clock.set(499);
    assertFalse(bucket.tryRemove(2).allowed());
    clock.set(500);
    assertTrue(bucket.tryRemove(2).allowed());
  }

  @Test
  void anIdleClientGetsOneBurstNotADaysWorth() {
    AtomicLong clock = new AtomicLong(0);
    TokenBucket bucket = new TokenBucket(5, 10, clock::get);
    clock.set(86_400_000);
    assertEquals(5.0, bucket.peek(), 1e-9);
  }

  @Test
  void aClockSteppingBackwardsCreditsNothingTwice() {
    AtomicLong clock = new AtomicLong(10_000);
    TokenBucket bucket = new TokenBucket(1, 1, clock::get);
    assertTrue(bucket.tryRemove().allowed());
    clock.set(9_000);
    assertFalse(bucket.tryRemove().allowed());
    clock.set(10_999);
    assertFalse(bucket.tryRemove().allowed());
    clock.set(11_000);
    assertTrue(bucket.tryRemove().allowed());
  }

  @Test
  void rejectsACostThatCouldNeverSucceed() {
    TokenBucket bucket = new TokenBucket(2, 1, () -> 0);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> bucket.tryRemove(3));
    assertTrue(error.getMessage().contains("cost must be in (0, 2.0]"), error.getMessage());
  }

  // The clock is frozen, so exactly `capacity` calls may succeed however the threads interleave.
  @Test
  void racingThreadsNeverSpendMoreTokensThanTheBucketHolds() throws InterruptedException {
    int threads = 8;
    int attemptsPerThread = 250;
    int capacity = 1000;
    for (int round = 0; round < 200; round++) {
      TokenBucket bucket = new TokenBucket(capacity, 1, () -> 0);
      AtomicInteger allowed = new AtomicInteger();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> {
          awaitQuietly(start);
          for (int i = 0; i < attemptsPerThread; i++) {
            if (bucket.tryRemove().allowed()) {
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
      assertEquals(capacity, allowed.get(), "round " + round);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
