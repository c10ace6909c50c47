// Breadth-first search with distances and parents: the shortest path in an unweighted graph.
// The probe: mark a node when it is enqueued, not when it is dequeued, or a node reachable
// from two nodes of one layer is queued twice (and a cycle loops forever).
package graphs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/** BFS over an adjacency map; a node missing from the map has no outgoing edges. */
public final class Bfs {
  /**
   * What BFS found from one start: visit order (layer by layer), fewest edges to each
   * reachable node, and the node each one was discovered from (none for the start).
   */
  public record Result<N>(List<N> order, Map<N, Integer> distance, Map<N, N> parent) {
    /** The start-to-target path, or empty when the target is unreachable. */
    public Optional<List<N>> pathTo(N target) {
      if (!distance.containsKey(target)) {
        return Optional.empty();
      }
      List<N> path = new ArrayList<>();
      for (N node = target; node != null; node = parent.get(node)) {
        path.add(node);
      }
      Collections.reverse(path);
      return Optional.of(path);
    }
  }

  private Bfs() {}

  /** O(V + E). Throws for an unknown start so a typo fails loudly. */
  public static <N> Result<N> search(Map<N, List<N>> graph, N start) {
    if (!graph.containsKey(start)) {
      throw new IllegalArgumentException("unknown start node: " + start);
    }
    List<N> order = new ArrayList<>();
    Map<N, Integer> distance = new HashMap<>();
    Map<N, N> parent = new HashMap<>();
    Queue<N> queue = new ArrayDeque<>();
    distance.put(start, 0);
    queue.add(start);
    while (!queue.isEmpty()) {
      N node = queue.remove();
      order.add(node);
      for (N next : graph.getOrDefault(node, List.of())) {
        if (distance.containsKey(next)) {
          continue;
        }
        distance.put(next, distance.get(node) + 1);
        parent.put(next, node);
        queue.add(next);
      }
    }
    return new Result<>(order, distance, parent);
  }
}
