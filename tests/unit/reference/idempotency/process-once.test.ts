import { describe, it, expect } from 'vitest';
import { manualClock } from '../../support/manual-clock.ts';
import { IdempotencyStore } from '../../../../src/reference/idempotency/idempotency-store.ts';
import {
	NothingHappenedError,
	processOnce,
	requestFingerprint,
	type ApiResponse,
	type IdempotentOperation,
} from '../../../../src/reference/idempotency/process-once.ts';

// A fake card network: by default every `charge` is a real charge (it does not deduplicate,
// so the tests prove what the store guarantees on its own), and it yields to the event loop
// several times, like a network call would, so concurrent attempts interleave. `lookup` finds
// a charge by the key it was made with, as a reconciliation query would. With `deduplicates`,
// a charge with a key already used returns the first charge, as Stripe's idempotency keys do.
function fakeCardNetwork({ deduplicates = false } = {}) {
	const charges: { key: string; amount: number }[] = [];
	const byKey = new Map<string, ApiResponse>();
	async function charge(key: string, amount: number): Promise<ApiResponse> {
		for (let i = 0; i < 5; i++) await Promise.resolve();
		const earlier = byKey.get(key);
		if (deduplicates && earlier !== undefined) return earlier;
		charges.push({ key, amount });
		const response = { status: 201, body: { id: `ch_${charges.length}`, amount } };
		byKey.set(key, response);
		return response;
	}
	async function lookup(key: string): Promise<ApiResponse | undefined> {
		await Promise.resolve();
		return byKey.get(key);
	}
	function payment(amount: number): IdempotentOperation {
		return { execute: (key) => charge(key, amount), lookup };
	}
	return { charges, charge, lookup, payment };
}

// A promise the test resolves when it chooses, to hold an operation mid-flight.
function gate() {
	let open = () => {};
	const opened = new Promise<void>((resolve) => (open = resolve));
	return { opened, open };
}

const body = { amount: 1999, currency: 'usd', source: 'card_123' };
const fingerprint = requestFingerprint('POST', '/v1/payments', body);

