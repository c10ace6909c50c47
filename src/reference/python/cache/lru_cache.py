"""A least-recently-used cache: a dict plus a doubly linked list, O(1) both.

Python already has this: collections.OrderedDict (move_to_end, and
popitem(last=False) to evict) and functools.lru_cache for memoizing a
function. Use those in production. The interview asks for it by hand to see
the linked list: the dict finds a node in O(1), the list keeps recency
order, and unlinking a node needs its `prev` pointer (hence doubly linked).
What an interviewer probes: that `get` also moves the entry to the front,
and that eviction removes the key from the dict as well as from the list.

Not thread-safe: even `get` rewires the list. See concurrent_lru.py.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Node(Generic[K, V]):
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value
        self.prev: _Node[K, V] = self
        self.next: _Node[K, V] = self


class LruCache(Generic[K, V]):
    """get and put count as a use; peek and `in` do not."""

    def __init__(
        self,
        capacity: int,
        on_evict: Callable[[K, V], None] | None = None,
    ) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity}")
        self._capacity = capacity
        self._on_evict = on_evict
        self._index: dict[K, _Node[K, V]] = {}
        # One sentinel closes the list into a ring: sentinel.next is the
        # most recent entry, sentinel.prev the least recent. With it, link
        # and unlink never check for an empty list or an end.
        self._sentinel: _Node[K, V] = _Node(
            None, None  # type: ignore[arg-type]
        )

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def get(self, key: K, default: V | None = None) -> V | None:
        """The value (now most recently used), or `default`."""
        node = self._index.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._link_first(node)
        return node.value

    def peek(self, key: K, default: V | None = None) -> V | None:
        """The value without touching recency (for metrics and tests)."""
        node = self._index.get(key)
        return default if node is None else node.value

    def put(self, key: K, value: V) -> None:
        """Inserts or overwrites; evicts the least recent entry when full."""
        node = self._index.get(key)
        if node is not None:
            # Overwriting must not grow the cache or evict anything.
            node.value = value
            self._unlink(node)
            self._link_first(node)
            return
        node = _Node(key, value)
        self._index[key] = node
        self._link_first(node)
        if len(self._index) > self._capacity:
            victim = self._sentinel.prev
            self._unlink(victim)
            del self._index[victim.key]
            # Last, so a hook that reads the cache sees a consistent state.
            if self._on_evict is not None:
                self._on_evict(victim.key, victim.value)

    def delete(self, key: K) -> bool:
        """Removes a key; True if it was present. No eviction hook."""
        node = self._index.pop(key, None)
        if node is None:
            return False
        self._unlink(node)
        return True

    def keys(self) -> Iterator[K]:
        """Keys from most to least recently used."""
        node = self._sentinel.next
        while node is not self._sentinel:
            yield node.key
            node = node.next

    def _link_first(self, node: _Node[K, V]) -> None:
        first = self._sentinel.next
        node.prev = self._sentinel
        node.next = first
        first.prev = node
        self._sentinel.next = node

    @staticmethod
    def _unlink(node: _Node[K, V]) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev
