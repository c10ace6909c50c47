import { describe, it, expect } from 'vitest';
import { LeaseLockService } from '../../../../src/reference/locks/lease-lock-service.ts';
import { FencedStore } from '../../../../src/reference/locks/fenced-resource.ts';

// A shared account, guarded by a lease lock with a 10-second TTL. Each client does a
// read-modify-write under the lock: read the balance, add a deposit, write it back.
const TTL_MS = 10_000;

function scenario() {
	let t = 0;
	const clock = { now: () => t, advance: (ms: number) => (t += ms) };
	const locks = new LeaseLockService({ now: clock.now, ttlMs: TTL_MS });
	return { clock, locks };
}

describe('a lock holder paused past its lease', () => {
	it('is fenced off: its late write is rejected and the newer data survives', () => {
		const { clock, locks } = scenario();
		const store = new FencedStore<number>();
		store.write('balance', 100, 0);

		// Client A takes the lock (token 1), reads 100, plans to deposit 20...
		const a = locks.acquire('account-42', 'client-a');
		if (!a.acquired) throw new Error('A should get the lock');
		const aRead = store.read('balance')!;

		// ...and stops for 15 s: a stop-the-world GC pause, longer than its 10 s lease.
		clock.advance(15_000);

		// Client B takes the expired lock (token 2), deposits 50: 100 -> 150.
		const b = locks.acquire('account-42', 'client-b');
		if (!b.acquired) throw new Error('B should get the expired lock');
		expect(b.lease.token).toBeGreaterThan(a.lease.token);
		expect(store.write('balance', store.read('balance')! + 50, b.lease.token)).toEqual({
			accepted: true,
		});

		// A wakes up, unaware, and writes 100 + 20 with its old token.
		const late = store.write('balance', aRead + 20, a.lease.token);
		expect(late).toEqual({ accepted: false, reason: 'stale-token', highestToken: 2 });
		expect(store.read('balance')).toBe(150);

		// A cannot renew (the lock is B's now), and its release cannot free B's lock.
		expect(locks.renew(a.lease)).toEqual({ renewed: false, reason: 'not-holder' });
		expect(locks.release(a.lease)).toBe(false);
		expect(locks.holder('account-42')?.owner).toBe('client-b');
	});

	it('corrupts the data when the same scenario runs against storage without fencing', () => {
		const { clock, locks } = scenario();
		const store = new Map<string, number>([['balance', 100]]);

		const a = locks.acquire('account-42', 'client-a');
		if (!a.acquired) throw new Error('A should get the lock');
		const aRead = store.get('balance')!;
		clock.advance(15_000);

		const b = locks.acquire('account-42', 'client-b');
		if (!b.acquired) throw new Error('B should get the expired lock');
		store.set('balance', store.get('balance')! + 50);

		store.set('balance', aRead + 20); // nothing stops the late write
		// Both deposits were acknowledged, but B's 50 is gone: 120 instead of 170 or 150.
		expect(store.get('balance')).toBe(120);
	});

	it('still lets each holder write repeatedly with its own token', () => {
		const store = new FencedStore<string>();
		expect(store.write('doc', 'v1', 7).accepted).toBe(true);
		expect(store.write('doc', 'v2', 7).accepted).toBe(true);
		expect(store.write('doc', 'v3', 9).accepted).toBe(true);
		expect(store.write('doc', 'v4', 8)).toEqual({
			accepted: false,
			reason: 'stale-token',
			highestToken: 9,
		});
		expect(store.read('doc')).toBe('v3');
		expect(store.highestToken('doc')).toBe(9);
	});

	it('keeps tokens per key, so a fresh key accepts any token', () => {
		const store = new FencedStore<string>();
		store.write('a', 'x', 50);
		expect(store.write('b', 'y', 3).accepted).toBe(true);
	});
});
