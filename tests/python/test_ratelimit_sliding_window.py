import unittest

from ratelimit.sliding_window import SlidingWindowCounter, SlidingWindowLog

MINUTE = 60_000


class ManualClock:
    """Milliseconds that a test moves by hand."""

    def __init__(self, start=0.0):
        self.ms = start

    def __call__(self):
        return self.ms


def burst_across_boundary(limiter, clock):
    """Requests admitted in the last second of a window and the first of
    the next: a fixed window lets twice the limit through here."""
    admitted = 0
    for at in (MINUTE - 1_000, MINUTE):
        clock.ms = at
        for _ in range(20):
            admitted += limiter.try_acquire().allowed
    return admitted


class SlidingWindowLogTest(unittest.TestCase):
    def test_holds_the_boundary_burst_to_the_limit(self):
        clock = ManualClock()
        limiter = SlidingWindowLog(10, MINUTE, clock)
        self.assertEqual(burst_across_boundary(limiter, clock), 10)

    def test_frees_a_slot_exactly_when_the_oldest_leaves(self):
        clock = ManualClock(1_000)
        limiter = SlidingWindowLog(2, 10_000, clock)
        limiter.try_acquire()
        clock.ms = 4_000
        limiter.try_acquire()
        denied = limiter.try_acquire()
        self.assertFalse(denied.allowed)
        self.assertEqual(denied.retry_after_ms, 7_000)
        clock.ms = 10_999
        self.assertFalse(limiter.try_acquire().allowed)
        clock.ms = 11_000
        self.assertTrue(limiter.try_acquire().allowed)

    def test_agrees_with_a_brute_force_count_over_a_long_run(self):
        clock = ManualClock()
        limit, window = 5, 1_000
        limiter = SlidingWindowLog(limit, window, clock)
        accepted, seed, t = [], 42, 0
        for _ in range(5_000):
            seed = (seed * 1_103_515_245 + 12_345) % 2**31
            t += seed % 300
            clock.ms = t
            in_window = [at for at in accepted if at > t - window]
            result = limiter.try_acquire()
            self.assertEqual(result.allowed, len(in_window) < limit)
            if result.allowed:
                accepted.append(t)
            else:
                expected = min(in_window) + window - t
                self.assertEqual(result.retry_after_ms, expected)
        self.assertGreater(len(accepted), 1_000)

    def test_a_clock_stepping_back_does_not_revive_old_entries(self):
        clock = ManualClock(5_000)
        limiter = SlidingWindowLog(1, 1_000, clock)
        limiter.try_acquire()
        clock.ms = 6_000
        self.assertTrue(limiter.try_acquire().allowed)
        clock.ms = 5_500  # behind the latest time seen: treated as 6_000
        self.assertFalse(limiter.try_acquire().allowed)

    def test_rejects_a_fractional_limit(self):
        with self.assertRaisesRegex(ValueError, "whole number, got 2.5"):
            SlidingWindowLog(2.5, 1_000, ManualClock())
        with self.assertRaisesRegex(ValueError, "must be positive"):
            SlidingWindowLog(1, 0, ManualClock())


class SlidingWindowCounterTest(unittest.TestCase):
    def test_smooths_the_boundary_burst(self):
        clock = ManualClock()
        limiter = SlidingWindowCounter(10, MINUTE, clock)
        self.assertEqual(burst_across_boundary(limiter, clock), 10)

    def test_weights_the_previous_window_by_its_overlap(self):
        clock = ManualClock()
        limiter = SlidingWindowCounter(10, MINUTE, clock)
        for _ in range(10):
            limiter.try_acquire()
        # 45 s into the next window, 25% of the previous overlaps: 2.5.
        clock.ms = MINUTE + 45_000
        allowed = sum(limiter.try_acquire().allowed for _ in range(10))
        self.assertEqual(allowed, 7)

    def test_retry_after_is_when_a_retry_succeeds_and_not_earlier(self):
        clock = ManualClock()
        limiter = SlidingWindowCounter(4, 1_000, clock)
        for _ in range(4):
            limiter.try_acquire()
        clock.ms = 1_100
        for _ in range(5):
            limiter.try_acquire()
        denied = limiter.try_acquire()
        self.assertFalse(denied.allowed)
        clock.ms = 1_100 + denied.retry_after_ms - 1
        self.assertFalse(limiter.try_acquire().allowed)
        clock.ms = 1_100 + denied.retry_after_ms
        self.assertTrue(limiter.try_acquire().allowed)

    def test_a_full_window_waits_into_the_next(self):
        clock = ManualClock()
        limiter = SlidingWindowCounter(3, 1_000, clock)
        for _ in range(3):
            limiter.try_acquire()
        clock.ms = 200
        denied = limiter.try_acquire()
        clock.ms = 200 + denied.retry_after_ms - 1
        self.assertFalse(limiter.try_acquire().allowed)
        clock.ms = 200 + denied.retry_after_ms
        self.assertTrue(limiter.try_acquire().allowed)

    def test_forgets_windows_older_than_the_previous_one(self):
        clock = ManualClock()
        limiter = SlidingWindowCounter(3, 1_000, clock)
        for _ in range(3):
            limiter.try_acquire()
        clock.ms = 2_000
        results = [limiter.try_acquire().allowed for _ in range(4)]
        self.assertEqual(results, [True, True, True, False])


if __name__ == "__main__":
    unittest.main()
