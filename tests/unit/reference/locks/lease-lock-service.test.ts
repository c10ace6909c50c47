import { describe, it, expect } from 'vitest';
import {
	LeaseLockService,
	type Lease,
} from '../../../../src/reference/locks/lease-lock-service.ts';

function manualClock(start = 0) {
	let t = start;
	return {
		now: () => t,
		advance: (ms: number) => {
			t += ms;
		},
	};
}

function acquireOrFail(service: LeaseLockService, resource: string, owner: string): Lease {
	const result = service.acquire(resource, owner);
	if (!result.acquired) throw new Error(`${owner} expected to acquire ${resource}`);
	return result.lease;
}

describe('LeaseLockService', () => {
	it('grants one holder at a time and tells others when to retry', () => {
		const clock = manualClock();
		const locks = new LeaseLockService({ now: clock.now, ttlMs: 10_000 });
		acquireOrFail(locks, 'invoice-run', 'worker-a');
		clock.advance(4_000);
		expect(locks.acquire('invoice-run', 'worker-b')).toEqual({
			acquired: false,
			holder: 'worker-a',
			retryAfterMs: 6_000,
		});
	});

	it('issues strictly increasing fencing tokens across grants and resources', () => {
		const clock = manualClock();
		const locks = new LeaseLockService({ now: clock.now, ttlMs: 1_000 });
		const tokens: number[] = [];
		for (let round = 0; round < 5; round++) {
			tokens.push(acquireOrFail(locks, 'a', `owner-${round}`).token);
			tokens.push(acquireOrFail(locks, 'b', `owner-${round}`).token);
			clock.advance(1_000); // both leases lapse
		}
		for (let i = 1; i < tokens.length; i++) expect(tokens[i]).toBeGreaterThan(tokens[i - 1]!);
	});

	it('returns the same lease, same token, when the holder asks again', () => {
		const clock = manualClock();
		const locks = new LeaseLockService({ now: clock.now, ttlMs: 1_000 });
		const first = acquireOrFail(locks, 'r', 'a');
		expect(acquireOrFail(locks, 'r', 'a')).toEqual(first);
	});

	it('renews a live lease and keeps its token', () => {
		const clock = manualClock();
		const locks = new LeaseLockService({ now: clock.now, ttlMs: 10_000 });
		const lease = acquireOrFail(locks, 'r', 'a');
		clock.advance(9_000);
		const renewed = locks.renew(lease);
		expect(renewed).toEqual({
			renewed: true,
			lease: { ...lease, expiresAtMs: 19_000 },
		});
		clock.advance(9_000); // 18,000: alive only because of the renewal
		expect(locks.holder('r')?.owner).toBe('a');
	});

	it('refuses to renew an expired lease even when nobody else took the lock', () => {
		const clock = manualClock();
		const locks = new LeaseLockService({ now: clock.now, ttlMs: 10_000 });
		const lease = acquireOrFail(locks, 'r', 'a');
		clock.advance(10_000);
		expect(locks.holder('r')).toBeUndefined();
		expect(locks.renew(lease)).toEqual({ renewed: false, reason: 'expired' });
		// Re-acquiring is allowed, with a new token the resource can tell apart.
		expect(acquireOrFail(locks, 'r', 'a').token).toBeGreaterThan(lease.token);
	});

	it('lets only the current holder release, so a late release cannot free the next lock', () => {
		const clock = manualClock();
		const locks = new LeaseLockService({ now: clock.now, ttlMs: 5_000 });
		const old = acquireOrFail(locks, 'r', 'a');
		clock.advance(6_000);
		const next = acquireOrFail(locks, 'r', 'b');
		expect(locks.release(old)).toBe(false);
		expect(locks.holder('r')).toEqual(next);
		expect(locks.release({ ...next, owner: 'impostor' })).toBe(false);
		expect(locks.release(next)).toBe(true);
		expect(locks.holder('r')).toBeUndefined();
	});

	it('elects one leader at a time; leadership moves only after the lease lapses', () => {
		const clock = manualClock();
		const locks = new LeaseLockService({ now: clock.now, ttlMs: 3_000 });
		const candidates = ['n1', 'n2', 'n3'];
		const terms: { leader: string; token: number }[] = [];
		let alive = new Set(candidates);
		for (let second = 0; second < 30; second++) {
			if (second === 10) alive = new Set(['n2', 'n3']); // n1 crashes and stops renewing
			if (second === 20) alive = new Set(['n3']);
			for (const node of candidates) {
				if (!alive.has(node)) continue;
				const result = locks.acquire('leader', node);
				if (result.acquired && terms.at(-1)?.token !== result.lease.token) {
					terms.push({ leader: node, token: result.lease.token });
				}
				if (result.acquired) locks.renew(result.lease);
			}
			const leaders = candidates.filter((n) => locks.holder('leader')?.owner === n);
			expect(leaders.length).toBeLessThanOrEqual(1);
			clock.advance(1_000);
		}
		expect(terms.map((t) => t.leader)).toEqual(['n1', 'n2', 'n3']);
		expect(terms.map((t) => t.token)).toEqual([1, 2, 3]);
	});

	it('rejects a non-positive ttl, naming the option', () => {
		expect(() => new LeaseLockService({ now: () => 0, ttlMs: 0 })).toThrow(/ttlMs must be/);
	});
});
