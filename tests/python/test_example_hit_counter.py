"""Many threads record hits on one HitCounter at once.

The GIL makes a lost update rarer but not impossible: a thread can be switched out between the
read and the write (and the free-threaded 3.13t build removes the GIL altogether). The test asks
the interpreter to switch threads very often and repeats the race, so a version without the lock
loses hits here (in most rounds, measured: about four in five).
"""

import sys
import threading
import unittest

from example.hit_counter import HitCounter

THREADS = 16
HITS_PER_THREAD = 5_000
ROUNDS = 20


class HitCounterTest(unittest.TestCase):
    def test_no_hit_is_lost_when_threads_race_on_one_key(self) -> None:
        previous = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)
        try:
            for round_number in range(ROUNDS):
                counter = race(THREADS, HITS_PER_THREAD)
                self.assertEqual(
                    counter.count("home"),
                    THREADS * HITS_PER_THREAD,
                    f"hits lost in round {round_number}",
                )
                self.assertEqual(counter.count("never-seen"), 0)
        finally:
            sys.setswitchinterval(previous)


def race(threads: int, hits_each: int) -> HitCounter:
    """Starts `threads` threads together, each recording `hits_each` hits on one key."""
    counter = HitCounter()
    start = threading.Barrier(threads)

    def work() -> None:
        start.wait()
        for _ in range(hits_each):
            counter.record("home")

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter


if __name__ == "__main__":
    unittest.main()
