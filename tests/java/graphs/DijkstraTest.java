package graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphs.Dijkstra.Edge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DijkstraTest {
  // s -> a (1), s -> b (4), a -> b (2), a -> c (6), b -> c (3); isolated x.
  private static Map<String, List<Edge<String>>> graph() {
    return Map.of(
        "s", List.of(new Edge<>("a", 1), new Edge<>("b", 4)),
        "a", List.of(new Edge<>("b", 2), new Edge<>("c", 6)),
        "b", List.of(new Edge<>("c", 3)),
        "c", List.of(),
        "x", List.of());
  }

  @Test
  void findsCheaperPathsThroughMoreEdges() {
    Dijkstra.Result<String> result = Dijkstra.shortestPaths(graph(), "s");
    assertEquals(Map.of("s", 0L, "a", 1L, "b", 3L, "c", 6L), result.distance());
    assertEquals(Optional.of(List.of("s", "a", "b", "c")), result.pathTo("c"));
  }

  @Test
  void reportsUnreachableNodesAsEmpty() {
    Dijkstra.Result<String> result = Dijkstra.shortestPaths(graph(), "s");
    assertEquals(Optional.empty(), result.pathTo("x"));
    assertEquals(Optional.of(List.of("s")), result.pathTo("s"));
  }

  @Test
  void refusesNegativeWeightsNamingTheEdge() {
    Map<String, List<Edge<String>>> graph =
        Map.of("s", List.of(new Edge<>("a", 2)), "a", List.of(new Edge<>("s", -5)));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Dijkstra.shortestPaths(graph, "s"));
    assertEquals(
        "negative weight -5 on a -> s; use Bellman-Ford for negative weights", error.getMessage());
  }

  // On a grid with pseudo-random weights, agree with Bellman-Ford's relax-everything answer.
  @Test
  void agreesWithBellmanFordOnARandomGrid() {
    int side = 12;
    Map<Integer, List<Edge<Integer>>> graph = new HashMap<>();
    long seed = 11;
    for (int node = 0; node < side * side; node++) {
      List<Edge<Integer>> edges = new ArrayList<>();
      int row = node / side;
      int col = node % side;
      int[][] moves = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
      for (int[] move : moves) {
        int r = row + move[0];
        int c = col + move[1];
        if (r >= 0 && r < side && c >= 0 && c < side) {
          seed = (seed * 1_103_515_245L + 12_345) % (1L << 31);
          edges.add(new Edge<>(r * side + c, seed % 20));
        }
      }
      graph.put(node, edges);
    }
    Map<Integer, Long> expected = new HashMap<>(Map.of(0, 0L));
    for (int pass = 0; pass < side * side; pass++) {
      graph.forEach((from, edges) -> {
        Long base = expected.get(from);
        if (base != null) {
          edges.forEach(e -> expected.merge(e.to(), base + e.weight(), Math::min));
        }
      });
    }
    Dijkstra.Result<Integer> result = Dijkstra.shortestPaths(graph, 0);
    assertEquals(expected, result.distance());
    for (int target = 0; target < side * side; target++) {
      List<Integer> path = result.pathTo(target).orElseThrow();
      long cost = 0;
      for (int i = 1; i < path.size(); i++) {
        int from = path.get(i - 1);
        int to = path.get(i);
        cost += graph.get(from).stream().filter(e -> e.to() == to)
            .mapToLong(Edge::weight).min().orElseThrow();
      }
      assertEquals(expected.get(target), cost, "path to " + target);
    }
  }
}
