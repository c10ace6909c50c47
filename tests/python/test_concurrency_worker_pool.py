"""Tests run real threads. The GIL makes some races rarer but not
impossible (the free-threaded 3.13t build removes it); a tiny switch
interval makes CPython switch threads far more often, to expose them."""

import sys
import threading
import unittest

from concurrency.worker_pool import WorkerPool
from ratelimit.token_bucket import TokenBucket

GENEROUS_S = 60  # only reached if something is stuck


class FakeTime:
    """A clock in milliseconds that only moves when the pool sleeps.

    Sleeping threads overlap as they would in real time: a sleep of d
    that began at t ends at t + d, and the clock never moves backwards.
    """

    def __init__(self):
        self._ms = 0.0
        self._lock = threading.Lock()

    def now_ms(self):
        with self._lock:
            return self._ms

    def sleep(self, seconds):
        began = self.now_ms()
        with self._lock:
            self._ms = max(self._ms, began + seconds * 1000)


class WorkerPoolTest(unittest.TestCase):
    def setUp(self):
        self.addCleanup(sys.setswitchinterval, sys.getswitchinterval())
        sys.setswitchinterval(1e-6)

    def test_starts_never_outrun_the_bucket(self):
        capacity, per_second, tasks = 5, 50, 200
        for _ in range(10):
            time = FakeTime()
            bucket = TokenBucket(capacity, per_second, time.now_ms)
            starts = []
            starts_lock = threading.Lock()

            def task(i):
                with starts_lock:
                    starts.append(time.now_ms())
                return i * i

            with WorkerPool(8, bucket, sleep=time.sleep) as pool:
                results = list(pool.map(task, range(tasks)))
            self.assertEqual(results, [i * i for i in range(tasks)])
            # The k-th start (1-based) at time t needs k <= burst + rate * t.
            for k, at in enumerate(starts, start=1):
                allowance = capacity + per_second * at / 1000
                self.assertLessEqual(
                    k, allowance + 1e-6, f"start {k} at {at} ms"
                )
            # And the pool keeps up with the rate: no token goes unused.
            self.assertAlmostEqual(
                max(starts), (tasks - capacity) / per_second * 1000, delta=1
            )

    def test_never_runs_more_tasks_at_once_than_workers(self):
        workers = 4
        running, peak = [0], [0]
        lock = threading.Lock()
        # Each group of `workers` tasks meets here, proving they overlap.
        meet = threading.Barrier(workers, timeout=GENEROUS_S)

        def task():
            with lock:
                running[0] += 1
                peak[0] = max(peak[0], running[0])
            meet.wait()
            with lock:
                running[0] -= 1

        bucket = TokenBucket(1_000, 1_000)
        with WorkerPool(workers, bucket) as pool:
            futures = [pool.submit(task) for _ in range(workers * 25)]
        for future in futures:
            future.result()
        self.assertEqual(peak[0], workers)

    def test_a_failing_task_reports_through_its_future(self):
        bucket = TokenBucket(10, 10)
        with WorkerPool(2, bucket) as pool:
            bad = pool.submit(lambda: 1 / 0)
            good = pool.submit(lambda: "still running")
        with self.assertRaises(ZeroDivisionError):
            bad.result()
        self.assertEqual(good.result(), "still running")

    def test_refuses_work_after_shutdown(self):
        pool = WorkerPool(1, TokenBucket(1, 1))
        pool.shutdown()
        with self.assertRaisesRegex(RuntimeError, "after shutdown"):
            pool.submit(print)
        with self.assertRaisesRegex(ValueError, "workers must be >= 1, got 0"):
            WorkerPool(0, TokenBucket(1, 1))


if __name__ == "__main__":
    unittest.main()
