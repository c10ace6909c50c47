"""Dijkstra's shortest paths with a binary heap (heapq), and path rebuilding.

What an interviewer probes: heapq has no decrease-key, so a shorter route
pushes a second entry and the stale, longer one is skipped when it is popped
("lazy deletion"). And the algorithm is wrong with negative weights: a
settled node could later get cheaper, so this refuses them up front.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

N = TypeVar("N", bound=Hashable)

# node -> (neighbor, weight) pairs
WeightedGraph = Mapping[N, Iterable[tuple[N, float]]]


@dataclass(frozen=True)
class ShortestPaths(Generic[N]):
    """Costs from one source and each node's predecessor on its best path."""

    source: N
    distance: dict[N, float] = field(default_factory=dict)
    previous: dict[N, N] = field(default_factory=dict)

    def path_to(self, target: N) -> list[N] | None:
        """Walks predecessors back from target; None when unreachable."""
        if target not in self.distance:
            return None
        path = [target]
        while path[-1] != self.source:
            path.append(self.previous[path[-1]])
        path.reverse()
        return path


def dijkstra(graph: WeightedGraph[N], source: N) -> ShortestPaths[N]:
    """Cheapest cost from `source` to every reachable node, O((V + E) log V).

    Raises KeyError for an unknown source and ValueError for a negative or
    non-finite weight, naming the edge.
    """
    if source not in graph:
        raise KeyError(f"source node {source!r} is not in the graph")
    for node, edges in graph.items():
        for neighbor, weight in edges:
            if not math.isfinite(weight) or weight < 0:
                raise ValueError(
                    f"edge {node!r} -> {neighbor!r} has weight {weight}; "
                    "Dijkstra needs finite weights >= 0 (use Bellman-Ford "
                    "for negative ones)"
                )
    paths: ShortestPaths[N] = ShortestPaths(source)
    paths.distance[source] = 0
    settled: set[N] = set()
    # The counter breaks cost ties, so heapq never compares two nodes
    # (which may not be orderable) and equal costs pop in push order.
    tie = itertools.count()
    frontier: list[tuple[float, int, N]] = [(0, next(tie), source)]
    while frontier:
        cost, _, node = heapq.heappop(frontier)
        if node in settled:
            continue  # a stale entry: a cheaper one was popped earlier
        settled.add(node)
        for neighbor, weight in graph.get(node, ()):
            candidate = cost + weight
            if candidate < paths.distance.get(neighbor, math.inf):
                paths.distance[neighbor] = candidate
                paths.previous[neighbor] = node
                heapq.heappush(frontier, (candidate, next(tie), neighbor))
    return paths
