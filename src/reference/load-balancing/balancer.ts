/**
 * The contract every load-balancing strategy in this folder implements.
 *
 * A balancer owns no sockets: it only answers "which backend gets the next
 * request?" and, for strategies that track load, hears when a request ends.
 */

/** One upstream server the balancer can route to. */
export interface Backend {
	/** Stable name, such as "app-1" or "10.0.0.7:8080". */
	readonly id: string;
	/** Relative capacity; only weighted strategies read it. Must be a positive integer. */
	readonly weight: number;
	/** Flipped by health checks; unhealthy backends are never picked. */
	healthy: boolean;
}

/** A strategy that chooses a backend per request. */
export interface Balancer {
	/**
	 * Chooses the backend for the next request.
	 * Returns undefined when no backend is healthy, so the caller can fail fast (HTTP 503).
	 */
	pick(): Backend | undefined;
	/**
	 * Reports that a request sent to `backend` has finished.
	 * Stateless strategies ignore it; load-aware ones decrement their counters.
	 */
	release(backend: Backend): void;
}

/**
 * Builds a backend list from ids, all healthy, with weight 1 unless given.
 * @param specs ids, or [id, weight] pairs
 */
export function makeBackends(specs: ReadonlyArray<string | readonly [string, number]>): Backend[] {
	return specs.map((spec) => {
		const [id, weight] = typeof spec === 'string' ? [spec, 1] : spec;
		// A zero or fractional weight would silently break the weighted arithmetic.
		if (!Number.isInteger(weight) || weight < 1) {
			throw new RangeError(`Backend ${id}: weight must be a positive integer, got ${weight}`);
		}
		return { id, weight, healthy: true };
	});
}
