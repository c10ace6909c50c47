import { describe, it, expect } from 'vitest';
import { CountingStore, type Store } from '../../../../src/reference/cache/store.ts';
import { CacheAside } from '../../../../src/reference/cache/cache-aside.ts';
import { ReadThroughCache } from '../../../../src/reference/cache/read-through.ts';
import { WriteThroughCache } from '../../../../src/reference/cache/write-through.ts';
import { WriteAroundCache } from '../../../../src/reference/cache/write-around.ts';
import { WriteBackCache } from '../../../../src/reference/cache/write-back.ts';

/** A promise plus the function that resolves it: a gate a test opens by hand. */
function gate(): { opened: Promise<void>; open: () => void } {
	let open = (): void => {};
	const opened = new Promise<void>((resolve) => {
		open = resolve;
	});
	return { opened, open };
}

/** Lets every queued microtask run, so paused operations reach their gate. */
async function settle(): Promise<void> {
	for (let i = 0; i < 10; i++) await Promise.resolve();
}

/**
 * Wraps a store so that chosen operations pause AFTER touching the database,
 * before returning to the caller: the moment a real process gets descheduled.
 */
class PausingStore<V> implements Store<V> {
	readonly pauseAfterWriteOf = new Map<V, Promise<void>>();
	pauseNextReadUntil: Promise<void> | undefined;
	constructor(private readonly inner: CountingStore<V>) {}

	async read(key: string): Promise<V | undefined> {
		const value = await this.inner.read(key);
		const pause = this.pauseNextReadUntil;
		this.pauseNextReadUntil = undefined;
		if (pause) await pause;
		return value;
	}

	async write(key: string, value: V): Promise<void> {
		await this.inner.write(key, value);
		const pause = this.pauseAfterWriteOf.get(value);
		if (pause) await pause;
	}
}

describe('write-through', () => {
	it('serves the new value from the cache right after a write', async () => {
		const db = new CountingStore([['price', 10]]);
		const cache = new WriteThroughCache(db, new Map());
		await cache.put('price', 12);
		expect(db.peek('price')).toBe(12);
		expect(await cache.get('price')).toBe(12);
		expect(db.reads).toBe(0);
	});
});

describe('write-around', () => {
	it('misses on the next read, then loads the new value', async () => {
		const db = new CountingStore([['price', 10]]);
		const cache = new WriteAroundCache(db, new Map());
		expect(await cache.get('price')).toBe(10);
		expect(db.reads).toBe(1);
		await cache.put('price', 12);
		expect(await cache.get('price')).toBe(12);
		expect(db.reads).toBe(2);
		// The reload is cached again, so the third read is a hit.
		await cache.get('price');
		expect(db.reads).toBe(2);
	});
});

describe('write-back', () => {
	it('leaves the database stale until flush, then writes once per key', async () => {
		const db = new CountingStore([['views', 0]]);
		const cache = new WriteBackCache(db, new Map());
		for (let views = 1; views <= 5; views++) await cache.put('views', views);
		expect(await cache.get('views')).toBe(5);
		expect(db.peek('views')).toBe(0);
		expect(cache.pendingWrites).toBe(1);
		expect(await cache.flush()).toBe(1);
		expect(db.peek('views')).toBe(5);
		// Five writes to one key collapsed into one database write.
		expect(db.writes).toBe(1);
	});

	it('loses acknowledged writes when the cache crashes before flush', async () => {
		const db = new CountingStore([['balance', 100]]);
		const memory = new Map<string, number>();
		const cache = new WriteBackCache(db, memory);
		await cache.put('balance', 40);
		memory.clear(); // the cache node dies; its RAM is gone
		expect(await cache.flush()).toBe(0);
		expect(db.peek('balance')).toBe(100);
		expect(await new WriteBackCache(db, new Map()).get('balance')).toBe(100);
	});
});

describe('read-through', () => {
	it('loads through the cache, and serves stale data until invalidated', async () => {
		const db = new CountingStore([['name', 'Ada']]);
		const cache = new ReadThroughCache(db, new Map());
		expect(await cache.get('name')).toBe('Ada');
		await db.write('name', 'Grace'); // a writer that bypasses the cache
		expect(await cache.get('name')).toBe('Ada');
		cache.invalidate('name');
		expect(await cache.get('name')).toBe('Grace');
		expect(db.reads).toBe(2);
	});
});

describe('cache-aside', () => {
	it('reads the database once, then hits the cache', async () => {
		const db = new CountingStore([['user:1', 'Ada']]);
		const cache = new CacheAside(db, new Map());
		await cache.get('user:1');
		await cache.get('user:1');
		expect(db.reads).toBe(1);
	});

	it('with update-instead-of-delete, two racing writers leave a stale value cached', async () => {
		const inner = new CountingStore([['stock', 5]]);
		const db = new PausingStore(inner);
		const cache = new CacheAside(db, new Map(), 'update');
		const writerA = gate();
		db.pauseAfterWriteOf.set(4, writerA.opened);

		// A commits 4 to the database, then stalls before updating the cache.
		const a = cache.put('stock', 4);
		await settle();
		// B commits 3 and updates the cache to 3.
		await cache.put('stock', 3);
		// A wakes up and overwrites the cache with its older value.
		writerA.open();
		await a;

		expect(inner.peek('stock')).toBe(3);
		expect(await cache.get('stock')).toBe(4); // stale until TTL or the next write
	});

	it('with delete-on-write, the same interleaving ends with a fresh read', async () => {
		const inner = new CountingStore([['stock', 5]]);
		const db = new PausingStore(inner);
		const cache = new CacheAside(db, new Map(), 'delete');
		const writerA = gate();
		db.pauseAfterWriteOf.set(4, writerA.opened);

		const a = cache.put('stock', 4);
		await settle();
		await cache.put('stock', 3);
		writerA.open();
		await a;

		expect(await cache.get('stock')).toBe(3);
	});

	it('with delete-on-write, a slow reader can still put an old value back', async () => {
		const inner = new CountingStore([['stock', 5]]);
		const db = new PausingStore(inner);
		const cache = new CacheAside(db, new Map(), 'delete');
		const reader = gate();
		db.pauseNextReadUntil = reader.opened;

		// The reader misses and reads 5, then stalls before filling the cache.
		const read = cache.get('stock');
		await settle();
		// A writer commits 4 and deletes the (still empty) cache entry.
		await cache.put('stock', 4);
		// The reader resumes and caches the value it read before the write.
		reader.open();
		expect(await read).toBe(5);

		expect(inner.peek('stock')).toBe(4);
		expect(await cache.get('stock')).toBe(5); // why TTLs and leases still matter
	});
});