describe('processOnce', () => {
	it('charges exactly once when 10 retries with the same key run concurrently', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		const outcomes = await Promise.all(
			Array.from({ length: 10 }, () =>
				processOnce(store, 'key-1', fingerprint, network.payment(body.amount)),
			),
		);
		expect(network.charges).toEqual([{ key: 'key-1', amount: 1999 }]);
		expect(outcomes.filter((o) => o.kind === 'executed')).toHaveLength(1);
		expect(outcomes.filter((o) => o.kind === 'in-flight').map((o) => o.response.status)).toEqual(
			Array(9).fill(409),
		);
	});

	it('shows the race it prevents: check-then-act across an await charges every retry', async () => {
		const network = fakeCardNetwork();
		const seen = new Map<string, ApiResponse>();
		async function naive(key: string): Promise<ApiResponse> {
			const cached = seen.get(key);
			if (cached !== undefined) return cached;
			const response = await network.charge(key, body.amount); // every attempt passed the check
			seen.set(key, response);
			return response;
		}
		await Promise.all(Array.from({ length: 10 }, () => naive('key-1')));
		expect(network.charges).toHaveLength(10);
	});

	it('replays the stored response, status and body, for a later retry', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		const first = await processOnce(store, 'key-2', fingerprint, network.payment(1999));
		const retry = await processOnce(store, 'key-2', fingerprint, network.payment(1999));
		expect(retry.kind).toBe('replayed');
		expect(retry.response).toEqual(first.response);
		expect(network.charges).toHaveLength(1);
	});

	it('answers 422 when the same key arrives with a changed payload', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		await processOnce(store, 'key-3', fingerprint, network.payment(1999));
		const changed = requestFingerprint('POST', '/v1/payments', { ...body, amount: 2999 });
		const outcome = await processOnce(store, 'key-3', changed, network.payment(2999));
		expect(outcome.kind).toBe('mismatch');
		expect(outcome.response.status).toBe(422);
		expect(network.charges).toEqual([{ key: 'key-3', amount: 1999 }]);
	});

	it('releases the key when the operation is sure nothing happened', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		const dbDown: IdempotentOperation = {
			execute: () => Promise.reject(new NothingHappenedError('db down')),
			lookup: network.lookup,
		};
		await expect(processOnce(store, 'key-4', fingerprint, dbDown)).rejects.toThrow('db down');
		const retry = await processOnce(store, 'key-4', fingerprint, network.payment(1999));
		expect(retry.kind).toBe('executed');
		expect(network.charges).toHaveLength(1);
	});

	it('stores and replays a business failure such as a declined card', async () => {
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		let attempts = 0;
		const decline: IdempotentOperation = {
			execute: () => {
				attempts++;
				return Promise.resolve({ status: 402, body: { title: 'Card declined' } });
			},
			lookup: () => Promise.resolve(undefined),
		};
		await processOnce(store, 'key-5', fingerprint, decline);
		const retry = await processOnce(store, 'key-5', fingerprint, decline);
		expect(retry.kind).toBe('replayed');
		expect(retry.response.status).toBe(402);
		expect(attempts).toBe(1);
	});

	it('records the response when the handler outlives its lease', async () => {
		const network = fakeCardNetwork();
		const clock = manualClock();
		const store = new IdempotencyStore<ApiResponse>({ now: clock.now, leaseMs: 1_000 });
		const slow: IdempotentOperation = {
			execute: async (key) => {
				const response = await network.charge(key, 1999);
				clock.set(5_000); // the card network took five times the lease
				return response;
			},
			lookup: network.lookup,
		};
		const first = await processOnce(store, 'key-6', fingerprint, slow);
		const retry = await processOnce(store, 'key-6', fingerprint, slow);
		expect(first.kind).toBe('executed');
		expect(retry).toEqual({ kind: 'replayed', response: first.response });
		expect(network.charges).toHaveLength(1);
	});

	it('holds the key when the outcome is unknown, so a retry does not charge again', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		const responseLost: IdempotentOperation = {
			execute: async (key) => {
				await network.charge(key, 1999); // the charge lands...
				throw new Error('card network timed out'); // ...but its answer never arrives
			},
			lookup: network.lookup,
		};
		await expect(processOnce(store, 'key-7', fingerprint, responseLost)).rejects.toThrow(
			'timed out',
		);
		const retry = await processOnce(store, 'key-7', fingerprint, network.payment(1999));
		expect(retry.kind).toBe('recovered');
		expect(retry.response).toEqual({ status: 201, body: { id: 'ch_1', amount: 1999 } });
		const later = await processOnce(store, 'key-7', fingerprint, network.payment(1999));
		expect(later).toEqual({ kind: 'replayed', response: retry.response });
		expect(network.charges).toHaveLength(1);
	});

	it('charges on recovery when the lookup finds that the earlier attempt never reached the network', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		const lostOnTheWay: IdempotentOperation = {
			execute: () => Promise.reject(new Error('connection reset')),
			lookup: network.lookup,
		};
		await expect(processOnce(store, 'key-8', fingerprint, lostOnTheWay)).rejects.toThrow();
		const retry = await processOnce(store, 'key-8', fingerprint, network.payment(1999));
		expect(retry.kind).toBe('executed');
		expect(network.charges).toHaveLength(1);
	});

	it('never frees the key when recording the response fails', async () => {
		const network = fakeCardNetwork();
		const clock = manualClock();
		class FlakyStore extends IdempotencyStore<ApiResponse> {
			failNextWrite = true;
			override complete(key: string, token: number, response: ApiResponse): boolean {
				if (this.failNextWrite) {
					this.failNextWrite = false;
					throw new Error('database unavailable');
				}
				return super.complete(key, token, response);
			}
		}
		const store = new FlakyStore({ now: clock.now, leaseMs: 1_000 });
		await expect(processOnce(store, 'key-9', fingerprint, network.payment(1999))).rejects.toThrow(
			'database unavailable',
		);
		const early = await processOnce(store, 'key-9', fingerprint, network.payment(1999));
		expect(early.kind).toBe('in-flight');
		clock.set(1_000);
		const recovered = await processOnce(store, 'key-9', fingerprint, network.payment(1999));
		expect(recovered.kind).toBe('recovered');
		expect(network.charges).toHaveLength(1);
	});

	it('fences a worker that finishes after its key was taken over', async () => {
		const network = fakeCardNetwork();
		const clock = manualClock();
		const store = new IdempotencyStore<ApiResponse>({ now: clock.now, leaseMs: 1_000 });
		const hold = gate();
		const stalled: IdempotentOperation = {
			execute: async (key) => {
				const response = await network.charge(key, 1999);
				await hold.opened; // a long garbage-collection pause after the charge
				return { ...response, body: 'written by the stale worker' };
			},
			lookup: network.lookup,
		};
		const first = processOnce(store, 'key-10', fingerprint, stalled);
		while (network.charges.length === 0) await Promise.resolve();
		clock.set(1_000);
		const takeover = await processOnce(store, 'key-10', fingerprint, network.payment(1999));
		hold.open();
		const stale = await first;
		expect(takeover.kind).toBe('recovered');
		expect(stale.kind).toBe('superseded');
		expect(stale.response.status).toBe(409);
		const retry = await processOnce(store, 'key-10', fingerprint, network.payment(1999));
		expect(retry).toEqual({ kind: 'replayed', response: takeover.response });
		expect(network.charges).toHaveLength(1);
	});

	// The one race the store cannot close alone: the lease runs out while the first attempt is
	// still on its way to the network, so the takeover's lookup finds nothing and it charges.
	async function takeoverBeforeTheStalledCharge(deduplicates: boolean) {
		const network = fakeCardNetwork({ deduplicates });
		const clock = manualClock();
		const store = new IdempotencyStore<ApiResponse>({ now: clock.now, leaseMs: 1_000 });
		const hold = gate();
		const stalled: IdempotentOperation = {
			execute: async (key) => {
				await hold.opened; // paused before the charge request leaves the process
				return network.charge(key, 1999);
			},
			lookup: network.lookup,
		};
		const first = processOnce(store, 'key-11', fingerprint, stalled);
		clock.set(1_000);
		const takeover = await processOnce(store, 'key-11', fingerprint, network.payment(1999));
		hold.open();
		const stale = await first;
		const retry = await processOnce(store, 'key-11', fingerprint, network.payment(1999));
		return { network, takeover, stale, retry };
	}

	it('charges once when a takeover races a stalled attempt, because the key goes to the network', async () => {
		const { network, takeover, stale, retry } = await takeoverBeforeTheStalledCharge(true);
		expect(takeover.kind).toBe('executed');
		expect(stale.kind).toBe('superseded');
		expect(retry).toEqual({ kind: 'replayed', response: takeover.response });
		expect(network.charges).toHaveLength(1);
	});

	it('charges twice in that race against a network that ignores the key', async () => {
		const { network, takeover, stale } = await takeoverBeforeTheStalledCharge(false);
		expect(takeover.kind).toBe('executed');
		expect(stale.kind).toBe('superseded');
		expect(network.charges).toHaveLength(2);
	});

	it('keeps a recovered key held when the retry fails before charging, since the earlier attempt may still charge', async () => {
		const network = fakeCardNetwork();
		const clock = manualClock();
		const store = new IdempotencyStore<ApiResponse>({ now: clock.now, leaseMs: 1_000 });
		const hold = gate();
		const stalled: IdempotentOperation = {
			execute: async (key) => {
				await hold.opened;
				return network.charge(key, 1999);
			},
			lookup: network.lookup,
		};
		const dbDown: IdempotentOperation = {
			execute: () => Promise.reject(new NothingHappenedError('db down')),
			lookup: network.lookup,
		};
		const first = processOnce(store, 'key-12', fingerprint, stalled);
		clock.set(1_000);
		// The takeover's lookup finds nothing yet, and its own attempt never starts.
		await expect(processOnce(store, 'key-12', fingerprint, dbDown)).rejects.toThrow('db down');
		hold.open();
		expect((await first).kind).toBe('superseded'); // the stalled attempt charged after all
		const retry = await processOnce(store, 'key-12', fingerprint, network.payment(1999));
		expect(retry.kind).toBe('recovered');
		expect(network.charges).toHaveLength(1);
	});
});

describe('requestFingerprint', () => {
	it('ignores key order but not values', () => {
		const a = requestFingerprint('post', '/v1/payments', { amount: 1, meta: { x: 1, y: [2, 3] } });
		const b = requestFingerprint('POST', '/v1/payments', { meta: { y: [2, 3], x: 1 }, amount: 1 });
		const c = requestFingerprint('POST', '/v1/payments', { amount: 2, meta: { x: 1, y: [2, 3] } });
		expect(a).toBe(b);
		expect(a).not.toBe(c);
	});
});
