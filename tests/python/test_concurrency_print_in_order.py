"""Tests run real threads. The GIL makes some races rarer but not
impossible (the free-threaded 3.13t build removes it); a tiny switch
interval makes CPython switch threads far more often, to expose them."""

import itertools
import sys
import threading
import time
import unittest

from concurrency.print_in_order import PrintInOrder

GENEROUS_S = 60  # only reached if something is stuck


class PrintInOrderTest(unittest.TestCase):
    def setUp(self):
        self.addCleanup(sys.setswitchinterval, sys.getswitchinterval())
        sys.setswitchinterval(1e-6)

    def run_round(self, start_order):
        printer = PrintInOrder()
        printed = []
        steps = {
            "first": lambda: printer.first(lambda: printed.append("first")),
            "second": lambda: printer.second(lambda: printed.append("second")),
            "third": lambda: printer.third(lambda: printed.append("third")),
        }
        barrier = threading.Barrier(3)

        def start(step):
            barrier.wait()
            steps[step]()

        threads = [
            threading.Thread(target=start, args=(step,), daemon=True)
            for step in start_order
        ]
        for thread in threads:
            thread.start()
        # One deadline for them all: a stuck run fails after
        # GENEROUS_S, not GENEROUS_S once per thread.
        deadline = time.monotonic() + GENEROUS_S
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stuck = [t for t in threads if t.is_alive()]
        self.assertEqual(stuck, [], "a thread is stuck")
        return printed

    def test_prints_in_order_whatever_order_the_threads_start(self):
        orders = list(itertools.permutations(["first", "second", "third"]))
        for _ in range(50):
            for order in orders:
                with self.subTest(start_order=order):
                    self.assertEqual(
                        self.run_round(order), ["first", "second", "third"]
                    )

    def test_third_waits_even_when_it_alone_has_started(self):
        printer = PrintInOrder()
        printed = []
        third = threading.Thread(
            target=printer.third,
            args=(lambda: printed.append(3),),
            daemon=True,
        )
        third.start()
        third.join(0.05)
        self.assertEqual(printed, [])
        printer.first(lambda: printed.append(1))
        printer.second(lambda: printed.append(2))
        third.join(GENEROUS_S)
        self.assertEqual(printed, [1, 2, 3])


if __name__ == "__main__":
    unittest.main()
