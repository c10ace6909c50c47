package concurrency;

import static concurrency.TestThreads.await;
import static concurrency.TestThreads.awaitParked;
import static concurrency.TestThreads.started;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrintInOrderTest {
  private static final List<String> IN_ORDER = List.of("first", "second", "third");

  // All six start orders, 200 times each, released together by one latch.
  @Test
  void printsInOrderWhateverOrderTheThreadsStart() throws InterruptedException {
    List<List<Integer>> startOrders = List.of(
        List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2),
        List.of(1, 2, 0), List.of(2, 0, 1), List.of(2, 1, 0));
    for (int round = 0; round < 200; round++) {
      for (List<Integer> startOrder : startOrders) {
        PrintInOrder printer = new PrintInOrder();
        List<String> printed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int which : startOrder) {
          threads.add(started(() -> {
            await(start);
            call(printer, which, printed);
          }));
        }
        start.countDown();
        for (Thread thread : threads) {
          thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(IN_ORDER, printed, "round " + round + ", start order " + startOrder);
      }
    }
  }

  // Third and second are blocked before first even starts: a deterministic worst case.
  @Test
  void laterStepsWaitForEarlierOnes() throws InterruptedException {
    PrintInOrder printer = new PrintInOrder();
    List<String> printed = Collections.synchronizedList(new ArrayList<>());
    Thread third = started(() -> call(printer, 2, printed));
    awaitParked(third);
    Thread second = started(() -> call(printer, 1, printed));
    awaitParked(second);
    assertEquals(List.of(), printed);
    call(printer, 0, printed);
    second.join(TimeUnit.SECONDS.toMillis(30));
    third.join(TimeUnit.SECONDS.toMillis(30));
    assertEquals(IN_ORDER, printed);
  }

  private static void call(PrintInOrder printer, int which, List<String> printed) {
    try {
      switch (which) {
        case 0 -> printer.first(() -> printed.add("first"));
        case 1 -> printer.second(() -> printed.add("second"));
        default -> printer.third(() -> printed.add("third"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
