import { describe, it, expect } from 'vitest';
import {
	computeSignature,
	signWebhook,
	verifyWebhook,
} from '../../../../src/reference/security/webhook-signature.ts';

const SECRET = 'whsec_test_0123456789abcdef';
const SENT_AT = 1_767_225_600;
const BODY = '{"id":"evt_1","type":"payment.succeeded","amount":4200}';

// A receiver whose clock reads `now`.
const receiverAt = (now: number, secrets: string[] = [SECRET]) => ({ secrets, now: () => now });

describe('verifyWebhook', () => {
	it('accepts a delivery signed with the shared secret', () => {
		const header = signWebhook(SECRET, SENT_AT, BODY);
		expect(header).toMatch(/^t=1767225600,v1=[0-9a-f]{64}$/);
		expect(verifyWebhook(header, BODY, receiverAt(SENT_AT + 2))).toEqual({
			ok: true,
			timestamp: SENT_AT,
		});
		expect(verifyWebhook(header, Buffer.from(BODY), receiverAt(SENT_AT)).ok).toBe(true);
	});

	it('rejects a body changed in transit, even by one character or by re-serializing', () => {
		const header = signWebhook(SECRET, SENT_AT, BODY);
		const tampered = BODY.replace('4200', '9900');
		expect(verifyWebhook(header, tampered, receiverAt(SENT_AT))).toEqual({
			ok: false,
			error: 'bad-signature',
		});
		const reserialized = JSON.stringify(JSON.parse(BODY), null, 2);
		expect(verifyWebhook(header, reserialized, receiverAt(SENT_AT)).ok).toBe(false);
	});

	it('rejects a delivery signed with another secret', () => {
		const header = signWebhook('whsec_someone_else', SENT_AT, BODY);
		expect(verifyWebhook(header, BODY, receiverAt(SENT_AT))).toEqual({
			ok: false,
			error: 'bad-signature',
		});
	});

	it('rejects a stale timestamp, and one too far in the future', () => {
		const hourOld = signWebhook(SECRET, SENT_AT - 3600, BODY);
		expect(verifyWebhook(hourOld, BODY, receiverAt(SENT_AT))).toEqual({
			ok: false,
			error: 'stale-timestamp',
		});
		const fromTheFuture = signWebhook(SECRET, SENT_AT + 3600, BODY);
		expect(verifyWebhook(fromTheFuture, BODY, receiverAt(SENT_AT)).ok).toBe(false);
	});

	it('accepts a replay inside the tolerance and refuses it outside, 300 s by default', () => {
		const captured = signWebhook(SECRET, SENT_AT, BODY);
		expect(verifyWebhook(captured, BODY, receiverAt(SENT_AT + 300)).ok).toBe(true);
		expect(verifyWebhook(captured, BODY, receiverAt(SENT_AT + 301))).toEqual({
			ok: false,
			error: 'stale-timestamp',
		});
		const strict = { ...receiverAt(SENT_AT + 61), toleranceSeconds: 60 };
		expect(verifyWebhook(captured, BODY, strict).ok).toBe(false);
	});

	it('does not let a replayer refresh the timestamp, since it is inside the MAC', () => {
		const captured = signWebhook(SECRET, SENT_AT, BODY);
		const later = SENT_AT + 3600;
		const refreshed = captured.replace(`t=${SENT_AT}`, `t=${later}`);
		expect(verifyWebhook(refreshed, BODY, receiverAt(later))).toEqual({
			ok: false,
			error: 'bad-signature',
		});
	});

	it('accepts either secret during a rotation, and any listed v1 signature', () => {
		const oldSig = computeSignature('whsec_old', SENT_AT, BODY);
		const newSig = computeSignature('whsec_new', SENT_AT, BODY);
		const header = `t=${SENT_AT},v1=${oldSig},v1=${newSig}`;
		expect(verifyWebhook(header, BODY, receiverAt(SENT_AT, ['whsec_new'])).ok).toBe(true);
		const onlyOld = signWebhook('whsec_old', SENT_AT, BODY);
		expect(verifyWebhook(onlyOld, BODY, receiverAt(SENT_AT, ['whsec_new', 'whsec_old'])).ok).toBe(
			true,
		);
	});

	it('reports a malformed header instead of throwing', () => {
		const v1 = `v1=${'a'.repeat(64)}`;
		// Two timestamps are ambiguous: a receiver must not pick one of them silently.
		for (const header of ['', 'v1=abc', `t=${SENT_AT}`, `t=soon,${v1}`, `t=1,t=2,${v1}`]) {
			expect(verifyWebhook(header, BODY, receiverAt(SENT_AT))).toEqual({
				ok: false,
				error: 'malformed-header',
			});
		}
	});

	it('refuses to run without a secret', () => {
		expect(() => verifyWebhook('t=1,v1=00', BODY, receiverAt(SENT_AT, []))).toThrow(
			/secrets is empty/,
		);
	});
});
