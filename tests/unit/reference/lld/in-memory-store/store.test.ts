import { describe, it, expect } from 'vitest';
import { KeyValueStore } from '../../../../../src/reference/lld/in-memory-store/store.ts';
import { sizeOf, WrongTypeError } from '../../../../../src/reference/lld/in-memory-store/value.ts';
import { manualClock } from '../../../support/manual-clock.ts';
import { seededRandom } from '../../../support/seeded-random.ts';

const str = (value: string) => ({ type: 'string', value }) as const;

describe('KeyValueStore', () => {
	it('expires a key lazily on the first read after its TTL', () => {
		const clock = manualClock(1_000);
		const store = new KeyValueStore({ now: clock.now });
		store.set('session', str('abc'), 500);
		clock.advance(499);
		expect(store.get('session')).toEqual(str('abc'));
		expect(store.ttl('session')).toBe(1);
		clock.advance(1);
		expect(store.size).toBe(1); // still held until something looks at it
		expect(store.get('session')).toBeUndefined();
		expect(store.size).toBe(0);
	});

	it('evicts the least recently used key at the entry capacity, counting reads as use', () => {
		const store = new KeyValueStore({ maxEntries: 2 });
		store.set('a', str('1'));
		store.set('b', str('2'));
		store.get('a');
		store.set('c', str('3'));
		expect(store.get('b')).toBeUndefined();
		expect(store.get('a')).toEqual(str('1'));
		expect(store.get('c')).toEqual(str('3'));
	});

	it('evicts by bytes until the new value fits, and refuses a value larger than the cap', () => {
		const one = sizeOf('k1', str('x'.repeat(10)));
		const store = new KeyValueStore({ maxBytes: one * 2 });
		store.set('k1', str('x'.repeat(10)));
		store.set('k2', str('y'.repeat(10)));
		store.set('k3', str('z'.repeat(10)));
		expect(store.get('k1')).toBeUndefined();
		expect(store.bytes).toBe(one * 2);
		expect(() => store.set('big', str('x'.repeat(1_000)))).toThrow(/more than maxBytes/);
	});

	it('sweeps expired keys nobody reads, sampling like Redis and repeating while over 25%', () => {
		const clock = manualClock(0);
		const store = new KeyValueStore({ now: clock.now, random: seededRandom(7) });
		for (let i = 0; i < 100; i++) store.set(`tmp:${i}`, str('v'), 1_000);
		for (let i = 0; i < 100; i++) store.set(`keep:${i}`, str('v'), 60_000);
		clock.advance(1_000);
		const first = store.sweepExpired();
		expect(first.sampled).toBeGreaterThan(20); // half the sample expired, so it went again
		expect(first.expired).toBeGreaterThan(0);
		while (store.sweepExpired().expired > 0);
		expect(store.size).toBeLessThan(200 - first.expired); // later sweeps reclaimed more, unread
		// Sampling is probabilistic: some expired keys may remain, but reads never see them.
		for (let i = 0; i < 100; i++) expect(store.get(`tmp:${i}`)).toBeUndefined();
		expect(store.size).toBe(100);
	});

	it('lets exactly one of two writers that read the same version win compare-and-set', () => {
		const store = new KeyValueStore();
		store.set('seat:12A', str('free'));
		const seen = store.version('seat:12A');
		expect(store.compareAndSet('seat:12A', seen, str('alice'))).toBe(true);
		expect(store.compareAndSet('seat:12A', seen, str('bob'))).toBe(false);
		expect(store.get('seat:12A')).toEqual(str('alice'));
		expect(store.compareAndSet('new', 0, str('first'))).toBe(true);
	});

	it('applies a batch whole, or not at all when a watched key changed or a type is wrong', () => {
		const store = new KeyValueStore();
		store.set('from', { type: 'integer', value: 100 });
		store.set('to', { type: 'integer', value: 0 });
		store.set('name', str('x'));
		const watch = { from: store.version('from') };
		const transfer = [
			{ op: 'incr', key: 'from', by: -30 },
			{ op: 'incr', key: 'to', by: 30 },
		] as const;
		expect(store.exec(transfer, watch)).toEqual([70, 30]);
		expect(store.exec(transfer, watch)).toBeNull(); // 'from' changed: nothing applied
		expect(() =>
			store.exec([
				{ op: 'incr', key: 'to', by: 1 },
				{ op: 'incr', key: 'name', by: 1 },
			]),
		).toThrow(WrongTypeError);
		expect(store.get('to')).toEqual({ type: 'integer', value: 30 });
	});

	it('checks TTLs and sizes before the first write, so a refused batch leaves nothing applied', () => {
		const store = new KeyValueStore({ maxBytes: 200 });
		store.set('a', str('old'));
		expect(() =>
			store.exec([
				{ op: 'set', key: 'a', value: str('new') },
				{ op: 'set', key: 'b', value: str('x'), ttlMs: 0 },
			]),
		).toThrow('"b": ttlMs must be > 0, got 0');
		expect(() =>
			store.exec([
				{ op: 'set', key: 'a', value: str('new') },
				{ op: 'set', key: 'big', value: str('x'.repeat(500)) },
			]),
		).toThrow(/"big" needs \d+ bytes, more than maxBytes 200/);
		expect(store.get('a')).toEqual(str('old'));
		expect(store.size).toBe(1);
	});

	it('stops sweeping when a quarter or fewer of a sample expired, and goes again above that', () => {
		// random() near 1 always picks the last key with a TTL; the expired keys are set last.
		const last = () => 0.999_999;
		const fill = (expiring: number) => {
			const clock = manualClock(0);
			const store = new KeyValueStore({ now: clock.now, random: last });
			for (let i = 0; i < 20 - expiring; i++) store.set(`keep:${i}`, str('v'), 60_000);
			for (let i = 0; i < expiring; i++) store.set(`tmp:${i}`, str('v'), 1_000);
			clock.advance(1_000);
			return store;
		};
		// 5 of 20 is exactly 25%: one round, then stop.
		expect(fill(5).sweepExpired()).toEqual({ sampled: 20, expired: 5 });
		// 6 of 20 is 30%: a second round samples the 14 keys left and finds none expired.
		expect(fill(6).sweepExpired()).toEqual({ sampled: 34, expired: 6 });
	});

	it('keeps a TTL through incr and names both types on a wrong-type command', () => {
		const clock = manualClock(0);
		const store = new KeyValueStore({ now: clock.now });
		store.set('hits', { type: 'integer', value: 1 }, 1_000);
		clock.advance(400);
		expect(store.incr('hits')).toBe(2);
		expect(store.ttl('hits')).toBe(600);
		expect(() => store.incr('missing-type', 1)).not.toThrow();
		store.set('name', str('x'));
		expect(() => store.incr('name')).toThrow(
			'key "name" holds type string; this command needs integer',
		);
	});

	it('restores a snapshot with the remaining TTLs and the same eviction order', () => {
		const clock = manualClock(0);
		const store = new KeyValueStore({ now: clock.now, maxEntries: 3 });
		store.set('a', str('1'), 10_000);
		store.set('b', str('2'));
		store.set('c', str('3'));
		store.get('a');
		clock.advance(4_000);
		const copy = new KeyValueStore({ now: clock.now, maxEntries: 3 });
		copy.restore(store.snapshot());
		expect(copy.ttl('a')).toBe(6_000);
		copy.set('d', str('4'));
		expect(copy.get('b')).toBeUndefined(); // b was the least recently used in the original
	});
});
