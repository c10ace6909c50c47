import type { Backend, Balancer } from './balancer.ts';

/**
 * Smooth weighted round robin, the algorithm NGINX uses for `upstream` weights.
 *
 * Naive weighted round robin with weights 5,1,1 sends five requests in a row to
 * the heavy backend. The smooth variant interleaves them (a a b a c a a) while
 * keeping the exact 5:1:1 ratio over every cycle of 7 picks.
 *
 * Each pick: every healthy backend's `current` grows by its weight; the largest
 * `current` wins and pays back the total weight. The sum of `current` stays 0.
 */
export class SmoothWeightedBalancer implements Balancer {
	private readonly backends: readonly Backend[];
	/** Running score per backend id; starts at 0 for everyone. */
	private readonly current = new Map<string, number>();

	/** @param backends the pool; weights are read from each backend */
	constructor(backends: readonly Backend[]) {
		this.backends = backends;
		for (const backend of backends) this.current.set(backend.id, 0);
	}

	/** Returns the healthy backend with the highest running score, or undefined. */
	pick(): Backend | undefined {
		let best: Backend | undefined;
		let bestScore = -Infinity;
		let totalWeight = 0;
		for (const backend of this.backends) {
			// Unhealthy backends neither earn score nor count toward the total.
			if (!backend.healthy) continue;
			const score = (this.current.get(backend.id) ?? 0) + backend.weight;
			this.current.set(backend.id, score);
			totalWeight += backend.weight;
			// Strict ">" breaks ties in list order, which keeps the sequence deterministic.
			if (score > bestScore) {
				best = backend;
				bestScore = score;
			}
		}
		if (best === undefined) return undefined;
		this.current.set(best.id, bestScore - totalWeight);
		return best;
	}

	/** Weights are static, so finishing a request changes nothing. */
	release(_backend: Backend): void {}
}
