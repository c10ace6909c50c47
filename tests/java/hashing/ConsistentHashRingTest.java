package hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsistentHashRingTest {
  private static ConsistentHashRing ringOf(String... nodes) {
    ConsistentHashRing ring = new ConsistentHashRing(160);
    for (String node : nodes) {
      ring.addNode(node);
    }
    return ring;
  }

  // Values printed by src/reference/hashing/consistent-hash-ring.ts (hash32).
  @Test
  void hashMatchesTheTypeScriptVersion() {
    assertEquals(2872998923L, ConsistentHashRing.hash32(""));
    assertEquals(444641715L, ConsistentHashRing.hash32("a"));
    assertEquals(1805241932L, ConsistentHashRing.hash32("node-a#0"));
    assertEquals(2081258128L, ConsistentHashRing.hash32("node-a#1"));
    assertEquals(599759890L, ConsistentHashRing.hash32("user:42"));
    assertEquals(4058945773L, ConsistentHashRing.hash32("\u00e9\u2603"));
  }

  // Owners printed by the TypeScript ring with the same three nodes and 160 points each.
  @Test
  void placesKeysOnTheSameNodesAsTheTypeScriptVersion() {
    ConsistentHashRing ring = ringOf("node-a", "node-b", "node-c");
    assertEquals("node-b", ring.nodeFor("user:1"));
    assertEquals("node-a", ring.nodeFor("user:4"));
    assertEquals("node-c", ring.nodeFor("order:99"));
    assertEquals(List.of("node-b", "node-a"), ring.nodesFor("user:2", 2));
    assertEquals(List.of("node-a", "node-b"), ring.nodesFor("user:5", 2));
  }

  @Test
  void addingANodeMovesKeysOnlyToTheNewNode() {
    ConsistentHashRing ring = ringOf("node-a", "node-b", "node-c");
    Map<String, String> before = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      before.put("key-" + i, ring.nodeFor("key-" + i));
    }
    ring.addNode("node-d");
    int moved = 0;
    for (Map.Entry<String, String> entry : before.entrySet()) {
      String now = ring.nodeFor(entry.getKey());
      if (!now.equals(entry.getValue())) {
        assertEquals("node-d", now, entry.getKey() + " moved between old nodes");
        moved++;
      }
    }
    // About a quarter should move to the fourth node; allow a wide margin.
    assertTrue(moved > 1_500 && moved < 3_500, moved + " keys moved");
  }

  @Test
  void removingANodeHandsItsKeysToTheOthersAndNoOneElse() {
    ConsistentHashRing ring = ringOf("node-a", "node-b", "node-c");
    Map<String, String> before = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      before.put("key-" + i, ring.nodeFor("key-" + i));
    }
    ring.removeNode("node-b");
    before.forEach((key, owner) -> {
      if (!owner.equals("node-b")) {
        assertEquals(owner, ring.nodeFor(key), key);
      }
    });
    assertEquals(List.of("node-a", "node-c"), ring.nodes());
  }

  @Test
  void replicaListsAreDistinctAndAnEmptyRingOwnsNothing() {
    ConsistentHashRing ring = ringOf("node-a", "node-b");
    assertEquals(2, ring.nodesFor("k", 5).size());
    ConsistentHashRing empty = new ConsistentHashRing(8);
    assertNull(empty.nodeFor("k"));
    assertEquals(List.of(), empty.nodesFor("k", 2));
  }
}
