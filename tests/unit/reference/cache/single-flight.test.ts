import { describe, it, expect } from 'vitest';
import { SingleFlight } from '../../../../src/reference/cache/single-flight.ts';
import { CountingStore } from '../../../../src/reference/cache/store.ts';

/** A cache-aside read whose misses go through a single flight when one is given. */
function makeReader(db: CountingStore<string>, flight?: SingleFlight<string | undefined>) {
	const cache = new Map<string, string>();
	const load = async (key: string): Promise<string | undefined> => {
		const value = await db.read(key);
		if (value !== undefined) cache.set(key, value);
		return value;
	};
	return (key: string): Promise<string | undefined> => {
		const cached = cache.get(key);
		if (cached !== undefined) return Promise.resolve(cached);
		return flight ? flight.do(key, () => load(key)) : load(key);
	};
}

describe('SingleFlight', () => {
	it('turns 100 concurrent misses on one key into one database read', async () => {
		const db = new CountingStore([['home:feed', 'rendered']]);
		const read = makeReader(db, new SingleFlight());
		const results = await Promise.all(Array.from({ length: 100 }, () => read('home:feed')));
		expect(db.reads).toBe(1);
		expect(new Set(results)).toEqual(new Set(['rendered']));
	});

	it('without it, the same 100 misses stampede the database', async () => {
		const db = new CountingStore([['home:feed', 'rendered']]);
		const read = makeReader(db);
		await Promise.all(Array.from({ length: 100 }, () => read('home:feed')));
		expect(db.reads).toBe(100);
	});

	it('coalesces per key, not globally', async () => {
		const db = new CountingStore([
			['a', '1'],
			['b', '2'],
		]);
		const read = makeReader(db, new SingleFlight());
		await Promise.all([read('a'), read('b'), read('a'), read('b')]);
		expect(db.reads).toBe(2);
	});

	it('shares a failure with every waiter, then lets the next call retry', async () => {
		const flight = new SingleFlight<string>();
		let calls = 0;
		const failing = async (): Promise<string> => {
			calls += 1;
			await Promise.resolve();
			throw new Error('database timeout');
		};
		const waiters = Array.from({ length: 5 }, () => flight.do('k', failing));
		const outcomes = await Promise.allSettled(waiters);
		expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
		expect(calls).toBe(1);
		expect(flight.size).toBe(0);
		await expect(flight.do('k', () => Promise.resolve('recovered'))).resolves.toBe('recovered');
	});

	it('does not cache results: a call after the flight lands loads again', async () => {
		const flight = new SingleFlight<number>();
		let loads = 0;
		const load = (): Promise<number> => Promise.resolve(++loads);
		expect(await flight.do('k', load)).toBe(1);
		expect(await flight.do('k', load)).toBe(2);
	});
});
