// A thread-safe LRU cache: the single-threaded LruCache behind one lock. The probe: why not
// a ReadWriteLock so readers run in parallel? Because get is a write: it moves the entry to
// the front of the recency list. Past one lock, split the keys into independently locked
// shards, or use a library such as Caffeine that batches recency updates.
package cache;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/** Every operation takes the same lock, so each one sees and leaves a consistent list. */
public final class ConcurrentLruCache<K, V> {
  private final LruCache<K, V> cache;
  private final ReentrantLock lock = new ReentrantLock();

  public ConcurrentLruCache(int capacity) {
    this.cache = new LruCache<>(capacity);
  }

  public V get(K key) {
    lock.lock();
    try {
      return cache.get(key);
    } finally {
      lock.unlock();
    }
  }

  public void put(K key, V value) {
    lock.lock();
    try {
      cache.put(key, value);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the cached value, or computes, caches and returns it. The check and the insert
   * are one step under the lock, so concurrent misses for a key compute it once. The lock is
   * held while {@code load} runs: keep it fast (a slow load blocks every key; a production
   * cache locks per key or stores a future instead).
   */
  public V computeIfAbsent(K key, Function<? super K, ? extends V> load) {
    lock.lock();
    try {
      V cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
      V loaded = load.apply(key);
      cache.put(key, loaded);
      return loaded;
    } finally {
      lock.unlock();
    }
  }

  public boolean remove(K key) {
    lock.lock();
    try {
      return cache.remove(key);
    } finally {
      lock.unlock();
    }
  }

  public int size() {
    lock.lock();
    try {
      return cache.size();
    } finally {
      lock.unlock();
    }
  }

  /** A snapshot of the keys from most to least recently used. */
  public List<K> keys() {
    lock.lock();
    try {
      return cache.keys();
    } finally {
      lock.unlock();
    }
  }
}
