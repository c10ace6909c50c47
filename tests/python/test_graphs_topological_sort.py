import unittest

from graphs.topological_sort import CycleError, topological_sort


class TopologicalSortTest(unittest.TestCase):
    def assert_respects_edges(self, graph, order):
        position = {node: i for i, node in enumerate(order)}
        for node, targets in graph.items():
            for target in targets:
                self.assertLess(position[node], position[target])

    def test_orders_every_edge_and_keeps_isolated_nodes(self):
        graph = {
            "schema": ["backfill", "api"],
            "backfill": ["cleanup"],
            "api": ["cleanup"],
            "docs": [],
        }
        order = topological_sort(graph)
        self.assertEqual(
            order, ["schema", "docs", "backfill", "api", "cleanup"]
        )
        self.assert_respects_edges(graph, order)

    def test_includes_nodes_that_only_appear_as_targets(self):
        self.assertEqual(topological_sort({"a": ["b"]}), ["a", "b"])

    def test_names_a_cycle_in_edge_order(self):
        graph = {"start": ["a"], "a": ["b"], "b": ["c"], "c": ["a", "end"]}
        with self.assertRaises(CycleError) as caught:
            topological_sort(graph)
        cycle = caught.exception.cycle
        self.assertEqual(cycle[0], cycle[-1])
        self.assertEqual(set(cycle), {"a", "b", "c"})
        for node, following in zip(cycle, cycle[1:]):
            self.assertIn(following, graph[node])
        self.assertRegex(str(caught.exception), r"dependency cycle: \w+ -> ")

    def test_a_self_loop_is_a_cycle(self):
        with self.assertRaises(CycleError) as caught:
            topological_sort({"a": ["a"]})
        self.assertEqual(caught.exception.cycle, ["a", "a"])

    def test_a_long_chain_does_not_recurse(self):
        graph = {i: [i + 1] for i in range(100_000)}
        self.assertEqual(topological_sort(graph), list(range(100_001)))


if __name__ == "__main__":
    unittest.main()
