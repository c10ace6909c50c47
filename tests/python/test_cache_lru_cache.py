import random
import unittest
from collections import OrderedDict

from cache.lru_cache import LruCache


class LruCacheTest(unittest.TestCase):
    def test_evicts_the_least_recently_used_entry(self):
        evicted = []
        cache = LruCache(2, on_evict=lambda k, v: evicted.append((k, v)))
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("c", 3)
        self.assertEqual(evicted, [("a", 1)])
        self.assertNotIn("a", cache)
        self.assertEqual(list(cache.keys()), ["c", "b"])

    def test_get_counts_as_a_use_but_peek_and_in_do_not(self):
        cache = LruCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("a"), 1)
        cache.put("c", 3)  # "b" is now the least recent
        self.assertEqual(list(cache.keys()), ["c", "a"])
        self.assertEqual(cache.peek("a"), 1)
        self.assertIn("c", cache)
        cache.put("d", 4)
        self.assertEqual(list(cache.keys()), ["d", "c"])

    def test_overwrite_keeps_the_size_and_refreshes_recency(self):
        evicted = []
        cache = LruCache(2, on_evict=lambda k, v: evicted.append(k))
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("a", 10)
        self.assertEqual((len(cache), evicted), (2, []))
        cache.put("c", 3)
        self.assertEqual(evicted, ["b"])
        self.assertEqual(cache.get("a"), 10)

    def test_delete_and_missing_keys(self):
        cache = LruCache(2)
        cache.put("a", 1)
        self.assertTrue(cache.delete("a"))
        self.assertFalse(cache.delete("a"))
        self.assertIsNone(cache.get("a"))
        self.assertEqual(cache.get("a", "fallback"), "fallback")
        self.assertEqual((len(cache), list(cache.keys())), (0, []))

    def test_agrees_with_ordered_dict_over_random_operations(self):
        rng = random.Random(7)
        cache, model = LruCache(5), OrderedDict()
        for step in range(20_000):
            key = rng.randrange(12)
            if rng.random() < 0.5:
                cache.put(key, step)
                model[key] = step
                model.move_to_end(key, last=False)
                if len(model) > 5:
                    model.popitem(last=True)
            elif rng.random() < 0.8:
                expected = model.get(key)
                if key in model:
                    model.move_to_end(key, last=False)
                self.assertEqual(cache.get(key), expected)
            else:
                present = model.pop(key, None) is not None
                self.assertEqual(cache.delete(key), present)
        self.assertEqual(list(cache.keys()), list(model))

    def test_rejects_a_capacity_below_one(self):
        with self.assertRaisesRegex(ValueError, "must be >= 1, got 0"):
            LruCache(0)


if __name__ == "__main__":
    unittest.main()
