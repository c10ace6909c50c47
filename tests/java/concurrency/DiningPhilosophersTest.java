package concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class DiningPhilosophersTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  // Five philosophers eat 200 meals each, 200 rounds: every meal happens, no fork is ever
  // held by two philosophers at once, and the JVM never finds a deadlock.
  @Test
  void everyoneEatsNoForkIsSharedAndNothingDeadlocks() throws InterruptedException {
    int seats = 5;
    int meals = 200;
    for (int round = 0; round < 200; round++) {
      DiningPhilosophers table = new DiningPhilosophers(seats);
      AtomicIntegerArray forkHolders = new AtomicIntegerArray(seats);
      AtomicInteger eaten = new AtomicInteger();
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int p = 0; p < seats; p++) {
        int philosopher = p;
        int left = p;
        int right = (p + 1) % seats;
        Thread thread = new Thread(() -> {
          await(start);
          for (int m = 0; m < meals; m++) {
            table.dine(philosopher, () -> {
              if (forkHolders.incrementAndGet(left) != 1
                  || forkHolders.incrementAndGet(right) != 1) {
                problems.add("philosopher " + philosopher + " ate with a fork in use");
              }
              Thread.yield(); // hold the forks a moment so an overlap would show
              forkHolders.set(left, 0);
              forkHolders.set(right, 0);
              eaten.incrementAndGet();
            });
          }
        }, "philosopher-" + p);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      awaitAllOrFailOnDeadlock(threads, round);
      assertTrue(problems.isEmpty(), "round " + round + ": " + problems.peek());
      assertEquals(seats * meals, eaten.get(), "round " + round);
    }
  }

  @Test
  void rejectsASeatThatDoesNotExist() {
    DiningPhilosophers table = new DiningPhilosophers(3);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> table.dine(3, () -> {}));
    assertEquals("philosopher must be in [0, 3), got 3", error.getMessage());
  }

  // Polls the JVM's deadlock detector while waiting; a generous overall bound catches livelock.
  private static void awaitAllOrFailOnDeadlock(List<Thread> threads, int round)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        thread.join(50);
        long[] deadlocked = THREADS.findDeadlockedThreads();
        if (deadlocked != null) {
          StringBuilder names = new StringBuilder();
          for (ThreadInfo info : THREADS.getThreadInfo(deadlocked)) {
            names.append(info.getThreadName()).append(" waits for ").append(info.getLockName())
                .append("; ");
          }
          fail("round " + round + ": deadlock: " + names);
        }
        if (System.nanoTime() > deadline) {
          fail("round " + round + ": " + thread.getName() + " still eating after 60 s");
        }
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
