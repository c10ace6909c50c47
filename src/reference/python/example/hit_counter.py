"""Counts hits per key (page views, API calls per client) from many threads at once.

`counts[key] = counts.get(key, 0) + 1` reads, adds and writes in separate steps, and a thread can
be switched out between them: two threads read 41, both write 42, one hit is lost. An interviewer
probes whether the lock covers the read and the write together, not each one alone.
"""

import threading


class HitCounter:
    """A thread-safe map from key to hit count."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def record(self, key: str) -> int:
        """Adds one hit for `key` and returns its new count; no hit is ever lost."""
        with self._lock:
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def count(self, key: str) -> int:
        """The hits recorded for `key` so far (0 for a key never seen)."""
        with self._lock:
            return self._counts.get(key, 0)
