"""Dining philosophers without deadlock, by lock ordering.

Philosopher i needs forks i and i + 1 (mod n). If everyone takes the left
fork first, all can hold one fork and wait forever for the next: a cycle of
waits, which is deadlock. What an interviewer probes: break the cycle by
always taking the lower-numbered fork first. Then the last philosopher
reaches for fork 0 before fork n - 1, and no cycle can form. (Other
answers: a waiter semaphore seating at most n - 1, or try-lock and back
off, which avoids deadlock but can livelock.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TypeVar

T = TypeVar("T")

Fork = AbstractContextManager[object]  # a threading.Lock in real use


class DiningTable:
    """n forks between n seats; dine() picks up both forks safely."""

    def __init__(
        self, seats: int, forks: Sequence[Fork] | None = None
    ) -> None:
        if seats < 2:
            raise ValueError(f"a table needs at least 2 seats, got {seats}")
        if forks is not None and len(forks) != seats:
            raise ValueError(f"need {seats} forks, got {len(forks)}")
        self.seats = seats
        if forks is None:
            forks = [threading.Lock() for _ in range(seats)]
        self._forks = forks

    def forks_of(self, philosopher: int) -> tuple[int, int]:
        """The left and right fork numbers of a philosopher."""
        if not 0 <= philosopher < self.seats:
            raise ValueError(
                f"philosopher must be in 0..{self.seats - 1}, "
                f"got {philosopher}"
            )
        return philosopher, (philosopher + 1) % self.seats

    def dine(self, philosopher: int, eat: Callable[[], T]) -> T:
        """Runs `eat` holding both of the philosopher's forks."""
        left, right = self.forks_of(philosopher)
        # The whole fix: a global order on locks, lowest number first.
        first, second = min(left, right), max(left, right)
        with self._forks[first], self._forks[second]:
            return eat()
