package cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

// A broken list can turn into a cycle, so each test has a generous overall bound.
class ConcurrentLruCacheTest {
  private static final Duration BOUND = Duration.ofSeconds(120);
  private static final int THREADS = 8;

  // No evictions (capacity fits every key): every write must be readable and counted once.
  @Test
  void concurrentWritersLoseNothing() {
    assertTimeoutPreemptively(BOUND, () -> {
      int perThread = 100;
      for (int round = 0; round < 200; round++) {
        ConcurrentLruCache<Integer, Integer> cache = new ConcurrentLruCache<>(THREADS * perThread);
        ConcurrentLinkedQueue<String> problems = runTogether(t -> {
          for (int i = t * perThread; i < (t + 1) * perThread; i++) {
            cache.put(i, -i);
            Integer read = cache.get(i);
            if (read == null || read != -i) {
              throw new AssertionError("key " + i + " read back as " + read);
            }
          }
        });
        assertTrue(problems.isEmpty(), "round " + round + ": " + problems.peek());
        assertEquals(THREADS * perThread, cache.size(), "round " + round);
        assertEquals(THREADS * perThread, new HashSet<>(cache.keys()).size(), "round " + round);
      }
    });
  }

  // Heavy eviction: afterwards the map and the list must still agree and respect capacity.
  @Test
  void mapAndRecencyListStayConsistentUnderEviction() {
    assertTimeoutPreemptively(BOUND, () -> {
      int capacity = 16;
      for (int round = 0; round < 200; round++) {
        ConcurrentLruCache<Integer, Integer> cache = new ConcurrentLruCache<>(capacity);
        ConcurrentLinkedQueue<String> problems = runTogether(t -> {
          long seed = t + 1L;
          for (int i = 0; i < 2_000; i++) {
            seed = (seed * 1_103_515_245L + 12_345) % (1L << 31);
            int key = (int) (seed % 64);
            if (seed % 2 == 0) {
              cache.put(key, key);
            } else {
              Integer value = cache.get(key);
              if (value != null && value != key) {
                throw new AssertionError("key " + key + " holds " + value);
              }
            }
          }
        });
        assertTrue(problems.isEmpty(), "round " + round + ": " + problems.peek());
        List<Integer> keys = cache.keys();
        assertEquals(capacity, cache.size(), "round " + round);
        assertEquals(capacity, new HashSet<>(keys).size(), "round " + round + ": keys " + keys);
      }
    });
  }

  // Concurrent misses for the same key load it once, not once per thread.
  @Test
  void computeIfAbsentLoadsEachKeyOnce() {
    assertTimeoutPreemptively(BOUND, () -> {
      int keys = 50;
      for (int round = 0; round < 200; round++) {
        ConcurrentLruCache<Integer, String> cache = new ConcurrentLruCache<>(keys);
        AtomicIntegerArray loads = new AtomicIntegerArray(keys);
        ConcurrentLinkedQueue<String> problems = runTogether(t -> {
          for (int k = 0; k < keys; k++) {
            String value = cache.computeIfAbsent(k, key -> {
              loads.incrementAndGet(key);
              return "v" + key;
            });
            if (!value.equals("v" + k)) {
              throw new AssertionError("key " + k + " gave " + value);
            }
          }
        });
        assertTrue(problems.isEmpty(), "round " + round + ": " + problems.peek());
        for (int k = 0; k < keys; k++) {
          assertEquals(1, loads.get(k), "round " + round + ": key " + k + " loaded this often");
        }
      }
    });
  }

  // Starts THREADS threads at once on one latch; returns what any of them threw.
  private static ConcurrentLinkedQueue<String> runTogether(IntConsumer body)
      throws InterruptedException {
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          body.accept(id);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException | AssertionError e) {
          problems.add(e.toString());
        }
      });
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
    }
    return problems;
  }
}
