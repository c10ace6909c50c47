package concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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

  // Each task waits until both workers hold one, so both claim their next task at the same
  // instant, 10,000 times: a claim that reads and then writes the counter (instead of one
  // getAndIncrement) hands some index to both. The spread-out stress test above can miss that.
  @Test
  void workersClaimingAtTheSameInstantNeverShareATask() throws Exception {
    int workers = 2;
    int taskCount = workers * 10_000;
    AtomicIntegerArray runs = new AtomicIntegerArray(taskCount);
    SpinBarrier together = new SpinBarrier(workers);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < taskCount; i++) {
      int id = i;
      tasks.add(() -> {
        if (runs.incrementAndGet(id) != 1) {
          throw together.breakWith("task " + id + " was claimed by two workers");
        }
        together.await();
        return id;
      });
    }
    List<Integer> results = new WorkerPool(workers, unlimited(), Thread::sleep).runAll(tasks);
    for (int i = 0; i < taskCount; i++) {
      assertEquals(1, runs.get(i), "task " + i + " ran this often");
      assertEquals(i, results.get(i), "result " + i);
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

  // Worker A takes the only token and its task fails, but only once worker B is asleep waiting
  // for a token. B wakes after A has finished failing, gets a token, and must not start.
  @Test
  void aWorkerThatWakesAfterAFailureDoesNotStartItsTask() throws Exception {
    AtomicLong clock = new AtomicLong();
    TokenBucket oneToken = new TokenBucket(1, 1, clock::get);
    AtomicReference<Thread> failedWorker = new AtomicReference<>();
    CountDownLatch otherAsleep = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    IllegalStateException boom = new IllegalStateException("boom");
    Callable<Integer> failing = () -> {
      started.incrementAndGet();
      failedWorker.set(Thread.currentThread());
      otherAsleep.await(30, TimeUnit.SECONDS);
      throw boom;
    };
    WorkerPool.Sleeper sleepUntilTheOtherFailed = millis -> {
      otherAsleep.countDown();
      // The worker that took the only token is starting its task, which sets failedWorker.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (failedWorker.get() == null && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      Thread failed = failedWorker.get();
      if (failed != null) {
        failed.join(TimeUnit.SECONDS.toMillis(30));
      }
      clock.addAndGet(millis);
    };
    WorkerPool pool = new WorkerPool(2, oneToken, sleepUntilTheOtherFailed);
    ExecutionException error =
        assertThrows(ExecutionException.class, () -> pool.runAll(List.of(failing, failing)));
    assertSame(boom, error.getCause());
    assertEquals(1, started.get(), "tasks started; the second began after the first failed");
  }

  @Test
  void rejectsAZeroConcurrencyBound() {
    IllegalArgumentException error = assertThrows(
        IllegalArgumentException.class, () -> new WorkerPool(0, unlimited(), Thread::sleep));
    assertEquals("maxConcurrent must be at least 1, got 0", error.getMessage());
  }

  // A barrier whose waiters spin instead of parking, so all of them leave within a moment of
  // the last arrival (a parked thread takes microseconds to wake). A waiter yields after a
  // while, so a worker descheduled on a busy machine still gets a core to arrive on.
  private static final class SpinBarrier {
    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private final AtomicReference<String> broken = new AtomicReference<>();
    private volatile int generation;

    SpinBarrier(int parties) {
      this.parties = parties;
    }

    void await() {
      int current = generation;
      if (arrived.incrementAndGet() == parties) {
        arrived.set(0);
        generation = current + 1;
        return;
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      for (int spins = 0; generation == current; spins++) {
        if (broken.get() != null) {
          throw new IllegalStateException(broken.get());
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the workers did not meet within 30 s");
        }
        if (spins < 100_000) {
          Thread.onSpinWait();
        } else {
          Thread.yield();
        }
      }
    }

    // Releases the waiters with the same message, so whichever error the pool keeps says why.
    IllegalStateException breakWith(String reason) {
      broken.compareAndSet(null, reason);
      return new IllegalStateException(broken.get());
    }
  }
}
