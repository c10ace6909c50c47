"""Tests run real threads. The GIL makes some races rarer but not
impossible (the free-threaded 3.13t build removes it); a tiny switch
interval makes CPython switch threads far more often, to expose them."""

import sys
import threading
import unittest

from concurrency.bounded_queue import BoundedQueue, QueueClosed
from thread_support import GENEROUS_S, run_together


class BoundedQueueTest(unittest.TestCase):
    def setUp(self):
        self.addCleanup(sys.setswitchinterval, sys.getswitchinterval())
        sys.setswitchinterval(1e-6)

    def test_many_producers_and_consumers_deliver_each_item_once(self):
        producers, consumers, items_each = 8, 8, 250
        for _ in range(20):
            queue = BoundedQueue(4)
            received, peak = [], [0]
            still_producing = [producers]
            count_lock = threading.Lock()

            def produce(p):
                for i in range(items_each):
                    queue.put((p, i))
                    peak[0] = max(peak[0], len(queue))
                with count_lock:
                    still_producing[0] -= 1
                    if still_producing[0] == 0:
                        queue.close()  # consumers stop once it drains

            def consume():
                for item in queue:
                    received.append(item)

            errors, stuck = run_together(
                [lambda p=p: produce(p) for p in range(producers)]
                + [consume] * consumers
            )
            self.assertEqual((errors, stuck), ([], []))
            self.assertLessEqual(peak[0], 4)
            expected = [
                (p, i) for p in range(producers) for i in range(items_each)
            ]
            self.assertEqual(sorted(received), expected)

    def test_keeps_fifo_order_for_a_single_producer(self):
        queue = BoundedQueue(3)
        received = []

        def produce():
            for i in range(500):
                queue.put(i)
            queue.close()

        def consume():
            received.extend(queue)

        errors, stuck = run_together([produce, consume])
        self.assertEqual((errors, stuck), ([], []))
        self.assertEqual(received, list(range(500)))

    def test_put_blocks_while_full_until_a_get_makes_room(self):
        queue = BoundedQueue(1)
        queue.put("a")
        put_done = threading.Event()

        def put_b():
            queue.put("b")
            put_done.set()

        thread = threading.Thread(target=put_b, daemon=True)
        thread.start()
        self.assertFalse(put_done.is_set())
        self.assertEqual(queue.get(), "a")
        self.assertTrue(put_done.wait(GENEROUS_S))
        self.assertEqual(queue.get(), "b")

    def test_timeouts_raise_instead_of_waiting_forever(self):
        queue = BoundedQueue(1)
        with self.assertRaisesRegex(TimeoutError, "still empty"):
            queue.get(timeout=0.01)
        queue.put(1)
        with self.assertRaisesRegex(TimeoutError, "still full"):
            queue.put(2, timeout=0.01)

    def test_close_wakes_waiters_and_drains_before_ending(self):
        queue = BoundedQueue(2)
        queue.put(1)
        queue.close()
        with self.assertRaises(QueueClosed):
            queue.put(2)
        self.assertEqual(queue.get(), 1)
        with self.assertRaises(QueueClosed):
            queue.get()

    def test_rejects_a_capacity_below_one(self):
        with self.assertRaisesRegex(ValueError, "must be >= 1, got 0"):
            BoundedQueue(0)


if __name__ == "__main__":
    unittest.main()
