// A hit counter: hits per key (page views, API calls per client) recorded from many threads at
// once. counts.merge(key, 1, Integer::sum) on a plain HashMap reads, adds and writes without a
// lock: two threads lose a hit, and a resize during a concurrent put can drop whole entries. An
// interviewer probes whether you guard the map (here with synchronized) and knows the library
// answer: ConcurrentHashMap with merge, or a LongAdder per key for very hot counters.
package example;

import java.util.HashMap;
import java.util.Map;

/** A map from key to hit count that is safe for concurrent use. */
public final class HitCounter {
	private final Map<String, Integer> counts = new HashMap<>();

	/** Adds one hit for {@code key} and returns its new count. */
	public synchronized int record(String key) {
		return counts.merge(key, 1, Integer::sum);
	}

	/** The hits recorded for {@code key} so far (0 for a key never seen). */
	public synchronized int count(String key) {
		return counts.getOrDefault(key, 0);
	}
}
