import { describe, it, expect } from 'vitest';
import { IdempotencyStore } from '../../../../src/reference/idempotency/idempotency-store.ts';
import {
	processOnce,
	requestFingerprint,
	type ApiResponse,
} from '../../../../src/reference/idempotency/process-once.ts';

// A fake card network: every call is a real charge, and it yields to the event loop
// several times, like a network call would, so concurrent attempts interleave.
function fakeCardNetwork() {
	const charges: number[] = [];
	async function charge(amount: number): Promise<ApiResponse> {
		for (let i = 0; i < 5; i++) await Promise.resolve();
		charges.push(amount);
		return { status: 201, body: { id: `ch_${charges.length}`, amount } };
	}
	return { charges, charge };
}

const body = { amount: 1999, currency: 'usd', source: 'card_123' };
const fingerprint = requestFingerprint('POST', '/v1/payments', body);

describe('processOnce', () => {
	it('charges exactly once when 10 retries with the same key run concurrently', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		const outcomes = await Promise.all(
			Array.from({ length: 10 }, () =>
				processOnce(store, 'key-1', fingerprint, () => network.charge(body.amount)),
			),
		);
		expect(network.charges).toEqual([1999]);
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
			const response = await network.charge(body.amount); // every attempt passed the check
			seen.set(key, response);
			return response;
		}
		await Promise.all(Array.from({ length: 10 }, () => naive('key-1')));
		expect(network.charges).toHaveLength(10);
	});

	it('replays the stored response, status and body, for a later retry', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		const first = await processOnce(store, 'key-2', fingerprint, () => network.charge(1999));
		const retry = await processOnce(store, 'key-2', fingerprint, () => network.charge(1999));
		expect(retry.kind).toBe('replayed');
		expect(retry.response).toEqual(first.response);
		expect(network.charges).toHaveLength(1);
	});

	it('answers 422 when the same key arrives with a changed payload', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		await processOnce(store, 'key-3', fingerprint, () => network.charge(1999));
		const changed = requestFingerprint('POST', '/v1/payments', { ...body, amount: 2999 });
		const outcome = await processOnce(store, 'key-3', changed, () => network.charge(2999));
		expect(outcome.kind).toBe('mismatch');
		expect(outcome.response.status).toBe(422);
		expect(network.charges).toEqual([1999]);
	});

	it('releases the key when the handler throws before any side effect', async () => {
		const network = fakeCardNetwork();
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		await expect(
			processOnce(store, 'key-4', fingerprint, () => Promise.reject(new Error('db down'))),
		).rejects.toThrow('db down');
		const retry = await processOnce(store, 'key-4', fingerprint, () => network.charge(1999));
		expect(retry.kind).toBe('executed');
		expect(network.charges).toHaveLength(1);
	});

	it('stores and replays a business failure such as a declined card', async () => {
		const store = new IdempotencyStore<ApiResponse>({ now: () => 0 });
		let attempts = 0;
		const decline = (): Promise<ApiResponse> => {
			attempts++;
			return Promise.resolve({ status: 402, body: { title: 'Card declined' } });
		};
		await processOnce(store, 'key-5', fingerprint, decline);
		const retry = await processOnce(store, 'key-5', fingerprint, decline);
		expect(retry.kind).toBe('replayed');
		expect(retry.response.status).toBe(402);
		expect(attempts).toBe(1);
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
