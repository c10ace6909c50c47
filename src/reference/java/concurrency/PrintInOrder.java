// Print in order: three threads call first, second and third in any order, and the actions
// still run first, second, third. Written with synchronized, wait and notifyAll. The probe:
// why notifyAll and not notify (two different threads wait on the same monitor).
package concurrency;

/** Runs three actions in order, whichever thread arrives first. Use one instance per run. */
public final class PrintInOrder {
  private int stage = 1; // the action allowed to run next; guarded by this

  /** Runs {@code action} at once, then lets {@code second} proceed. */
  public void first(Runnable action) {
    action.run();
    advanceTo(2);
  }

  /** Waits until {@code first} has finished, runs {@code action}, then lets {@code third} go. */
  public void second(Runnable action) throws InterruptedException {
    awaitStage(2);
    action.run();
    advanceTo(3);
  }

  /** Waits until {@code second} has finished, then runs {@code action}. */
  public void third(Runnable action) throws InterruptedException {
    awaitStage(3);
    action.run();
  }

  private synchronized void awaitStage(int wanted) throws InterruptedException {
    // A loop: the thread can wake for the other stage's notifyAll, or spuriously.
    while (stage < wanted) {
      wait();
    }
  }

  private synchronized void advanceTo(int next) {
    stage = next;
    // notify() could wake the thread waiting for the other stage and lose the signal.
    notifyAll();
  }
}
