import { describe, it, expect } from 'vitest';
import {
	ReplayCache,
	signWebhook,
	verifyWebhook,
	verifyWebhookOnce,
} from '../../../../src/reference/security/webhook-signature.ts';

const SECRET = 'whsec_test_secret';
const BODY = '{"id":"evt_1","type":"payment.succeeded","amount":1999}';
const T = 1_767_225_600; // 2026-01-01T00:00:00Z

describe('verifyWebhook', () => {
	it('accepts a delivery signed with the shared secret', () => {
		const header = signWebhook(SECRET, T, BODY);
		const decision = verifyWebhook({ secrets: [SECRET], header, body: BODY, nowSeconds: T + 2 });
		expect(decision).toMatchObject({ ok: true, timestamp: T });
	});

	it('signs exactly `timestamp.body` with HMAC-SHA256', () => {
		// Known answer computed independently: printf '1767225600.{}' | openssl dgst -sha256 -hmac k
		expect(signWebhook('k', T, '{}')).toBe(
			`t=${String(T)},v1=fed6131b41a6ecb5f059cee4c80c7df319ff6fa75d64b59110157107b6b6fbed`,
		);
	});

	it('rejects a tampered body', () => {
		const header = signWebhook(SECRET, T, BODY);
		const tampered = BODY.replace('1999', '1');
		expect(verifyWebhook({ secrets: [SECRET], header, body: tampered, nowSeconds: T })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
	});

	it('rejects a body that was parsed and re-serialized', () => {
		const header = signWebhook(SECRET, T, BODY);
		const reserialized = JSON.stringify(JSON.parse(BODY), null, 2);
		expect(verifyWebhook({ secrets: [SECRET], header, body: reserialized, nowSeconds: T })).toEqual(
			{ ok: false, reason: 'bad-signature' },
		);
	});

	it('rejects a signature made with another secret', () => {
		const header = signWebhook('whsec_attacker', T, BODY);
		expect(verifyWebhook({ secrets: [SECRET], header, body: BODY, nowSeconds: T })).toEqual({
			ok: false,
			reason: 'bad-signature',
		});
	});

	it('rejects a timestamp moved forward to dodge the tolerance', () => {
		const header = signWebhook(SECRET, T, BODY);
		const moved = header.replace(`t=${String(T)}`, `t=${String(T + 3600)}`);
		expect(
			verifyWebhook({ secrets: [SECRET], header: moved, body: BODY, nowSeconds: T + 3600 }),
		).toEqual({ ok: false, reason: 'bad-signature' });
	});

	it('rejects a genuine delivery replayed after the tolerance', () => {
		const header = signWebhook(SECRET, T, BODY);
		expect(
			verifyWebhook({ secrets: [SECRET], header, body: BODY, nowSeconds: T + 300 }),
		).toMatchObject({ ok: true });
		expect(verifyWebhook({ secrets: [SECRET], header, body: BODY, nowSeconds: T + 301 })).toEqual({
			ok: false,
			reason: 'stale-timestamp',
		});
	});

	it('rejects a timestamp too far in the future as well', () => {
		const header = signWebhook(SECRET, T + 600, BODY);
		expect(verifyWebhook({ secrets: [SECRET], header, body: BODY, nowSeconds: T })).toEqual({
			ok: false,
			reason: 'stale-timestamp',
		});
	});

	it('honors a custom tolerance', () => {
		const header = signWebhook(SECRET, T, BODY);
		const input = { secrets: [SECRET], header, body: BODY, nowSeconds: T + 61 };
		expect(verifyWebhook({ ...input, toleranceSeconds: 60 })).toEqual({
			ok: false,
			reason: 'stale-timestamp',
		});
	});

	it('accepts either secret during a rotation, and several v1 signatures', () => {
		const oldHeader = signWebhook('whsec_old', T, BODY);
		expect(
			verifyWebhook({
				secrets: ['whsec_new', 'whsec_old'],
				header: oldHeader,
				body: BODY,
				nowSeconds: T,
			}),
		).toMatchObject({ ok: true });
		const both = `${signWebhook('whsec_new', T, BODY)},v1=${'0'.repeat(64)}`;
		expect(
			verifyWebhook({ secrets: ['whsec_new'], header: both, body: BODY, nowSeconds: T }),
		).toMatchObject({
			ok: true,
		});
	});

	it('rejects malformed headers', () => {
		for (const header of [
			'',
			'garbage',
			`t=${String(T)}`,
			'v1=abc',
			`t=soon,v1=${'a'.repeat(64)}`,
			`t=${String(T)},t=${String(T + 1)},v1=${'a'.repeat(64)}`,
		]) {
			expect(verifyWebhook({ secrets: [SECRET], header, body: BODY, nowSeconds: T })).toEqual({
				ok: false,
				reason: 'malformed-header',
			});
		}
	});
});

describe('verifyWebhookOnce', () => {
	it('rejects a second copy of an accepted delivery inside the tolerance', () => {
		const cache = new ReplayCache();
		const header = signWebhook(SECRET, T, BODY);
		const input = { secrets: [SECRET], header, body: BODY, nowSeconds: T + 1 };
		expect(verifyWebhookOnce(input, cache)).toMatchObject({ ok: true });
		expect(verifyWebhookOnce({ ...input, nowSeconds: T + 100 }, cache)).toEqual({
			ok: false,
			reason: 'replayed',
		});
	});

	it('refuses a cache that would forget deliveries before the verifier stops accepting them', () => {
		const header = signWebhook(SECRET, T, BODY);
		const input = { secrets: [SECRET], header, body: BODY, nowSeconds: T, toleranceSeconds: 600 };
		expect(() => verifyWebhookOnce(input, new ReplayCache(300))).toThrow(/new ReplayCache\(600\)/);
		expect(verifyWebhookOnce(input, new ReplayCache(600))).toMatchObject({ ok: true });
	});

	it('remembers a future-stamped delivery until its own timestamp plus the tolerance', () => {
		const cache = new ReplayCache(300);
		const header = signWebhook(SECRET, T + 300, BODY);
		const input = { secrets: [SECRET], header, body: BODY, nowSeconds: T };
		expect(verifyWebhookOnce(input, cache)).toMatchObject({ ok: true });
		// 500 s after arrival, still inside t + 300: a replay must be caught, not forgotten.
		expect(verifyWebhookOnce({ ...input, nowSeconds: T + 500 }, cache)).toEqual({
			ok: false,
			reason: 'replayed',
		});
	});

	it('forgets deliveries once they are too old to pass the timestamp check', () => {
		const cache = new ReplayCache(300);
		const first = signWebhook(SECRET, T, BODY);
		verifyWebhookOnce({ secrets: [SECRET], header: first, body: BODY, nowSeconds: T }, cache);
		expect(cache.size).toBe(1);
		const later = signWebhook(SECRET, T + 400, BODY);
		verifyWebhookOnce({ secrets: [SECRET], header: later, body: BODY, nowSeconds: T + 400 }, cache);
		expect(cache.size).toBe(1);
	});
});
