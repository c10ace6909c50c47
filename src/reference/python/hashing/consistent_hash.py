"""A consistent-hash ring with virtual nodes.

Each physical node is hashed onto a 32-bit ring at `vnodes_per_node` points;
a key belongs to the first point at or after its own hash, wrapping past the
top. What an interviewer probes: why adding a node moves only about 1/N of
the keys (it takes over arcs; every other key keeps its owner), and why
virtual nodes (one point per node leaves arcs, and load, very uneven).

The hash is the same as the TypeScript version's, so all languages place
keys identically: 32-bit FNV-1a over UTF-16 code units, then the murmur3
finalizer to spread FNV-1a's weak high bits. It is fast, not cryptographic.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

_MASK = 0xFFFFFFFF


def hash32(text: str) -> int:
    """FNV-1a (32-bit) over UTF-16 code units plus the murmur3 finalizer."""
    # surrogatepass: a lone surrogate ("\ud800") is one UTF-16 unit, as in
    # TypeScript, instead of an encoding error.
    data = text.encode("utf-16-le", "surrogatepass")
    h = 0x811C9DC5
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & _MASK
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & _MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & _MASK
    h ^= h >> 16
    return h


class ConsistentHashRing:
    """Maps keys to nodes; membership changes move as few keys as possible."""

    def __init__(
        self,
        vnodes_per_node: int = 160,
        hash_fn: Callable[[str], int] = hash32,
    ) -> None:
        if vnodes_per_node < 1:
            raise ValueError(
                f"vnodes_per_node must be >= 1, got {vnodes_per_node}"
            )
        self._vnodes = vnodes_per_node
        self._hash = hash_fn
        # Sorted (position, node) pairs; ties on position sort by name,
        # so the ring never depends on the order nodes were added.
        self._points: list[tuple[int, str]] = []
        self._members: dict[str, None] = {}  # a dict keeps insertion order

    @property
    def nodes(self) -> list[str]:
        """Physical nodes on the ring, in the order they were added."""
        return list(self._members)

    def add_node(self, node: str) -> None:
        """Places the node's virtual points; adding it twice is a no-op."""
        if node in self._members:
            return
        self._members[node] = None
        for v in range(self._vnodes):
            bisect.insort(self._points, (self._hash(f"{node}#{v}"), node))

    def remove_node(self, node: str) -> None:
        """Removes the node's points; its keys pass to the next point."""
        if node not in self._members:
            return
        del self._members[node]
        self._points = [p for p in self._points if p[1] != node]

    def get_node(self, key: str) -> str | None:
        """The node owning `key`, or None when the ring is empty."""
        if not self._points:
            return None
        return self._points[self._first_at_or_after(self._hash(key))][1]

    def get_nodes(self, key: str, count: int) -> list[str]:
        """The first `count` distinct nodes clockwise from the key.

        This is the preference list Dynamo-style stores use for replicas.
        """
        owners: list[str] = []
        if not self._points:
            return owners
        start = self._first_at_or_after(self._hash(key))
        for step in range(len(self._points)):
            if len(owners) == count:
                break
            node = self._points[(start + step) % len(self._points)][1]
            if node not in owners:
                owners.append(node)
        return owners

    def _first_at_or_after(self, position: int) -> int:
        # (position, "") sorts before every point at that same position.
        index = bisect.bisect_left(self._points, (position, ""))
        return 0 if index == len(self._points) else index
