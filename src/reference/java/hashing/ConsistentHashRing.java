// A consistent-hash ring with virtual nodes. The hash is the TypeScript version's: 32-bit
// FNV-1a over UTF-16 code units, then the murmur3 finalizer, so both place every key on the
// same node. The probe: adding or removing a node moves only the keys on its arcs.
package hashing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Each physical node is hashed onto the ring many times; a key belongs to the next point. */
public final class ConsistentHashRing {
  private record Point(long position, String node) {}

  // Ties on position are broken by name, so the ring never depends on insertion order.
  private static final Comparator<Point> CLOCKWISE =
      Comparator.comparingLong(Point::position).thenComparing(Point::node);

  private final int vnodesPerNode;
  private final Set<String> members = new LinkedHashSet<>();
  private final List<Point> points = new ArrayList<>();

  /** More virtual nodes give a more even spread; 160 is the TypeScript version's default. */
  public ConsistentHashRing(int vnodesPerNode) {
    if (vnodesPerNode < 1) {
      throw new IllegalArgumentException("vnodesPerNode must be at least 1, got " + vnodesPerNode);
    }
    this.vnodesPerNode = vnodesPerNode;
  }

  /**
   * FNV-1a alone barely changes the high bits between "node-a#1" and "node-a#2"; the
   * finalizer spreads every input bit across the output. Java's int multiply wraps like
   * JavaScript's Math.imul, and charAt reads the same UTF-16 units as charCodeAt.
   */
  public static long hash32(String input) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < input.length(); i++) {
      hash ^= input.charAt(i);
      hash *= 0x01000193;
    }
    hash ^= hash >>> 16;
    hash *= 0x85ebca6b;
    hash ^= hash >>> 13;
    hash *= 0xc2b2ae35;
    hash ^= hash >>> 16;
    return Integer.toUnsignedLong(hash);
  }

  /** Places a node's virtual points on the ring; adding a node twice does nothing. */
  public void addNode(String node) {
    if (!members.add(node)) {
      return;
    }
    for (int v = 0; v < vnodesPerNode; v++) {
      points.add(new Point(hash32(node + "#" + v), node));
    }
    points.sort(CLOCKWISE);
  }

  /** Removes a node's points; its keys fall through to the next point clockwise. */
  public void removeNode(String node) {
    if (members.remove(node)) {
      points.removeIf(point -> point.node().equals(node));
    }
  }

  /** The physical nodes, in insertion order. */
  public List<String> nodes() {
    return List.copyOf(members);
  }

  /** The node owning {@code key}, or null when the ring is empty. */
  public String nodeFor(String key) {
    return points.isEmpty() ? null : points.get(firstPointAtOrAfter(hash32(key))).node();
  }

  /** The first {@code count} distinct nodes clockwise from the key: its replica set. */
  public List<String> nodesFor(String key, int count) {
    List<String> owners = new ArrayList<>();
    if (points.isEmpty()) {
      return owners;
    }
    int start = firstPointAtOrAfter(hash32(key));
    for (int step = 0; step < points.size() && owners.size() < count; step++) {
      String node = points.get((start + step) % points.size()).node();
      if (!owners.contains(node)) {
        owners.add(node);
      }
    }
    return owners;
  }

  // Binary search for the first point at or after the position, wrapping past the top to 0.
  private int firstPointAtOrAfter(long position) {
    int lo = 0;
    int hi = points.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (points.get(mid).position() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == points.size() ? 0 : lo;
  }
}
