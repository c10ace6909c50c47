package graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BfsTest {
  // a - b - d - e, a - c - d, plus an unreachable island f; undirected, so both directions.
  private static Map<String, List<String>> graph() {
    Map<String, List<String>> graph = new LinkedHashMap<>();
    graph.put("a", List.of("b", "c"));
    graph.put("b", List.of("a", "d"));
    graph.put("c", List.of("a", "d"));
    graph.put("d", List.of("b", "c", "e"));
    graph.put("e", List.of("d"));
    graph.put("f", List.of());
    return graph;
  }

  @Test
  void visitsLayerByLayerWithEdgeCountDistances() {
    Bfs.Result<String> result = Bfs.search(graph(), "a");
    assertEquals(List.of("a", "b", "c", "d", "e"), result.order());
    assertEquals(Map.of("a", 0, "b", 1, "c", 1, "d", 2, "e", 3), result.distance());
  }

  @Test
  void aNodeReachableTwiceInOneLayerIsVisitedOnce() {
    // d is reachable from both b and c; it must be queued once, through b (seen first).
    Bfs.Result<String> result = Bfs.search(graph(), "a");
    assertEquals("b", result.parent().get("d"));
    assertEquals(1, result.order().stream().filter("d"::equals).count());
  }

  @Test
  void rebuildsAShortestPathAndReportsUnreachableNodes() {
    Bfs.Result<String> result = Bfs.search(graph(), "a");
    assertEquals(Optional.of(List.of("a", "b", "d", "e")), result.pathTo("e"));
    assertEquals(Optional.of(List.of("a")), result.pathTo("a"));
    assertEquals(Optional.empty(), result.pathTo("f"));
  }

  @Test
  void treatsATargetMissingFromTheMapAsANodeWithoutEdges() {
    Bfs.Result<Integer> result = Bfs.search(Map.of(1, List.of(2)), 1);
    assertEquals(List.of(1, 2), result.order());
  }

  @Test
  void namesAnUnknownStartNode() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Bfs.search(graph(), "z"));
    assertEquals("unknown start node: z", error.getMessage());
  }
}
