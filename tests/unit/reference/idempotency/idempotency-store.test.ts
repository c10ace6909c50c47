import { describe, it, expect } from 'vitest';
import {
	IdempotencyStore,
	type BeginResult,
} from '../../../../src/reference/idempotency/idempotency-store.ts';
import { manualClock } from '../../support/manual-clock.ts';

// The token of a claim, failing the test if `begin` did not claim.
function tokenOf(result: BeginResult<string>): number {
	if (result.kind !== 'claimed') throw new Error(`expected a claim, got ${result.kind}`);
	return result.token;
}

const HOUR = 60 * 60 * 1000;

describe('IdempotencyStore', () => {
	it('claims a new key, reports it in flight, then replays the stored response', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		const token = tokenOf(store.begin('k1', 'fp'));
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'in-flight' });
		expect(store.complete('k1', token, 'charged ch_1')).toBe(true);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'replay', response: 'charged ch_1' });
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'replay', response: 'charged ch_1' });
	});

	it('reports a mismatch when the key is reused with a different payload', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		const token = tokenOf(store.begin('k1', 'amount=100'));
		expect(store.begin('k1', 'amount=200')).toEqual({ kind: 'mismatch' });
		store.complete('k1', token, 'ok');
		expect(store.begin('k1', 'amount=200')).toEqual({ kind: 'mismatch' });
		expect(store.begin('k1', 'amount=100')).toEqual({ kind: 'replay', response: 'ok' });
	});

	it('releases a key whose owner is sure nothing happened, so a retry runs the work again', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		const token = tokenOf(store.begin('k1', 'fp'));
		expect(store.release('k1', token)).toBe(true);
		expect(store.begin('k1', 'fp')).toMatchObject({ kind: 'claimed', recovering: false });
	});

	it('gives every claim a larger fencing token than the one before', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, leaseMs: 1_000 });
		const first = tokenOf(store.begin('k1', 'fp'));
		const other = tokenOf(store.begin('k2', 'fp'));
		clock.set(1_000);
		const takeover = tokenOf(store.begin('k1', 'fp'));
		expect(other).toBeGreaterThan(first);
		expect(takeover).toBeGreaterThan(other);
	});

	it('forgets completed keys after the TTL (24 hours by default)', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now });
		store.complete('k1', tokenOf(store.begin('k1', 'fp')), 'ok');
		clock.set(24 * HOUR - 1);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'replay', response: 'ok' });
		clock.set(24 * HOUR);
		expect(store.begin('k1', 'fp')).toMatchObject({ kind: 'claimed', recovering: false });
	});

	it('lets an attempt take over an expired lease, flagged as recovering, so a crashed worker does not block the key', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, leaseMs: 30_000 });
		store.begin('k1', 'fp');
		clock.set(29_999);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'in-flight' });
		clock.set(30_000);
		expect(store.begin('k1', 'fp')).toMatchObject({ kind: 'claimed', recovering: true });
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'in-flight' });
	});

	it('lets the owner record its response after its lease ran out if nobody took over', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, leaseMs: 1_000 });
		const token = tokenOf(store.begin('k1', 'fp'));
		clock.set(5_000);
		expect(store.complete('k1', token, 'charged late')).toBe(true);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'replay', response: 'charged late' });
	});

	it("a stale owner's release cannot free a newer claimant's key", () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, leaseMs: 1_000 });
		const stale = tokenOf(store.begin('k1', 'fp'));
		clock.set(1_000);
		tokenOf(store.begin('k1', 'fp'));
		expect(store.release('k1', stale)).toBe(false);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'in-flight' });
	});

	it("a stale owner's complete cannot overwrite a newer claimant's claim", () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, leaseMs: 1_000 });
		const stale = tokenOf(store.begin('k1', 'fp'));
		clock.set(1_000);
		const current = tokenOf(store.begin('k1', 'fp'));
		expect(store.complete('k1', stale, 'from the stale worker')).toBe(false);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'in-flight' });
		expect(store.complete('k1', current, 'from the owner')).toBe(true);
		expect(store.complete('k1', stale, 'from the stale worker')).toBe(false);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'replay', response: 'from the owner' });
	});

	it('keeps a key with an unknown outcome held, and hands it to the next attempt as recovering', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		const token = tokenOf(store.begin('k1', 'fp'));
		expect(store.markUnknown('k1', token)).toBe(true);
		expect(store.release('k1', token)).toBe(false);
		expect(store.begin('k1', 'other-fp')).toEqual({ kind: 'mismatch' });
		expect(store.begin('k1', 'fp')).toMatchObject({ kind: 'claimed', recovering: true });
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'in-flight' });
	});

	it('refuses to complete a key it never claimed or already completed', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		expect(store.complete('never-begun', 1, 'x')).toBe(false);
		const token = tokenOf(store.begin('k1', 'fp'));
		expect(store.complete('k1', token, 'x')).toBe(true);
		expect(store.complete('k1', token, 'y')).toBe(false);
		expect(store.begin('k1', 'fp')).toEqual({ kind: 'replay', response: 'x' });
	});

	it('drops expired keys from its size', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, ttlMs: 1_000 });
		store.complete('a', tokenOf(store.begin('a', 'fp')), 'ok');
		clock.set(500);
		store.begin('b', 'fp');
		expect(store.size()).toBe(2);
		clock.set(1_000);
		expect(store.size()).toBe(1);
	});
});
