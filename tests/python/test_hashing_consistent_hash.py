import unittest

from hashing.consistent_hash import ConsistentHashRing, hash32

KEYS = [f"user:{i}" for i in range(5_000)]


def ring_of(*nodes):
    ring = ConsistentHashRing()
    for node in nodes:
        ring.add_node(node)
    return ring


class Hash32Test(unittest.TestCase):
    def test_matches_the_typescript_hash_exactly(self):
        # Values printed by src/reference/hashing/consistent-hash-ring.ts,
        # including characters outside ASCII and outside the BMP, which
        # TypeScript hashes as two UTF-16 code units.
        expected = {
            "": 2872998923,
            "user:42": 599759890,
            "node-a#0": 1805241932,
            "node-a#1": 2081258128,
            "\u00e9": 3136788073,
            "\u65e5\u672c": 236567117,
            "\U0001F600": 1787143206,
            "\ud800": 1463727854,  # a lone surrogate, one code unit
        }
        for text, value in expected.items():
            self.assertEqual(hash32(text), value, text)


class ConsistentHashRingTest(unittest.TestCase):
    def test_places_keys_exactly_as_the_typescript_ring(self):
        ring = ring_of("cache-a", "cache-b", "cache-c")
        expected = {
            "user:1": "cache-b",
            "user:2": "cache-b",
            "user:3": "cache-c",
            "user:4": "cache-b",
            "user:5": "cache-a",
            "user:6": "cache-a",
            "order:9": "cache-b",
        }
        for key, node in expected.items():
            self.assertEqual(ring.get_node(key), node, key)

    def test_adding_a_node_moves_keys_only_to_that_node(self):
        before = ring_of("a", "b", "c")
        after = ring_of("a", "b", "c", "d")
        moved = [k for k in KEYS if before.get_node(k) != after.get_node(k)]
        self.assertTrue(all(after.get_node(k) == "d" for k in moved))
        # About a quarter should move; far from the ~75% of hash mod n.
        self.assertGreater(len(moved), len(KEYS) * 0.15)
        self.assertLess(len(moved), len(KEYS) * 0.35)

    def test_removing_a_node_moves_only_its_keys(self):
        ring = ring_of("a", "b", "c")
        owner = {k: ring.get_node(k) for k in KEYS}
        ring.remove_node("b")
        for key in KEYS:
            if owner[key] != "b":
                self.assertEqual(ring.get_node(key), owner[key])
            else:
                self.assertIn(ring.get_node(key), ("a", "c"))
        self.assertEqual(ring.nodes, ["a", "c"])

    def test_virtual_nodes_spread_load_evenly(self):
        ring = ring_of("a", "b", "c", "d")
        counts = {}
        for key in KEYS:
            counts[ring.get_node(key)] = counts.get(ring.get_node(key), 0) + 1
        for node, count in counts.items():
            self.assertGreater(count, len(KEYS) / 4 * 0.75, node)
            self.assertLess(count, len(KEYS) / 4 * 1.25, node)

    def test_order_of_adding_nodes_does_not_matter(self):
        one, two = ring_of("a", "b", "c"), ring_of("c", "a", "b")
        self.assertTrue(all(one.get_node(k) == two.get_node(k) for k in KEYS))

    def test_preference_list_is_distinct_and_starts_at_the_owner(self):
        ring = ring_of("cache-a", "cache-b", "cache-c")
        self.assertEqual(
            ring.get_nodes("user:42", 3), ["cache-a", "cache-b", "cache-c"]
        )
        replicas = ring.get_nodes("user:7", 2)
        self.assertEqual(replicas[0], ring.get_node("user:7"))
        self.assertEqual(len(set(replicas)), 2)
        self.assertEqual(len(ring.get_nodes("user:7", 10)), 3)

    def test_empty_ring_and_bad_settings(self):
        ring = ConsistentHashRing()
        self.assertIsNone(ring.get_node("k"))
        self.assertEqual(ring.get_nodes("k", 2), [])
        with self.assertRaisesRegex(ValueError, "vnodes_per_node must be"):
            ConsistentHashRing(0)


if __name__ == "__main__":
    unittest.main()
