import type { Backend, Balancer } from './balancer.ts';

/**
 * Power of two choices: sample two distinct healthy backends at random and send
 * the request to the one with fewer requests in flight.
 *
 * It gets most of the benefit of least connections without scanning every
 * backend, and without the herd effect where many balancers with slightly stale
 * counts all pile onto the same "least loaded" server. Envoy's LEAST_REQUEST
 * and HAProxy's `balance random(2)` work this way.
 */
export class PowerOfTwoChoicesBalancer implements Balancer {
	private readonly backends: readonly Backend[];
	/** Returns a float in [0, 1); injected so tests and simulations are reproducible. */
	private readonly random: () => number;
	/** In-flight request count per backend id. */
	private readonly active = new Map<string, number>();

	/**
	 * @param backends the pool; its `healthy` flags are read on every pick
	 * @param random uniform source in [0, 1), for example a seeded PRNG
	 */
	constructor(backends: readonly Backend[], random: () => number) {
		this.backends = backends;
		this.random = random;
		for (const backend of backends) this.active.set(backend.id, 0);
	}

	/** Picks the less loaded of two random healthy backends and counts the request. */
	pick(): Backend | undefined {
		const healthy = this.backends.filter((backend) => backend.healthy);
		if (healthy.length <= 1) return this.count(healthy[0]);
		const firstIndex = this.randomIndex(healthy.length);
		// Draw the second from the other n-1 backends so the two choices are distinct.
		let secondIndex = this.randomIndex(healthy.length - 1);
		if (secondIndex >= firstIndex) secondIndex += 1;
		const first = healthy[firstIndex];
		const second = healthy[secondIndex];
		if (first === undefined || second === undefined) return undefined;
		// A tie goes to the first draw, which is itself random, so ties do not favor list order.
		return this.count(this.inFlight(second) < this.inFlight(first) ? second : first);
	}

	/** Marks one request to `backend` as finished. */
	release(backend: Backend): void {
		this.active.set(backend.id, Math.max(0, this.inFlight(backend) - 1));
	}

	/** Current number of requests in flight to `backend`. */
	inFlight(backend: Backend): number {
		return this.active.get(backend.id) ?? 0;
	}

	/** Records one more request in flight to `backend` and returns it. */
	private count(backend: Backend | undefined): Backend | undefined {
		if (backend !== undefined) this.active.set(backend.id, this.inFlight(backend) + 1);
		return backend;
	}

	/** Uniform integer in [0, n). */
	private randomIndex(n: number): number {
		return Math.min(n - 1, Math.floor(this.random() * n));
	}
}
