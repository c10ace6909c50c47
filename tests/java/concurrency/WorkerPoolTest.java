package concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import ratelimit.TokenBucket;

class WorkerPoolTest {
  // A bucket so large the rate never binds, for tests about concurrency alone.
  private static TokenBucket unlimited() {
    return new TokenBucket(1_000_000, 1, () -> 0);
  }

  @Test
  void runsEveryTaskExactlyOnceAndKeepsResultsInInputOrder() throws Exception {
    int taskCount = 500;
    for (int round = 0; round < 200; round++) {
      AtomicIntegerArray runs = new AtomicIntegerArray(taskCount);
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int i = 0; i < taskCount; i++) {
        int id = i;
        tasks.add(() -> {
          runs.incrementAndGet(id);
          return id * id;
        });
      }
      List<Integer> results = new WorkerPool(8, unlimited(), Thread::sleep).runAll(tasks);
      for (int i = 0; i < taskCount; i++) {
        assertEquals(1, runs.get(i), "round " + round + ": task " + i + " ran this often");
        assertEquals(i * i, results.get(i), "round " + round + ": result " + i);
      }
    }
  }

  @Test
  void neverRunsMoreThanMaxConcurrentAndDoesReachIt() throws Exception {
    int maxConcurrent = 4;
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    // The first four tasks only finish once all four run at the same time.
    CyclicBarrier allFourRunning = new CyclicBarrier(maxConcurrent);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int id = i;
      tasks.add(() -> {
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        if (id < maxConcurrent) {
          allFourRunning.await(30, TimeUnit.SECONDS);
        }
        Thread.yield();
        running.decrementAndGet();
        return id;
      });
    }
    new WorkerPool(maxConcurrent, unlimited(), Thread::sleep).runAll(tasks);
    assertEquals(maxConcurrent, peak.get());
  }

  // The fake clock moves only when a worker sleeps for a token. At every start time t (ms),
  // starts so far may not exceed the burst plus what the rate earned: 5 + 10 * t / 1000.
  @Test
  void taskStartsFollowTheTokenBucket() throws Exception {
    AtomicLong clock = new AtomicLong();
    TokenBucket bucket = new TokenBucket(5, 10, clock::get);
    ConcurrentLinkedQueue<Long> startTimes = new ConcurrentLinkedQueue<>();
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      tasks.add(() -> {
        startTimes.add(clock.get());
        return 0L;
      });
    }
    new WorkerPool(4, bucket, clock::addAndGet).runAll(tasks);
    List<Long> sorted = startTimes.stream().sorted().toList();
    assertEquals(50, sorted.size());
    for (int k = 0; k < sorted.size(); k++) {
      long t = sorted.get(k);
      assertTrue(k + 1 <= 5 + 10 * t / 1000.0, "start " + (k + 1) + " at " + t + " ms");
    }
    assertTrue(sorted.get(49) >= 4_500, "45 starts beyond the burst need 4.5 s of tokens");
  }

  @Test
  void stopsStartingTasksAfterAFailureAndThrowsIt() {
    IllegalStateException boom = new IllegalStateException("task 3 failed");
    AtomicInteger started = new AtomicInteger();
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int id = i;
      tasks.add(() -> {
        started.incrementAndGet();
        if (id == 3) {
          throw boom;
        }
        return id;
      });
    }
    ExecutionException error = assertThrows(
        ExecutionException.class,
        () -> new WorkerPool(1, unlimited(), Thread::sleep).runAll(tasks));
    assertSame(boom, error.getCause());
    assertEquals(4, started.get());
  }

  @Test
  void rejectsAZeroConcurrencyBound() {
    IllegalArgumentException error = assertThrows(
        IllegalArgumentException.class, () -> new WorkerPool(0, unlimited(), Thread::sleep));
    assertEquals("maxConcurrent must be at least 1, got 0", error.getMessage());
  }
}
