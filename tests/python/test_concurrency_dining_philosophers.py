"""Tests run real threads. The GIL makes some races rarer but not
impossible (the free-threaded 3.13t build removes it); a tiny switch
interval makes CPython switch threads far more often, to expose them."""

import sys
import threading
import time
import unittest

from concurrency.dining_philosophers import DiningTable

GENEROUS_S = 30  # only reached on a deadlock


class GatheringFork:
    """A real lock that, the first time each philosopher picks up a fork,
    holds it until `gather` philosophers hold one. This recreates the
    moment that deadlocks the naive "left fork first" order: everybody
    holding one fork and reaching for the next."""

    def __init__(self, lock, gathering):
        self._lock = lock
        self._gathering = gathering

    def __enter__(self):
        self._lock.acquire()
        self._gathering.arrive()
        return self

    def __exit__(self, *exc):
        self._lock.release()


class Gathering:
    def __init__(self, size):
        self._size = size
        self._arrived = set()
        self._all_here = threading.Event()
        self._lock = threading.Lock()

    def arrive(self):
        me = threading.get_ident()
        with self._lock:
            if self._all_here.is_set() or me in self._arrived:
                return
            self._arrived.add(me)
            if len(self._arrived) == self._size:
                self._all_here.set()
                return
        self._all_here.wait(GENEROUS_S)


class DiningPhilosophersTest(unittest.TestCase):
    def setUp(self):
        self.addCleanup(sys.setswitchinterval, sys.getswitchinterval())
        sys.setswitchinterval(1e-6)

    def dinner(self, table, meals, eat):
        errors = []
        everyone_seated = threading.Barrier(table.seats)

        def philosopher(seat):
            try:
                everyone_seated.wait(GENEROUS_S)
                for _ in range(meals):
                    table.dine(seat, lambda: eat(seat))
            except BaseException as error:
                errors.append(error)

        threads = [
            threading.Thread(target=philosopher, args=(seat,), daemon=True)
            for seat in range(table.seats)
        ]
        for thread in threads:
            thread.start()
        # One deadline for them all: a stuck run fails after
        # GENEROUS_S, not GENEROUS_S once per thread.
        deadline = time.monotonic() + GENEROUS_S
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self.assertEqual(errors, [])
        return [t for t in threads if t.is_alive()]

    def test_finishes_when_everyone_reaches_for_forks_at_once(self):
        seats = 5
        for _ in range(20):
            # With lock ordering at most seats - 1 philosophers can hold
            # their first fork together (two of them want fork 0 first).
            gathering = Gathering(seats - 1)
            forks = [
                GatheringFork(threading.Lock(), gathering)
                for _ in range(seats)
            ]
            table = DiningTable(seats, forks)
            meals = [0] * seats

            def eat(seat):
                meals[seat] += 1

            stuck = self.dinner(table, 20, eat)
            self.assertEqual(stuck, [], "deadlock: dinner never ended")
            self.assertEqual(meals, [20] * seats)

    def test_neighbours_never_eat_at_the_same_time(self):
        seats = 5
        table = DiningTable(seats)
        in_use = [False] * seats
        clashes = []

        def eat(seat):
            left, right = table.forks_of(seat)
            if in_use[left] or in_use[right]:
                clashes.append(seat)
            in_use[left] = in_use[right] = True
            for _ in range(50):  # chew: give the other threads a chance
                pass
            in_use[left] = in_use[right] = False

        stuck = self.dinner(table, 2_000, eat)
        self.assertEqual(stuck, [])
        self.assertEqual(clashes, [])

    def test_fork_numbers_and_bad_arguments(self):
        table = DiningTable(5)
        self.assertEqual(table.forks_of(4), (4, 0))
        with self.assertRaisesRegex(ValueError, r"must be in 0..4, got 5"):
            table.forks_of(5)
        with self.assertRaisesRegex(ValueError, "at least 2 seats"):
            DiningTable(1)
        with self.assertRaisesRegex(ValueError, "need 3 forks, got 2"):
            DiningTable(3, [threading.Lock(), threading.Lock()])


if __name__ == "__main__":
    unittest.main()
