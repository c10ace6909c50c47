import type { Backend, Balancer } from './balancer.ts';

/**
 * Least connections: send each request to the healthy backend with the fewest
 * requests in flight.
 *
 * It adapts to slow requests and slow servers that round robin cannot see, at
 * the price of state: every pick must be paired with a `release` when the
 * request ends, or the counters drift and the backend looks busier forever.
 */
export class LeastConnectionsBalancer implements Balancer {
	private readonly backends: readonly Backend[];
	/** In-flight request count per backend id. */
	private readonly active = new Map<string, number>();

	/** @param backends the pool; its `healthy` flags are read on every pick */
	constructor(backends: readonly Backend[]) {
		this.backends = backends;
		for (const backend of backends) this.active.set(backend.id, 0);
	}

	/** Picks the least-loaded healthy backend and counts the new request against it. */
	pick(): Backend | undefined {
		let best: Backend | undefined;
		let bestLoad = Infinity;
		for (const backend of this.backends) {
			if (!backend.healthy) continue;
			const load = this.inFlight(backend);
			// Strict "<" sends ties to the earliest backend in the list.
			if (load < bestLoad) {
				best = backend;
				bestLoad = load;
			}
		}
		if (best !== undefined) this.active.set(best.id, bestLoad + 1);
		return best;
	}

	/** Marks one request to `backend` as finished. */
	release(backend: Backend): void {
		const load = this.inFlight(backend);
		// Never go negative: a double release is a caller bug, not a reason to corrupt state.
		this.active.set(backend.id, Math.max(0, load - 1));
	}

	/** Current number of requests in flight to `backend`. */
	inFlight(backend: Backend): number {
		return this.active.get(backend.id) ?? 0;
	}
}
