"""A thread-safe LRU cache whose concurrent misses for one key load once.

What an interviewer probes: every operation takes the lock, reads included,
because `get` moves the entry to the front and so rewrites the list (a
readers-writer lock does not help an LRU). And the slow load runs outside
the lock: one loader per key, while other threads wait for that key only
("single flight"), instead of stalling the whole cache.

The GIL makes some races rarer in CPython but not impossible: a thread can
be switched out between reading and writing the list pointers. The
free-threaded build (3.13t) has no GIL at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from .lru_cache import LruCache

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Flight(Generic[V]):
    """One in-progress load that other threads can wait on."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: V | None = None
        self.error: BaseException | None = None


class ConcurrentLruCache(Generic[K, V]):
    """LruCache behind one lock, plus get_or_load with single flight."""

    def __init__(self, capacity: int) -> None:
        self._lock = threading.Lock()
        self._cache: LruCache[K, V] = LruCache(capacity)
        self._flights: dict[K, _Flight[V]] = {}

    def __len__(self) -> int:
        with self._lock:
            return len(self._cache)

    def get(self, key: K, default: V | None = None) -> V | None:
        with self._lock:
            return self._cache.get(key, default)

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._cache.put(key, value)

    def delete(self, key: K) -> bool:
        with self._lock:
            return self._cache.delete(key)

    def keys(self) -> list[K]:
        """A snapshot, most recent first (a live iterator would race)."""
        with self._lock:
            return list(self._cache.keys())

    def get_or_load(self, key: K, load: Callable[[K], V]) -> V:
        """The cached value, or `load(key)` run once for all callers.

        If the load raises, every waiting caller gets the same exception
        and nothing is cached, so the next call tries again.
        """
        with self._lock:
            if key in self._cache:
                return self._cache.get(key)  # type: ignore[return-value]
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
        if not leader:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return flight.value  # type: ignore[return-value]
        try:
            flight.value = load(key)  # slow: never under the lock
        except BaseException as error:
            flight.error = error
            raise
        finally:
            with self._lock:
                if flight.error is None:
                    value: V = flight.value  # type: ignore[assignment]
                    self._cache.put(key, value)
                del self._flights[key]
            flight.done.set()
        return flight.value
