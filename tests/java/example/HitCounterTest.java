package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class HitCounterTest {
	private static final int THREADS = 16;
	private static final int HITS_EACH = 2_000;
	private static final int ROUNDS = 200;

	@Test
	void noHitIsLostWhenThreadsRaceOnOneKey() throws InterruptedException {
		for (int round = 0; round < ROUNDS; round++) {
			HitCounter counter = new HitCounter();
			CountDownLatch start = new CountDownLatch(1);
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				Thread thread = new Thread(() -> {
					try {
						start.await();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
					for (int j = 0; j < HITS_EACH; j++) counter.record("home");
				});
				threads.add(thread);
				thread.start();
			}
			start.countDown();
			for (Thread thread : threads) thread.join();
			assertEquals(THREADS * HITS_EACH, counter.count("home"), "hits after round " + round);
			assertEquals(0, counter.count("never-seen"));
		}
	}
}
