import { describe, it, expect } from 'vitest';
import { Mutex } from '../../../../src/reference/concurrency/async-mutex.ts';
import { Semaphore } from '../../../../src/reference/concurrency/semaphore.ts';
import { settle, state } from './helpers.ts';

// The mutex and a one-permit semaphore must behave the same way when a waiter gives up.
const locks = [
	{ name: 'Mutex', make: () => new Mutex('m') },
	{ name: 'Semaphore(1)', make: () => new Semaphore(1) },
];

describe.each(locks)('$name acquire with an AbortSignal', ({ make }) => {
	it('rejects a waiter whose signal aborts, and never hands it the lock', async () => {
		const lock = make();
		const holder = await lock.acquire();
		const controller = new AbortController();
		const waiter = lock.acquire({ signal: controller.signal });
		const outcome = waiter.catch((error: unknown) => error);
		expect(lock.waiting).toBe(1);
		controller.abort();
		await settle();
		expect(await state(waiter)).toBe('rejected');
		expect(await outcome).toMatchObject({ name: 'AbortError' });
		expect(lock.waiting).toBe(0);
		holder();
		// The lock is free again, not held forever by a waiter that left.
		const next = lock.tryAcquire();
		expect(next).toBeTypeOf('function');
	});

	it('skips a departed waiter and hands the lock to the next one in line', async () => {
		const lock = make();
		const holder = await lock.acquire();
		const controller = new AbortController();
		const departed = lock.acquire({ signal: controller.signal });
		const patient = lock.acquire();
		controller.abort();
		holder();
		await expect(departed).rejects.toThrow();
		const releasePatient = await patient;
		expect(lock.tryAcquire()).toBeUndefined();
		releasePatient();
		expect(lock.tryAcquire()).toBeTypeOf('function');
	});

	it('never grants a waiter whose abort is being dispatched when the holder releases', async () => {
		const lock = make();
		const controller = new AbortController();
		const holder = await lock.acquire();
		// One request-scoped signal: the holder's cleanup listens to it too, and was registered
		// first, so it releases the lock before the waiter's own abort listener has run.
		controller.signal.addEventListener('abort', () => holder());
		const departed = lock.acquire({ signal: controller.signal });
		const patient = lock.acquire();
		controller.abort();
		await expect(departed).rejects.toMatchObject({ name: 'AbortError' });
		const releasePatient = await patient;
		expect(lock.tryAcquire()).toBeUndefined();
		releasePatient();
		expect(lock.tryAcquire()).toBeTypeOf('function');
	});

	it('rejects at once when the signal is already aborted, even if the lock is free', async () => {
		const lock = make();
		await expect(lock.acquire({ signal: AbortSignal.abort() })).rejects.toMatchObject({
			name: 'AbortError',
		});
		expect(lock.tryAcquire()).toBeTypeOf('function');
	});

	it('gives up after a timeout with AbortSignal.timeout', async () => {
		const lock = make();
		const holder = await lock.acquire();
		await expect(lock.acquire({ signal: AbortSignal.timeout(5) })).rejects.toMatchObject({
			name: 'TimeoutError',
		});
		holder();
		expect(lock.tryAcquire()).toBeTypeOf('function');
	});

	it('ignores an abort that comes after the lock was granted', async () => {
		const lock = make();
		const holder = await lock.acquire();
		const controller = new AbortController();
		const waiter = lock.acquire({ signal: controller.signal });
		holder();
		const release = await waiter;
		controller.abort();
		await settle();
		expect(lock.tryAcquire()).toBeUndefined();
		const third = lock.acquire();
		await settle();
		expect(await state(third)).toBe('pending');
		release();
		expect(await state(third)).toBe('fulfilled');
	});
});
