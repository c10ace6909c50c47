import { describe, it, expect } from 'vitest';
import { makeBackends, type Balancer } from '../../../../src/reference/load-balancing/balancer.ts';
import { RoundRobinBalancer } from '../../../../src/reference/load-balancing/round-robin.ts';
import { SmoothWeightedBalancer } from '../../../../src/reference/load-balancing/smooth-weighted-round-robin.ts';
import { LeastConnectionsBalancer } from '../../../../src/reference/load-balancing/least-connections.ts';
import { PowerOfTwoChoicesBalancer } from '../../../../src/reference/load-balancing/power-of-two-choices.ts';
import { seededRandom } from '../../support/seeded-random.ts';

/** Picks `n` times and returns the chosen ids ("-" when nothing was healthy). */
function picks(balancer: Balancer, n: number): string[] {
	return Array.from({ length: n }, () => balancer.pick()?.id ?? '-');
}

function longestRun(sequence: readonly string[]): number {
	let longest = 0;
	let run = 0;
	sequence.forEach((id, i) => {
		run = i > 0 && sequence[i - 1] === id ? run + 1 : 1;
		longest = Math.max(longest, run);
	});
	return longest;
}

describe('makeBackends', () => {
	it('rejects weights that would break weighted arithmetic', () => {
		expect(() => makeBackends([['a', 0]])).toThrow(RangeError);
		expect(() => makeBackends([['a', 1.5]])).toThrow(/positive integer/);
	});
});

describe('RoundRobinBalancer', () => {
	it('cycles through backends in order', () => {
		const balancer = new RoundRobinBalancer(makeBackends(['a', 'b', 'c']));
		expect(picks(balancer, 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
	});

	it('skips an unhealthy backend and resumes it when it recovers', () => {
		const backends = makeBackends(['a', 'b', 'c']);
		const balancer = new RoundRobinBalancer(backends);
		backends[1]!.healthy = false;
		expect(picks(balancer, 4)).toEqual(['a', 'c', 'a', 'c']);
		backends[1]!.healthy = true;
		expect(picks(balancer, 3)).toEqual(['a', 'b', 'c']);
	});

	it('returns undefined instead of looping when every backend is down', () => {
		const backends = makeBackends(['a', 'b']);
		for (const backend of backends) backend.healthy = false;
		expect(new RoundRobinBalancer(backends).pick()).toBeUndefined();
	});
});

describe('SmoothWeightedBalancer', () => {
	it('produces the NGINX interleaving for weights 5, 1, 1', () => {
		const balancer = new SmoothWeightedBalancer(
			makeBackends([
				['a', 5],
				['b', 1],
				['c', 1],
			]),
		);
		expect(picks(balancer, 7)).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
	});

	it('never sends five in a row to the heavy backend, yet keeps the exact ratio', () => {
		const balancer = new SmoothWeightedBalancer(
			makeBackends([
				['a', 5],
				['b', 1],
				['c', 1],
			]),
		);
		const sequence = picks(balancer, 70);
		// Across cycle boundaries the heavy backend may run 4 long (a a | a a), never 5.
		expect(longestRun(sequence)).toBeLessThan(5);
		const counts = { a: 0, b: 0, c: 0 } as Record<string, number>;
		for (const id of sequence) counts[id] = (counts[id] ?? 0) + 1;
		expect(counts).toEqual({ a: 50, b: 10, c: 10 });
	});

	it('redistributes a down backend share over the healthy ones', () => {
		const backends = makeBackends([
			['a', 2],
			['b', 1],
			['c', 1],
		]);
		const balancer = new SmoothWeightedBalancer(backends);
		backends[0]!.healthy = false;
		const sequence = picks(balancer, 10);
		expect(sequence).not.toContain('a');
		expect(sequence.filter((id) => id === 'b')).toHaveLength(5);
	});
});

describe('LeastConnectionsBalancer', () => {
	it('sends the next request to the least loaded backend', () => {
		const backends = makeBackends(['a', 'b', 'c']);
		const balancer = new LeastConnectionsBalancer(backends);
		// Three slow requests land one per backend.
		expect(picks(balancer, 3)).toEqual(['a', 'b', 'c']);
		// b and c finish; a is still busy, so the next two avoid it.
		balancer.release(backends[1]!);
		balancer.release(backends[2]!);
		expect(picks(balancer, 2)).toEqual(['b', 'c']);
		expect(balancer.inFlight(backends[0]!)).toBe(1);
	});

	it('skips unhealthy backends even when they are idle', () => {
		const backends = makeBackends(['a', 'b']);
		const balancer = new LeastConnectionsBalancer(backends);
		balancer.pick();
		backends[1]!.healthy = false;
		expect(balancer.pick()?.id).toBe('a');
	});

	it('does not go negative on a double release', () => {
		const backends = makeBackends(['a', 'b']);
		const balancer = new LeastConnectionsBalancer(backends);
		balancer.release(backends[0]!);
		balancer.release(backends[0]!);
		balancer.pick();
		expect(balancer.inFlight(backends[0]!)).toBe(1);
	});
});

describe('PowerOfTwoChoicesBalancer', () => {
	it('picks the less loaded of the two sampled backends', () => {
		const backends = makeBackends(['a', 'b', 'c']);
		// Draws: first index 0 of 3 (a), then index 0 of the other two (b).
		const draws = [0.0, 0.0, 0.0, 0.0];
		const balancer = new PowerOfTwoChoicesBalancer(backends, () => draws.shift() ?? 0);
		expect(balancer.pick()?.id).toBe('a');
		// Same two samples again: a now has one request in flight, so b wins.
		expect(balancer.pick()?.id).toBe('b');
	});

	it('never samples the same backend twice or an unhealthy one', () => {
		const backends = makeBackends(['a', 'b', 'c', 'd']);
		backends[3]!.healthy = false;
		const balancer = new PowerOfTwoChoicesBalancer(backends, seededRandom(42));
		const sequence = picks(balancer, 300);
		expect(sequence).not.toContain('d');
		expect(new Set(sequence)).toEqual(new Set(['a', 'b', 'c']));
	});

	it('keeps in-flight counts within two of each other with a seeded random', () => {
		const backends = makeBackends(['a', 'b', 'c', 'd', 'e']);
		const balancer = new PowerOfTwoChoicesBalancer(backends, seededRandom(7));
		picks(balancer, 500);
		const loads = backends.map((backend) => balancer.inFlight(backend));
		expect(loads.reduce((sum, load) => sum + load, 0)).toBe(500);
		expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
	});

	it('uses the only healthy backend and returns undefined when none is left', () => {
		const backends = makeBackends(['a', 'b']);
		const balancer = new PowerOfTwoChoicesBalancer(backends, seededRandom(1));
		backends[0]!.healthy = false;
		expect(balancer.pick()?.id).toBe('b');
		backends[1]!.healthy = false;
		expect(balancer.pick()).toBeUndefined();
	});
});
