"""Topological sort by Kahn's algorithm, with a cycle named when there is one.

What an interviewer probes: how you know there is a cycle (fewer nodes come
out than went in) and, beyond that, which one: the nodes left over each
still wait on another left-over node, so following those waits backwards
must come round to a node already seen.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

N = TypeVar("N", bound=Hashable)


class CycleError(ValueError):
    """The graph has a cycle; `cycle` lists it as [a, b, c, a]."""

    def __init__(self, cycle: list[Hashable]) -> None:
        self.cycle = cycle
        chain = " -> ".join(str(node) for node in cycle)
        super().__init__(f"dependency cycle: {chain}")


def topological_sort(graph: Mapping[N, Iterable[N]]) -> list[N]:
    """Orders nodes so each edge u -> v ("u before v") puts u first.

    `graph` maps a node to the nodes that depend on it; a node that only
    appears as a target is included too. Ties keep first-seen order, so
    the answer is deterministic. O(V + E). Raises CycleError on a cycle.
    """
    successors: dict[N, list[N]] = {}
    in_degree: dict[N, int] = {}
    for node, targets in graph.items():
        successors.setdefault(node, [])
        in_degree.setdefault(node, 0)
        for target in targets:
            successors[node].append(target)
            successors.setdefault(target, [])
            in_degree[target] = in_degree.get(target, 0) + 1

    ready = deque(node for node, degree in in_degree.items() if degree == 0)
    order: list[N] = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for target in successors[node]:
            in_degree[target] -= 1
            if in_degree[target] == 0:
                ready.append(target)

    if len(order) < len(successors):
        raise CycleError(_find_cycle(successors, set(order)))
    return order


def _find_cycle(successors: dict[N, list[N]], released: set[N]) -> list[N]:
    """One cycle among the nodes Kahn's algorithm could not release."""
    waits_on: dict[N, N] = {}
    for node, targets in successors.items():
        if node in released:
            continue
        for target in targets:
            if target not in released:
                waits_on[target] = node
    # Every stuck node has a stuck predecessor, so this walk must repeat.
    node = next(iter(waits_on))
    seen_at: dict[N, int] = {}
    walk: list[N] = []
    while node not in seen_at:
        seen_at[node] = len(walk)
        walk.append(node)
        node = waits_on[node]
    cycle = walk[seen_at[node]:]
    cycle.reverse()  # the walk went against the edges
    return [*cycle, cycle[0]]
