"""Tests run real threads. The GIL makes some races rarer but not
impossible (the free-threaded 3.13t build removes it); a tiny switch
interval makes CPython switch threads far more often, to expose them."""

import itertools
import random
import sys
import threading
import unittest

from cache.concurrent_lru import ConcurrentLruCache
from thread_support import GENEROUS_S, run_together


class ConcurrentLruCacheTest(unittest.TestCase):
    def setUp(self):
        self.addCleanup(sys.setswitchinterval, sys.getswitchinterval())
        sys.setswitchinterval(1e-6)

    def test_stays_consistent_under_concurrent_gets_and_puts(self):
        capacity = 16
        for round_number in range(10):
            cache = ConcurrentLruCache(capacity)
            wrong = []

            def worker(seed):
                rng = random.Random(seed)
                for _ in range(2_000):
                    key = rng.randrange(64)
                    if rng.random() < 0.5:
                        cache.put(key, key * 10)
                    else:
                        value = cache.get(key)
                        if value not in (None, key * 10):
                            wrong.append((key, value))

            seeds = range(round_number * 100, round_number * 100 + 16)
            errors, stuck = run_together(
                [lambda s=s: worker(s) for s in seeds]
            )
            self.assertEqual((errors, stuck, wrong), ([], [], []))
            # The list and the dict must still agree: walk the list (at
            # most one lap past the capacity, in case it now loops).
            inner = cache._cache
            walked = list(itertools.islice(inner.keys(), capacity + 2))
            self.assertEqual(len(walked), len(inner))
            self.assertEqual(set(walked), set(inner._index))
            self.assertLessEqual(len(inner), capacity)

    def test_concurrent_misses_for_one_key_load_it_once(self):
        for _ in range(50):
            cache = ConcurrentLruCache(8)
            loads = []

            def load(key):
                loads.append(key)
                return f"value of {key}"

            results = []
            errors, stuck = run_together(
                [lambda: results.append(cache.get_or_load("k", load))] * 16
            )
            self.assertEqual((errors, stuck), ([], []))
            self.assertEqual(loads, ["k"])
            self.assertEqual(results, ["value of k"] * 16)

    def test_a_slow_load_does_not_block_other_keys(self):
        cache = ConcurrentLruCache(8)
        started, release = threading.Event(), threading.Event()

        def slow(key):
            started.set()
            release.wait(GENEROUS_S)
            return "slow"

        thread = threading.Thread(target=cache.get_or_load, args=("a", slow))
        thread.start()
        self.assertTrue(started.wait(GENEROUS_S))
        # The lock is free while "a" loads: other keys work meanwhile.
        cache.put("b", 2)
        self.assertEqual(cache.get_or_load("c", lambda k: 3), 3)
        self.assertEqual(cache.get("b"), 2)
        release.set()
        thread.join(GENEROUS_S)
        self.assertEqual(cache.get("a"), "slow")

    def test_a_failed_load_reaches_every_waiter_and_is_not_cached(self):
        cache = ConcurrentLruCache(8)
        started, release = threading.Event(), threading.Event()

        def failing(key):
            started.set()
            release.wait(GENEROUS_S)
            raise ConnectionError("origin down")

        outcomes = []

        def call():
            try:
                cache.get_or_load("k", failing)
            except ConnectionError as error:
                outcomes.append(str(error))

        leader = threading.Thread(target=call)
        leader.start()
        self.assertTrue(started.wait(GENEROUS_S))
        follower = threading.Thread(target=call)
        follower.start()
        release.set()
        leader.join(GENEROUS_S)
        follower.join(GENEROUS_S)
        self.assertEqual(outcomes, ["origin down"] * 2)
        self.assertEqual(cache.get_or_load("k", lambda k: "ok"), "ok")


if __name__ == "__main__":
    unittest.main()
