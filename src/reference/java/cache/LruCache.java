// A least-recently-used cache with O(1) get and put: a HashMap finds a key's node and a
// doubly linked list keeps nodes from most to least recent. java.util.LinkedHashMap with
// accessOrder=true and removeEldestEntry does this in a few lines; the interview asks for
// the list by hand to see the pointer surgery. Not thread-safe: see ConcurrentLruCache.
package cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/** An LRU cache. Both get and put count as a use; containsKey and peek do not. */
public final class LruCache<K, V> {
  private static final class Node<K, V> {
    final K key;
    V value;
    Node<K, V> prev;
    Node<K, V> next;

    Node(K key, V value) {
      this.key = key;
      this.value = value;
    }
  }

  private final int capacity;
  private final BiConsumer<K, V> onEvict;
  private final Map<K, Node<K, V>> index = new HashMap<>();
  // Sentinels: head.next is the most recent entry, tail.prev the least recent. They remove
  // every "is the list empty?" special case from link and unlink.
  private final Node<K, V> head = new Node<>(null, null);
  private final Node<K, V> tail = new Node<>(null, null);

  public LruCache(int capacity) {
    this(capacity, (key, value) -> {});
  }

  /** {@code onEvict} runs after an entry is evicted for lack of room (not on remove). */
  public LruCache(int capacity, BiConsumer<K, V> onEvict) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
    this.onEvict = Objects.requireNonNull(onEvict, "onEvict");
    head.next = tail;
    tail.prev = head;
  }

  /** The value, or null if absent; marks the key as most recently used. */
  public V get(K key) {
    Node<K, V> node = index.get(key);
    if (node == null) {
      return null;
    }
    moveToFront(node);
    return node.value;
  }

  /** The value, or null if absent, without touching recency (for metrics and debugging). */
  public V peek(K key) {
    Node<K, V> node = index.get(key);
    return node == null ? null : node.value;
  }

  public boolean containsKey(K key) {
    return index.containsKey(key);
  }

  /** Inserts or overwrites; evicts the least recently used entry when over capacity. */
  public void put(K key, V value) {
    // Null values would make get's "absent" answer ambiguous, as in ConcurrentHashMap.
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Node<K, V> existing = index.get(key);
    if (existing != null) {
      // Overwrite in place: the size does not grow and nothing is evicted.
      existing.value = value;
      moveToFront(existing);
      return;
    }
    Node<K, V> node = new Node<>(key, value);
    index.put(key, node);
    linkAtFront(node);
    if (index.size() > capacity) {
      evictLeastRecent();
    }
  }

  /** Removes a key and returns whether it was present; does not call onEvict. */
  public boolean remove(K key) {
    Node<K, V> node = index.remove(key);
    if (node == null) {
      return false;
    }
    unlink(node);
    return true;
  }

  public int size() {
    return index.size();
  }

  /** Keys from most to least recently used. */
  public List<K> keys() {
    List<K> keys = new ArrayList<>(index.size());
    for (Node<K, V> node = head.next; node != tail; node = node.next) {
      keys.add(node.key);
    }
    return keys;
  }

  private void evictLeastRecent() {
    Node<K, V> victim = tail.prev;
    unlink(victim);
    index.remove(victim.key);
    // Call the hook last, so a hook that reads the cache sees a consistent state.
    onEvict.accept(victim.key, victim.value);
  }

  private void moveToFront(Node<K, V> node) {
    unlink(node);
    linkAtFront(node);
  }

  private void linkAtFront(Node<K, V> node) {
    node.prev = head;
    node.next = head.next;
    head.next.prev = node;
    head.next = node;
  }

  private void unlink(Node<K, V> node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
    node.prev = null;
    node.next = null;
  }
}
