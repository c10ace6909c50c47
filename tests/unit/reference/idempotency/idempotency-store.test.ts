import { describe, it, expect } from 'vitest';
import { IdempotencyStore } from '../../../../src/reference/idempotency/idempotency-store.ts';
import { manualClock } from '../../support/manual-clock.ts';

const HOUR = 60 * 60 * 1000;

describe('IdempotencyStore', () => {
	it('claims a new key, reports it in flight, then replays the stored response', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		expect(store.begin('k1', 'fp')).toBe('started');
		expect(store.begin('k1', 'fp')).toBe('in-flight');
		store.complete('k1', 'charged ch_1');
		expect(store.begin('k1', 'fp')).toEqual({ replay: 'charged ch_1' });
		expect(store.begin('k1', 'fp')).toEqual({ replay: 'charged ch_1' });
	});

	it('reports a mismatch when the key is reused with a different payload', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		store.begin('k1', 'amount=100');
		expect(store.begin('k1', 'amount=200')).toBe('mismatch');
		store.complete('k1', 'ok');
		expect(store.begin('k1', 'amount=200')).toBe('mismatch');
		expect(store.begin('k1', 'amount=100')).toEqual({ replay: 'ok' });
	});

	it('releases a failed key so a retry can run the work again', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		store.begin('k1', 'fp');
		store.fail('k1');
		expect(store.begin('k1', 'fp')).toBe('started');
	});

	it('forgets completed keys after the TTL (24 hours by default)', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now });
		store.begin('k1', 'fp');
		store.complete('k1', 'ok');
		clock.set(24 * HOUR - 1);
		expect(store.begin('k1', 'fp')).toEqual({ replay: 'ok' });
		clock.set(24 * HOUR);
		expect(store.begin('k1', 'fp')).toBe('started');
	});

	it('expires an abandoned in-flight claim after the lease, so a crashed worker does not block the key', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, leaseMs: 30_000 });
		store.begin('k1', 'fp');
		clock.set(29_999);
		expect(store.begin('k1', 'fp')).toBe('in-flight');
		clock.set(30_000);
		expect(store.begin('k1', 'fp')).toBe('started');
	});

	it('refuses to complete a key that is not in flight', () => {
		const store = new IdempotencyStore<string>({ now: () => 0 });
		expect(() => store.complete('never-begun', 'x')).toThrow(/not in flight/);
		store.begin('k1', 'fp');
		store.complete('k1', 'x');
		expect(() => store.complete('k1', 'y')).toThrow(/not in flight/);
		expect(store.begin('k1', 'fp')).toEqual({ replay: 'x' });
	});

	it('drops expired keys from its size', () => {
		const clock = manualClock();
		const store = new IdempotencyStore<string>({ now: clock.now, ttlMs: 1_000 });
		store.begin('a', 'fp');
		store.complete('a', 'ok');
		store.begin('b', 'fp');
		expect(store.size()).toBe(2);
		clock.set(1_000);
		expect(store.size()).toBe(1);
	});
});
