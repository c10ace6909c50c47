// Topological sort by Kahn's algorithm, with cycle detection that names one cycle. The probe:
// how do you know there is a cycle? Some nodes never reach in-degree zero; walking their
// unreleased predecessors must repeat a node, and the repeat is the cycle.
package graphs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/** Orders the nodes of a directed graph so that every edge u -> v puts u before v. */
public final class TopologicalSort {
  /** Thrown on a cycle; {@code cycle()} lists it in edge order with the first node repeated. */
  public static final class CycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<?> cycle;

    CycleException(List<?> cycle) {
      super("dependency cycle: " + String.join(" -> ", cycle.stream().map(String::valueOf)
          .toList()));
      this.cycle = List.copyOf(cycle);
    }

    /** [a, b, c, a] means a -> b -> c -> a. */
    public List<?> cycle() {
      return cycle;
    }
  }

  private TopologicalSort() {}

  /**
   * O(V + E). Nodes that only appear as edge targets are included. Ties go to the node seen
   * first (map order, then first mention), so a LinkedHashMap gives a deterministic answer.
   */
  public static <N> List<N> sort(Map<N, List<N>> graph) {
    // Start every node at 0 so isolated nodes and pure targets are not forgotten.
    Map<N, Integer> inDegree = new LinkedHashMap<>();
    graph.keySet().forEach(node -> inDegree.put(node, 0));
    graph.values().forEach(targets -> targets.forEach(to -> inDegree.merge(to, 1, Integer::sum)));

    Queue<N> ready = new ArrayDeque<>();
    inDegree.forEach((node, degree) -> {
      if (degree == 0) {
        ready.add(node);
      }
    });
    List<N> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      N node = ready.remove();
      order.add(node);
      for (N to : graph.getOrDefault(node, List.of())) {
        if (inDegree.merge(to, -1, Integer::sum) == 0) {
          ready.add(to);
        }
      }
    }
    // Nodes never released all sit on, or downstream of, a cycle.
    if (order.size() < inDegree.size()) {
      throw new CycleException(findCycle(graph, new HashSet<>(order)));
    }
    return order;
  }

  // Every node left over still has an unreleased predecessor, so walking predecessors repeats.
  private static <N> List<N> findCycle(Map<N, List<N>> graph, Set<N> released) {
    Map<N, N> predecessor = new LinkedHashMap<>();
    graph.forEach((from, targets) -> {
      if (!released.contains(from)) {
        targets.stream().filter(to -> !released.contains(to))
            .forEach(to -> predecessor.put(to, from));
      }
    });
    Map<N, Integer> seenAt = new HashMap<>();
    List<N> walk = new ArrayList<>();
    N node = predecessor.keySet().iterator().next();
    while (!seenAt.containsKey(node)) {
      seenAt.put(node, walk.size());
      walk.add(node);
      node = predecessor.get(node);
    }
    // The walk went backwards along edges; reverse it to read in edge direction.
    List<N> cycle = new ArrayList<>(walk.subList(seenAt.get(node), walk.size()));
    Collections.reverse(cycle);
    cycle.add(cycle.get(0));
    return cycle;
  }
}
