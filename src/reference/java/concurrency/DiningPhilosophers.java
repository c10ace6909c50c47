// Dining philosophers without deadlock: every philosopher picks up the lower-numbered fork
// first. The probe: which of the four deadlock conditions this breaks (circular wait: a
// cycle of philosophers each holding one fork and waiting for the next cannot form).
package concurrency;

import java.util.concurrent.locks.ReentrantLock;

/** A round table of {@code n} philosophers with one fork between each pair of neighbors. */
public final class DiningPhilosophers {
  private final ReentrantLock[] forks;

  public DiningPhilosophers(int philosophers) {
    if (philosophers < 2) {
      throw new IllegalArgumentException("need at least 2 philosophers, got " + philosophers);
    }
    forks = new ReentrantLock[philosophers];
    for (int i = 0; i < philosophers; i++) {
      forks[i] = new ReentrantLock();
    }
  }

  /**
   * Philosopher {@code p} takes forks {@code p} and {@code p + 1} (mod n),
   * eats, puts them down.
   */
  public void dine(int philosopher, Runnable eat) {
    if (philosopher < 0 || philosopher >= forks.length) {
      throw new IllegalArgumentException(
          "philosopher must be in [0, " + forks.length + "), got " + philosopher);
    }
    int left = philosopher;
    int right = (philosopher + 1) % forks.length;
    // The global order: lower index first. The last philosopher's "right" fork is fork 0,
    // so that philosopher reaches for fork 0 first, and the cycle is broken.
    ReentrantLock first = forks[Math.min(left, right)];
    ReentrantLock second = forks[Math.max(left, right)];
    first.lock();
    try {
      second.lock();
      try {
        eat.run();
      } finally {
        second.unlock();
      }
    } finally {
      first.unlock();
    }
  }

  /** Number of seats (and forks) at the table. */
  public int size() {
    return forks.length;
  }
}
