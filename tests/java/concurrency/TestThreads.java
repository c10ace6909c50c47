package concurrency;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Thread helpers shared by the concurrency tests. */
final class TestThreads {
  private TestThreads() {}

  /** Starts {@code body} on a daemon thread, so a stuck test cannot keep the JVM alive. */
  static Thread started(Runnable body) {
    Thread thread = new Thread(body);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits for the latch, restoring the interrupt flag if the wait is interrupted. */
  static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // Waits until the thread blocks or ends; the generous bound only stops a broken version
  // that never blocks from spinning forever (the caller then asserts the thread's state).
  static void awaitParked(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (thread.getState() != Thread.State.WAITING
        && thread.getState() != Thread.State.TERMINATED
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }
}
