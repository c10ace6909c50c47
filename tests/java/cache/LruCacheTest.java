package cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LruCacheTest {
  @Test
  void evictsTheLeastRecentlyUsedEntry() {
    LruCache<String, Integer> cache = new LruCache<>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    assertFalse(cache.containsKey("a"));
    assertEquals(List.of("c", "b"), cache.keys());
  }

  @Test
  void aGetCountsAsAUseAndSavesTheEntry() {
    LruCache<String, Integer> cache = new LruCache<>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assertEquals(1, cache.get("a"));
    cache.put("c", 3);
    assertEquals(List.of("c", "a"), cache.keys());
    assertNull(cache.get("b"));
  }

  @Test
  void peekAndContainsKeyLeaveRecencyAlone() {
    LruCache<String, Integer> cache = new LruCache<>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assertEquals(1, cache.peek("a"));
    assertTrue(cache.containsKey("a"));
    cache.put("c", 3);
    assertFalse(cache.containsKey("a"));
  }

  @Test
  void overwritingUpdatesInPlaceWithoutEvicting() {
    List<String> evicted = new ArrayList<>();
    LruCache<String, Integer> cache = new LruCache<>(2, (key, value) -> evicted.add(key));
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("a", 10);
    assertEquals(2, cache.size());
    assertEquals(List.of("a", "b"), cache.keys());
    assertEquals(10, cache.peek("a"));
    assertEquals(List.of(), evicted);
  }

  @Test
  void onEvictRunsForEvictionsButNotForRemove() {
    List<String> evicted = new ArrayList<>();
    LruCache<String, Integer> cache =
        new LruCache<>(1, (key, value) -> evicted.add(key + "=" + value));
    cache.put("a", 1);
    cache.put("b", 2);
    assertTrue(cache.remove("b"));
    assertFalse(cache.remove("b"));
    assertEquals(List.of("a=1"), evicted);
    assertEquals(0, cache.size());
    assertEquals(List.of(), cache.keys());
  }

  @Test
  void agreesWithAReferenceModelOverManyOperations() {
    LruCache<Integer, Integer> cache = new LruCache<>(5);
    List<Integer> model = new ArrayList<>(); // most recent first
    long seed = 7;
    for (int i = 0; i < 5_000; i++) {
      seed = (seed * 1_103_515_245L + 12_345) % (1L << 31);
      Integer key = (int) (seed % 9);
      if (seed % 3 == 0) {
        Integer value = cache.get(key);
        assertEquals(model.contains(key), value != null, "operation " + i);
        if (model.remove(key)) {
          model.add(0, key);
        }
      } else {
        cache.put(key, i);
        model.remove(key);
        model.add(0, key);
        if (model.size() > 5) {
          model.remove(5);
        }
      }
      assertEquals(model, cache.keys(), "operation " + i);
    }
  }

  @Test
  void rejectsACapacityBelowOneAndNullValues() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new LruCache<String, String>(0));
    assertEquals("capacity must be at least 1, got 0", error.getMessage());
    LruCache<String, String> cache = new LruCache<>(1);
    assertThrows(NullPointerException.class, () -> cache.put("a", null));
  }
}
