// Dijkstra's shortest paths with a binary heap (java.util.PriorityQueue), O((V + E) log V).
// The probes: why negative weights break it (a settled node could later get cheaper), and
// "lazy deletion": PriorityQueue cannot lower a key, so push again and skip stale entries.
package graphs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/** Single-source shortest paths over non-negative integer weights. */
public final class Dijkstra {
  /** One outgoing edge. */
  public record Edge<N>(N to, long weight) {}

  /** Distance from the source to each reachable node, and each node's predecessor. */
  public record Result<N>(N source, Map<N, Long> distance, Map<N, N> previous) {
    /** The cheapest source-to-target path, or empty when the target is unreachable. */
    public Optional<List<N>> pathTo(N target) {
      if (!distance.containsKey(target)) {
        return Optional.empty();
      }
      List<N> path = new ArrayList<>();
      for (N node = target; node != null; node = previous.get(node)) {
        path.add(node);
      }
      Collections.reverse(path);
      return Optional.of(path);
    }
  }

  private record Entry<N>(long distance, N node) {}

  private Dijkstra() {}

  /** Throws for an unknown source, or for a negative weight, naming the edge. */
  public static <N> Result<N> shortestPaths(Map<N, List<Edge<N>>> graph, N source) {
    if (!graph.containsKey(source)) {
      throw new IllegalArgumentException("unknown source node: " + source);
    }
    graph.forEach((from, edges) -> edges.forEach(edge -> {
      if (edge.weight() < 0) {
        throw new IllegalArgumentException("negative weight " + edge.weight() + " on " + from
            + " -> " + edge.to() + "; use Bellman-Ford for negative weights");
      }
    }));
    Map<N, Long> distance = new HashMap<>();
    Map<N, N> previous = new HashMap<>();
    Set<N> settled = new HashSet<>();
    PriorityQueue<Entry<N>> frontier =
        new PriorityQueue<>((a, b) -> Long.compare(a.distance(), b.distance()));
    distance.put(source, 0L);
    frontier.add(new Entry<>(0, source));
    while (!frontier.isEmpty()) {
      Entry<N> entry = frontier.remove();
      // An older, longer entry for a node already settled: skip it.
      if (!settled.add(entry.node())) {
        continue;
      }
      for (Edge<N> edge : graph.getOrDefault(entry.node(), List.of())) {
        long candidate = entry.distance() + edge.weight();
        Long known = distance.get(edge.to());
        if (known == null || candidate < known) {
          distance.put(edge.to(), candidate);
          previous.put(edge.to(), entry.node());
          frontier.add(new Entry<>(candidate, edge.to()));
        }
      }
    }
    return new Result<>(source, distance, previous);
  }
}
