package concurrency;

import static concurrency.TestThreads.await;
import static concurrency.TestThreads.awaitParked;
import static concurrency.TestThreads.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class BoundedBlockingQueueTest {
  @Test
  void handsItemsOverFirstInFirstOut() throws InterruptedException {
    BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(3);
    for (String item : List.of("a", "b", "c")) {
      queue.put(item);
    }
    assertEquals("a", queue.take());
    queue.put("d"); // wraps around the ring buffer
    assertEquals(List.of("b", "c", "d"), List.of(queue.take(), queue.take(), queue.take()));
    assertEquals(0, queue.size());
  }

  @Test
  void pollGivesUpOnAnEmptyQueue() throws InterruptedException {
    BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(1);
    assertNull(queue.poll(10, TimeUnit.MILLISECONDS));
  }

  @Test
  void rejectsACapacityBelowOne() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new BoundedBlockingQueue<>(0));
    assertEquals("capacity must be at least 1, got 0", error.getMessage());
  }

  @Test
  void aProducerWaitsWhileTheQueueIsFullAndResumesAfterATake() throws InterruptedException {
    BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(2);
    queue.put(1);
    queue.put(2);
    Thread producer = new Thread(() -> {
      try {
        queue.put(3);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    producer.setDaemon(true);
    producer.start();
    awaitParked(producer);
    assertEquals(
        Thread.State.WAITING, producer.getState(), "put did not block while the queue was full");
    assertEquals(2, queue.size());
    assertEquals(1, queue.take());
    producer.join(TimeUnit.SECONDS.toMillis(30));
    assertEquals(List.of(2, 3), List.of(queue.take(), queue.take()));
  }

  // Many producers and consumers on a tiny queue, so both sides block often: every item
  // must come out exactly once, none lost and none duplicated.
  @Test
  void everyItemIsDeliveredExactlyOnceUnderContention() throws InterruptedException {
    int producers = 4;
    int consumers = 4;
    int perProducer = 500;
    int total = producers * perProducer;
    for (int round = 0; round < 200; round++) {
      BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(4);
      AtomicIntegerArray seen = new AtomicIntegerArray(total);
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        int first = p * perProducer;
        threads.add(started(() -> {
          await(start);
          for (int i = first; i < first + perProducer; i++) {
            try {
              queue.put(i);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }));
      }
      for (int c = 0; c < consumers; c++) {
        boolean takes = c % 2 == 0;
        threads.add(started(() -> {
          await(start);
          for (int i = 0; i < total / consumers; i++) {
            try {
              // Half the consumers block in take, half in poll; a lost item shows in poll.
              Integer item = takes ? queue.take() : queue.poll(10, TimeUnit.SECONDS);
              if (item == null) {
                problems.add("no item for 10 s (lost items), or take returned null");
                return;
              }
              seen.incrementAndGet(item);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            } catch (RuntimeException e) {
              problems.add(e.toString());
              return;
            }
          }
        }));
      }
      start.countDown();
      // One deadline for the whole round, so a broken queue fails in seconds, not minutes.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      for (Thread thread : threads) {
        TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, deadline - System.nanoTime()));
      }
      assertTrue(threads.stream().noneMatch(Thread::isAlive),
          "round " + round + ": threads still blocked after 30 s; problems: " + problems);
      assertTrue(problems.isEmpty(), "round " + round + ": " + problems);
      for (int i = 0; i < total; i++) {
        assertEquals(1, seen.get(i), "round " + round + ": item " + i + " delivered this often");
      }
      assertEquals(0, queue.size());
    }
  }
}
