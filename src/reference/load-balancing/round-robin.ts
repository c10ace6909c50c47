import type { Backend, Balancer } from './balancer.ts';

/**
 * Plain round robin: hand requests to backends in a fixed rotation.
 *
 * It ignores load and weight, which is fine when backends are identical and
 * requests cost about the same, and wrong when either is not.
 */
export class RoundRobinBalancer implements Balancer {
	private readonly backends: readonly Backend[];
	/** Index of the backend to try first on the next pick. */
	private cursor = 0;

	/** @param backends the pool; its `healthy` flags are read on every pick */
	constructor(backends: readonly Backend[]) {
		this.backends = backends;
	}

	/** Returns the next healthy backend in rotation, or undefined if none is healthy. */
	pick(): Backend | undefined {
		const count = this.backends.length;
		// At most one full lap: if every backend is down we stop instead of spinning.
		for (let tried = 0; tried < count; tried++) {
			const index = (this.cursor + tried) % count;
			const backend = this.backends[index];
			if (backend?.healthy) {
				// Resume after the chosen backend, so a skipped one does not shift the rotation.
				this.cursor = (index + 1) % count;
				return backend;
			}
		}
		return undefined;
	}

	/** Round robin keeps no per-request state, so there is nothing to release. */
	release(_backend: Backend): void {}
}
