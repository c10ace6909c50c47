// A worker pool that runs at most maxConcurrent tasks at once and paces task starts with a
// token bucket ("call this API for 10,000 ids, 8 at a time, 50 per second"). The probes:
// claiming the next task atomically, and where a thread waits when the bucket is empty.
// An ExecutorService with a fixed pool plus Guava's RateLimiter is the production answer.
package concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import ratelimit.TokenBucket;

/** Runs a batch of tasks with bounded concurrency and a start rate set by a token bucket. */
public final class WorkerPool {
  /** Waits for a number of milliseconds; injected so tests control time. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final int maxConcurrent;
  private final TokenBucket startRate;
  private final Sleeper sleeper;

  /** The bucket must be thread-safe: every worker spends from it. TokenBucket is. */
  public WorkerPool(int maxConcurrent, TokenBucket startRate, Sleeper sleeper) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
    }
    this.maxConcurrent = maxConcurrent;
    this.startRate = startRate;
    this.sleeper = sleeper;
  }

  /**
   * Runs every task and returns their results in input order. After a task throws, no new
   * task starts; the running ones finish and the first failure is thrown.
   */
  public <T> List<T> runAll(List<? extends Callable<T>> tasks)
      throws InterruptedException, ExecutionException {
    Object[] results = new Object[tasks.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // maxConcurrent threads each loop "claim, wait for a token, run": the thread count is the
    // concurrency bound, so no semaphore is needed.
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < Math.min(maxConcurrent, tasks.size()); w++) {
      Thread worker = new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < results.length && failure.get() == null;
              i = next.getAndIncrement()) {
            awaitToken();
            // Checked again after the wait: a task may have failed while this worker slept.
            if (failure.get() != null) {
              return;
            }
            results[i] = tasks.get(i).call();
          }
        } catch (Throwable error) {
          failure.compareAndSet(null, error);
        }
      }, "worker-" + w);
      workers.add(worker);
      worker.start();
    }
    try {
      for (Thread worker : workers) {
        worker.join(); // join also makes every write to results visible here
      }
    } catch (InterruptedException e) {
      workers.forEach(Thread::interrupt);
      throw e;
    }
    if (failure.get() != null) {
      throw new ExecutionException(failure.get());
    }
    List<T> ordered = new ArrayList<>(results.length);
    for (Object result : results) {
      @SuppressWarnings("unchecked")
      T value = (T) result;
      ordered.add(value);
    }
    return ordered;
  }

  // Sleeps outside any lock: a worker waiting for a token must not block the others.
  private void awaitToken() throws InterruptedException {
    for (TokenBucket.Result result = startRate.tryRemove(); !result.allowed();
        result = startRate.tryRemove()) {
      sleeper.sleep(result.retryAfterMs());
    }
  }
}
