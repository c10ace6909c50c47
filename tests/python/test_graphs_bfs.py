import unittest

from graphs.bfs import bfs

# 1 - 2 - 4 - 6, and 1 - 3 - 4 - 5: two shortest routes to 4.
GRAPH = {
    1: [2, 3],
    2: [1, 4],
    3: [1, 4],
    4: [2, 3, 5, 6],
    5: [4],
    6: [4],
    7: [],
}


class BfsTest(unittest.TestCase):
    def test_visits_layer_by_layer_with_edge_counts(self):
        result = bfs(GRAPH, 1)
        self.assertEqual(result.order, [1, 2, 3, 4, 5, 6])
        self.assertEqual(result.distance, {1: 0, 2: 1, 3: 1, 4: 2, 5: 3, 6: 3})

    def test_parents_rebuild_a_shortest_path(self):
        result = bfs(GRAPH, 1)
        self.assertEqual(result.path_to(6), [1, 2, 4, 6])
        self.assertEqual(result.path_to(1), [1])
        self.assertEqual(result.parent[4], 2)  # first discovered wins

    def test_unreachable_node_has_no_distance_or_path(self):
        result = bfs(GRAPH, 1)
        self.assertNotIn(7, result.distance)
        self.assertIsNone(result.path_to(7))

    def test_terminates_on_cycles_and_enqueues_each_node_once(self):
        cycle = {"a": ["b", "c"], "b": ["c", "a"], "c": ["a", "b"]}
        self.assertEqual(bfs(cycle, "a").order, ["a", "b", "c"])

    def test_directed_edges_are_followed_one_way(self):
        result = bfs({"a": ["b"], "b": []}, "b")
        self.assertEqual(result.order, ["b"])

    def test_a_neighbor_missing_from_the_keys_is_a_leaf(self):
        result = bfs({"a": ["b"]}, "a")
        self.assertEqual(result.distance, {"a": 0, "b": 1})

    def test_unknown_start_fails_loudly(self):
        with self.assertRaisesRegex(KeyError, "start node 99"):
            bfs(GRAPH, 99)


if __name__ == "__main__":
    unittest.main()
