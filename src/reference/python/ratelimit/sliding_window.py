"""Sliding-window rate limiters: the exact log and the weighted counter.

Both allow at most `limit` requests in any `window_ms` span, which removes
the fixed window's double burst at a boundary. The log keeps one timestamp
per accepted request (exact, O(limit) memory per key). The counter keeps two
counts per key and assumes the previous window's requests were spread
evenly; Cloudflare measured it misjudging 0.003% of 400 million requests.
What an interviewer probes: the memory/accuracy trade between the two, and
the retry-after each one can honestly promise. Same semantics as the
TypeScript version, clock injected, in milliseconds.

Not thread-safe on its own: try_acquire reads and then writes its counts.
Share one limiter between threads behind a lock, as worker_pool.py does
for its token bucket.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

from .token_bucket import Clock, monotonic_ms

_EPSILON = 1e-9  # weighted estimates are fractional; absorb rounding


@dataclass(frozen=True)
class WindowDecision:
    """The outcome of one try_acquire call."""

    allowed: bool
    retry_after_ms: float  # 0 when allowed


def _validate(limit: float, window_ms: float) -> None:
    if not limit > 0 or not window_ms > 0:
        raise ValueError(
            "limit and window_ms must be positive, "
            f"got {limit} and {window_ms}"
        )


class SlidingWindowLog:
    """Exact: admits a request if fewer than `limit` in the last window."""

    def __init__(
        self, limit: int, window_ms: float, now_ms: Clock = monotonic_ms
    ) -> None:
        _validate(limit, window_ms)
        if limit != int(limit):
            raise ValueError(
                "SlidingWindowLog: limit must be a whole number, got "
                f"{limit}; round it down"
            )
        self._limit = int(limit)
        self._window_ms = window_ms
        self._now_ms = now_ms
        # Oldest first; deque.popleft is O(1), unlike list.pop(0).
        self._accepted: deque[float] = deque()
        self._latest_ms = -math.inf

    def try_acquire(self) -> WindowDecision:
        # Never let time run backwards, or expired entries could count again.
        self._latest_ms = max(self._latest_ms, self._now_ms())
        horizon = self._latest_ms - self._window_ms
        while self._accepted and self._accepted[0] <= horizon:
            self._accepted.popleft()
        if len(self._accepted) < self._limit:
            self._accepted.append(self._latest_ms)
            return WindowDecision(True, 0)
        # The oldest entry leaving the window frees the next slot.
        oldest = self._accepted[0]
        retry_after = oldest + self._window_ms - self._latest_ms
        return WindowDecision(False, retry_after)


class SlidingWindowCounter:
    """Approximate: this window's count plus a share of the previous one."""

    def __init__(
        self, limit: float, window_ms: float, now_ms: Clock = monotonic_ms
    ) -> None:
        _validate(limit, window_ms)
        self._limit = limit
        self._window_ms = window_ms
        self._now_ms = now_ms
        self._current_start_ms = -math.inf
        self._current = 0
        self._previous = 0

    def try_acquire(self) -> WindowDecision:
        window = self._window_ms
        now = max(self._now_ms(), self._current_start_ms)
        start = math.floor(now / window) * window
        if start > self._current_start_ms:
            # One window on, the current count becomes the previous one;
            # two or more windows on, both are stale.
            adjacent = start - self._current_start_ms == window
            self._previous = self._current if adjacent else 0
            self._current = 0
            self._current_start_ms = start
        elapsed = now - start
        overlap = (window - elapsed) / window
        estimate = self._previous * overlap + self._current
        if estimate + 1 <= self._limit + _EPSILON:
            self._current += 1
            return WindowDecision(True, 0)
        return WindowDecision(False, self._retry_after(elapsed))

    def _retry_after(self, elapsed: float) -> int:
        # Solves previous * (1 - t / window) + current + 1 <= limit for the
        # earliest offset t into this window.
        limit, window = self._limit, self._window_ms
        if self._current + 1 <= limit:
            t = window * (1 - (limit - 1 - self._current) / self._previous)
            return max(1, math.ceil(t - elapsed))
        # This window is full: wait into the next, where today's count
        # becomes the previous one.
        t = window * (1 - (limit - 1) / self._current)
        return max(1, math.ceil(window - elapsed + max(0, t)))
