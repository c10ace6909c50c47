import unittest

from ratelimit.token_bucket import TokenBucket


class ManualClock:
    """Milliseconds that a test moves by hand."""

    def __init__(self, start=0.0):
        self.ms = start

    def __call__(self):
        return self.ms


class TokenBucketTest(unittest.TestCase):
    def test_allows_a_burst_up_to_capacity_then_rejects(self):
        clock = ManualClock()
        bucket = TokenBucket(3, 1, clock)
        results = [bucket.try_remove() for _ in range(4)]
        allowed = [r.allowed for r in results]
        self.assertEqual(allowed, [True, True, True, False])
        self.assertEqual([r.remaining for r in results], [2, 1, 0, 0])
        self.assertEqual(results[3].retry_after_ms, 1_000)

    def test_refills_lazily_at_the_rate_and_retry_after_is_exact(self):
        clock = ManualClock()
        bucket = TokenBucket(2, 4, clock, initial_tokens=0)
        denied = bucket.try_remove()
        self.assertEqual(denied.retry_after_ms, 250)
        clock.ms = 249
        self.assertFalse(bucket.try_remove().allowed)
        clock.ms = 250
        self.assertTrue(bucket.try_remove().allowed)

    def test_a_rejected_request_spends_nothing(self):
        clock = ManualClock()
        bucket = TokenBucket(5, 1, clock, initial_tokens=2)
        self.assertFalse(bucket.try_remove(3).allowed)
        self.assertAlmostEqual(bucket.peek(), 2)

    def test_idle_time_is_capped_at_capacity(self):
        clock = ManualClock()
        bucket = TokenBucket(10, 100, clock)
        for _ in range(10):
            bucket.try_remove()
        clock.ms = 86_400_000
        self.assertEqual(bucket.peek(), 10)

    def test_a_clock_stepping_back_credits_nothing_twice(self):
        clock = ManualClock(10_000)
        bucket = TokenBucket(10, 1, clock, initial_tokens=0)
        clock.ms = 5_000
        self.assertEqual(bucket.peek(), 0)
        clock.ms = 11_000
        self.assertAlmostEqual(bucket.peek(), 1)

    def test_sustained_rate_over_a_long_run(self):
        clock = ManualClock()
        bucket = TokenBucket(5, 10, clock)
        allowed = 0
        for _ in range(10_001):  # one attempt per millisecond, 0 to 10 s
            allowed += bucket.try_remove().allowed
            clock.ms += 1
        self.assertEqual(allowed, 5 + 100)

    def test_fractional_refills_add_up_to_whole_tokens(self):
        clock = ManualClock()
        bucket = TokenBucket(1, 10, clock, initial_tokens=0)
        for _ in range(3):
            clock.ms += 100 / 3  # thirds that do not sum exactly in floats
        self.assertTrue(bucket.try_remove().allowed)

    def test_configuration_errors_name_the_setting(self):
        with self.assertRaisesRegex(ValueError, "capacity and refill_per"):
            TokenBucket(0, 1, ManualClock())
        bucket = TokenBucket(2, 1, ManualClock())
        with self.assertRaisesRegex(ValueError, r"\(0, 2\], got 3"):
            bucket.try_remove(3)


if __name__ == "__main__":
    unittest.main()
