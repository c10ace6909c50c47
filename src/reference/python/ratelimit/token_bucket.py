"""A token bucket rate limiter with an injected clock.

The bucket holds up to `capacity` tokens and gains `refill_per_second`
tokens per second; a request spends `cost` tokens or is rejected, leaving
the bucket untouched. What an interviewer probes: refill is computed lazily
from the time elapsed since the last call (no background timer, two numbers
per client), and it is capped at capacity, so a client idle for a day gets
one burst, not a day's worth.

Not thread-safe on its own: try_remove reads and then writes `_tokens`.
Share one bucket between threads behind a lock (worker_pool.py does).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]  # milliseconds; tests pass a manual clock

# Repeated small refills accumulate float error (0.1 * 3 != 0.3); this
# keeps a bucket that is full to within rounding counted as full.
_EPSILON = 1e-9


def monotonic_ms() -> float:
    """The default clock: monotonic, so wall-clock changes cannot refill."""
    return time.monotonic() * 1000


@dataclass(frozen=True)
class BucketDecision:
    """The outcome of one try_remove call."""

    allowed: bool
    remaining: int  # whole tokens left, for a RateLimit-Remaining header
    retry_after_ms: int  # 0 when allowed


class TokenBucket:
    """One client's bucket; keep one per key (user, API key, IP)."""

    def __init__(
        self,
        capacity: float,
        refill_per_second: float,
        now_ms: Clock = monotonic_ms,
        initial_tokens: float | None = None,
    ) -> None:
        if not capacity > 0 or not refill_per_second > 0:
            raise ValueError(
                "capacity and refill_per_second must be positive, got "
                f"{capacity} and {refill_per_second}"
            )
        self.capacity = capacity
        self.refill_per_second = refill_per_second
        self._now_ms = now_ms
        start = capacity if initial_tokens is None else initial_tokens
        self._tokens = min(start, capacity)
        self._last_refill_ms = now_ms()

    def try_remove(self, cost: float = 1) -> BucketDecision:
        """Spends `cost` tokens if the bucket holds them."""
        if not 0 < cost <= self.capacity:
            # It could never succeed: a configuration bug, not a 429.
            raise ValueError(
                f"cost must be in (0, {self.capacity}], got {cost}"
            )
        self._refill()
        if self._tokens + _EPSILON >= cost:
            self._tokens = max(0.0, self._tokens - cost)
            return BucketDecision(True, self._whole_tokens(), 0)
        missing = cost - self._tokens
        wait_ms = math.ceil(missing / self.refill_per_second * 1000 - _EPSILON)
        return BucketDecision(False, self._whole_tokens(), wait_ms)

    def peek(self) -> float:
        """Current (fractional) tokens after a lazy refill."""
        self._refill()
        return self._tokens

    def _refill(self) -> None:
        now = self._now_ms()
        # A clock that stands still or steps back adds nothing, and keeping
        # the old timestamp means no interval is ever credited twice.
        if now <= self._last_refill_ms:
            return
        earned = (now - self._last_refill_ms) / 1000 * self.refill_per_second
        self._tokens = min(self.capacity, self._tokens + earned)
        self._last_refill_ms = now

    def _whole_tokens(self) -> int:
        return math.floor(self._tokens + _EPSILON)
