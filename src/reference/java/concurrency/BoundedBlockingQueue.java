// A bounded blocking queue for producer-consumer hand-off, written with one lock and two
// conditions. java.util.concurrent.ArrayBlockingQueue is the production answer; the
// interview wants it by hand. The probe: why each wait sits in a while loop, not an if.
package concurrency;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A fixed-capacity FIFO queue: {@code put} waits while full, {@code take} while empty. */
public final class BoundedBlockingQueue<T> {
  private final Object[] items; // a ring buffer: head is the oldest item
  private int head;
  private int count;
  private final ReentrantLock lock = new ReentrantLock();
  // Two conditions, so a put wakes only consumers and a take wakes only producers.
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();

  public BoundedBlockingQueue(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    items = new Object[capacity];
  }

  /** Adds an item, waiting for room. */
  public void put(T item) throws InterruptedException {
    if (item == null) {
      throw new NullPointerException("item must not be null");
    }
    lock.lockInterruptibly();
    try {
      // A loop, not an if: another producer may fill the slot between the signal and
      // this thread getting the lock back, and await can also wake spuriously.
      while (count == items.length) {
        notFull.await();
      }
      items[(head + count) % items.length] = item;
      count++;
      notEmpty.signal();
    } finally {
      lock.unlock();
    }
  }

  /** Removes the oldest item, waiting for one to arrive. */
  public T take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (count == 0) {
        notEmpty.await();
      }
      return removeHead();
    } finally {
      lock.unlock();
    }
  }

  /** Removes the oldest item, or returns null if none arrives within the timeout. */
  public T poll(long timeout, TimeUnit unit) throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (count == 0) {
        if (nanos <= 0) {
          return null;
        }
        // awaitNanos returns the time left, so a spurious wake-up does not restart the wait.
        nanos = notEmpty.awaitNanos(nanos);
      }
      return removeHead();
    } finally {
      lock.unlock();
    }
  }

  /** Items queued right now; only a snapshot once the lock is released. */
  public int size() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }

  private T removeHead() {
    @SuppressWarnings("unchecked")
    T item = (T) items[head];
    items[head] = null; // let the garbage collector have it
    head = (head + 1) % items.length;
    count--;
    notFull.signal();
    return item;
  }
}
