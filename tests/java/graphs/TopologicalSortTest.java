package graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologicalSortTest {
  private static Map<String, List<String>> graph(Object... pairs) {
    Map<String, List<String>> graph = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> targets = (List<String>) pairs[i + 1];
      graph.put((String) pairs[i], targets);
    }
    return graph;
  }

  @Test
  void putsEveryDependencyBeforeItsDependents() {
    Map<String, List<String>> build = graph(
        "schema", List.of("migrate", "seed"),
        "migrate", List.of("deploy"),
        "seed", List.of("deploy"),
        "lint", List.of());
    List<String> order = TopologicalSort.sort(build);
    assertEquals(List.of("schema", "lint", "migrate", "seed", "deploy"), order);
    build.forEach((from, targets) -> targets.forEach(to ->
        assertTrue(order.indexOf(from) < order.indexOf(to), from + " before " + to)));
  }

  @Test
  void includesNodesThatOnlyAppearAsTargets() {
    assertEquals(List.of("a", "b"), TopologicalSort.sort(graph("a", List.of("b"))));
  }

  @Test
  void namesACycleInEdgeOrder() {
    // start -> a -> b -> c -> a, and c -> end hangs downstream of the cycle.
    Map<String, List<String>> cyclic = graph(
        "start", List.of("a"),
        "a", List.of("b"),
        "b", List.of("c"),
        "c", List.of("a", "end"));
    TopologicalSort.CycleException error =
        assertThrows(TopologicalSort.CycleException.class, () -> TopologicalSort.sort(cyclic));
    List<?> cycle = error.cycle();
    assertEquals(cycle.get(0), cycle.get(cycle.size() - 1));
    assertEquals(4, cycle.size());
    for (int i = 0; i + 1 < cycle.size(); i++) {
      assertTrue(cyclic.get((String) cycle.get(i)).contains((String) cycle.get(i + 1)),
          "no edge " + cycle.get(i) + " -> " + cycle.get(i + 1));
    }
    assertTrue(error.getMessage().startsWith("dependency cycle: "), error.getMessage());
  }

  @Test
  void reportsASelfLoopAsACycle() {
    TopologicalSort.CycleException error = assertThrows(
        TopologicalSort.CycleException.class,
        () -> TopologicalSort.sort(graph("a", List.of("a"))));
    assertEquals(List.of("a", "a"), error.cycle());
    assertEquals("dependency cycle: a -> a", error.getMessage());
  }
}
