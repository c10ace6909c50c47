import math
import unittest

from graphs.dijkstra import dijkstra


class DijkstraTest(unittest.TestCase):
    def test_prefers_a_cheaper_longer_route(self):
        graph = {
            "a": [("b", 7), ("c", 2)],
            "b": [("d", 1)],
            "c": [("b", 3), ("d", 8)],
            "d": [],
        }
        paths = dijkstra(graph, "a")
        self.assertEqual(paths.distance, {"a": 0, "b": 5, "c": 2, "d": 6})
        self.assertEqual(paths.path_to("d"), ["a", "c", "b", "d"])
        self.assertEqual(paths.path_to("a"), ["a"])

    def test_skips_stale_heap_entries(self):
        # "t" is pushed at cost 10 first, then improved to 3; the stale
        # entry must not overwrite the better distance or its parent.
        graph = {"s": [("t", 10), ("m", 1)], "m": [("t", 2)], "t": []}
        paths = dijkstra(graph, "s")
        self.assertEqual(paths.distance["t"], 3)
        self.assertEqual(paths.previous["t"], "m")

    def test_unreachable_target_has_no_path(self):
        paths = dijkstra({"a": [("b", 1)], "b": [], "z": []}, "a")
        self.assertIsNone(paths.path_to("z"))
        self.assertNotIn("z", paths.distance)

    def test_zero_weights_and_unorderable_nodes_are_fine(self):
        a, b, c = object(), object(), object()
        paths = dijkstra({a: [(b, 0), (c, 0)], b: [(c, 0)], c: []}, a)
        self.assertEqual(paths.distance[c], 0)

    def test_matches_brute_force_on_a_grid(self):
        # Moving right costs 1 and down costs 2 on a 6 x 6 grid, so the
        # cheapest cost to (r, c) is c + 2r.
        n = 6
        graph = {
            (r, c): [((r, c + 1), 1)] * (c + 1 < n)
            + [((r + 1, c), 2)] * (r + 1 < n)
            for r in range(n)
            for c in range(n)
        }
        paths = dijkstra(graph, (0, 0))
        for (r, c), cost in paths.distance.items():
            self.assertEqual(cost, c + 2 * r)
        self.assertEqual(len(paths.path_to((n - 1, n - 1))), 2 * n - 1)

    def test_refuses_negative_and_non_finite_weights(self):
        with self.assertRaisesRegex(ValueError, r"'a' -> 'b' has weight -1"):
            dijkstra({"a": [("b", -1)], "b": []}, "a")
        with self.assertRaisesRegex(ValueError, "weight nan"):
            dijkstra({"a": [("b", math.nan)], "b": []}, "a")

    def test_unknown_source_fails_loudly(self):
        with self.assertRaisesRegex(KeyError, "source node 'x'"):
            dijkstra({"a": []}, "x")


if __name__ == "__main__":
    unittest.main()
