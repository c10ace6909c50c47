"""Breadth-first search with distances and parents.

BFS finds shortest paths when every edge counts as one step.

What an interviewer probes: mark a node as seen when it is enqueued, not when
it is dequeued. Marking late queues a node once per neighbor that reaches it
in the same layer, and on a cycle the queue never empties.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

N = TypeVar("N", bound=Hashable)


@dataclass(frozen=True)
class BfsResult(Generic[N]):
    """What one search from `start` found."""

    start: N
    # Nodes in the order they left the queue: layer 0, then layer 1, ...
    order: list[N] = field(default_factory=list)
    # Fewest edges from start to each reachable node.
    distance: dict[N, int] = field(default_factory=dict)
    # The node each reachable node was discovered from (start has none).
    parent: dict[N, N] = field(default_factory=dict)

    def path_to(self, target: N) -> list[N] | None:
        """The start-to-target path, or None when target is unreachable."""
        if target not in self.distance:
            return None
        path = [target]
        while path[-1] != self.start:
            path.append(self.parent[path[-1]])
        path.reverse()
        return path


def bfs(graph: Mapping[N, Iterable[N]], start: N) -> BfsResult[N]:
    """Searches `graph` (node -> neighbors) from `start` in O(V + E).

    A neighbor that is not a key of `graph` counts as a node with no
    outgoing edges. Raises KeyError if `start` is not a key, so a typo
    fails loudly instead of returning an empty result.
    """
    if start not in graph:
        raise KeyError(f"start node {start!r} is not in the graph")
    result: BfsResult[N] = BfsResult(start)
    result.distance[start] = 0
    # deque.popleft is O(1); list.pop(0) shifts every element, O(n).
    queue = deque([start])
    while queue:
        node = queue.popleft()
        result.order.append(node)
        for neighbor in graph.get(node, ()):
            if neighbor in result.distance:
                continue
            result.distance[neighbor] = result.distance[node] + 1
            result.parent[neighbor] = node
            queue.append(neighbor)
    return result
