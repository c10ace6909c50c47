"""A bounded blocking queue for producers and consumers.

put blocks while the queue is full and get blocks while it is empty: the
bound is back-pressure, slowing producers to the consumers' pace instead of
letting memory grow. What an interviewer probes: waiting in a loop, not an
`if` (a woken thread must re-check, since another may have taken the item
or slot first; wait_for loops for us), and two conditions on one lock, so a
put wakes a consumer rather than another blocked producer.

queue.Queue already does this (and more); the interview wants it by hand.
The GIL makes some races rarer in CPython but not impossible, and the
free-threaded build (3.13t) removes it: the lock is what makes this safe.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class QueueClosed(Exception):
    """put on a closed queue, or get on a closed and drained one."""


class BoundedQueue(Generic[T]):
    """A FIFO queue holding at most `capacity` items."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity}")
        self._capacity = capacity
        self._items: deque[T] = deque()
        self._closed = False
        lock = threading.Lock()
        self._not_full = threading.Condition(lock)
        self._not_empty = threading.Condition(lock)

    def __len__(self) -> int:
        with self._not_empty:
            return len(self._items)

    def put(self, item: T, timeout: float | None = None) -> None:
        """Adds an item, waiting for room; TimeoutError if none in time."""
        with self._not_full:
            if not self._not_full.wait_for(
                lambda: self._closed or len(self._items) < self._capacity,
                timeout,
            ):
                raise TimeoutError(f"queue still full after {timeout} s")
            if self._closed:
                raise QueueClosed("put on a closed queue")
            self._items.append(item)
            self._not_empty.notify()

    def get(self, timeout: float | None = None) -> T:
        """Removes the oldest item, waiting for one; TimeoutError if none.

        Once the queue is closed, get drains what is left and then raises
        QueueClosed, so consumers can finish cleanly.
        """
        with self._not_empty:
            if not self._not_empty.wait_for(
                lambda: self._closed or self._items, timeout
            ):
                raise TimeoutError(f"queue still empty after {timeout} s")
            if not self._items:
                raise QueueClosed("queue is closed and drained")
            item = self._items.popleft()
            self._not_full.notify()
            return item

    def close(self) -> None:
        """Refuses new items and wakes every waiter."""
        with self._not_full:
            self._closed = True
            self._not_full.notify_all()
            self._not_empty.notify_all()

    def __iter__(self) -> Iterator[T]:
        """Yields items until the queue is closed and drained."""
        while True:
            try:
                yield self.get()
            except QueueClosed:
                return
