import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { CsrfGuard, type CsrfRequest } from '../../../../src/reference/security/csrf-guard.ts';
import { manualClock } from '../../support/manual-clock.ts';

const APP = 'https://app.example.com';
const HOUR = 60 * 60 * 1000;

// Repeatable nonces: SHA-256 of a counter, so every token in a test is distinct.
function seededBytes(): (size: number) => Buffer {
	let n = 0;
	return (size) => createHash('sha256').update(String(n++)).digest().subarray(0, size);
}

function makeGuard(clock = manualClock(1_000_000), secret = Buffer.alloc(32, 7)) {
	const guard = new CsrfGuard({
		secret,
		allowedOrigins: [APP],
		now: clock.now,
		randomBytes: seededBytes(),
	});
	return { guard, clock };
}

function post(overrides: Partial<CsrfRequest>): CsrfRequest {
	return { method: 'POST', sessionId: 'sess-alice', origin: APP, ...overrides };
}

describe('CsrfGuard', () => {
	it('accepts a same-origin POST carrying the token issued for its session', () => {
		const { guard } = makeGuard();
		const token = guard.issueToken('sess-alice');
		expect(guard.check(post({ csrfToken: token }))).toEqual({ ok: true });
	});

	it('lets safe methods through without a token or an Origin', () => {
		const { guard } = makeGuard();
		expect(guard.check({ method: 'GET', sessionId: 'sess-alice' })).toEqual({ ok: true });
		expect(guard.check({ method: 'head', sessionId: undefined })).toEqual({ ok: true });
	});

	it('refuses a cross-site Origin even with a valid token', () => {
		const { guard } = makeGuard();
		const token = guard.issueToken('sess-alice');
		const decision = guard.check(post({ origin: 'https://evil.example', csrfToken: token }));
		expect(decision).toEqual({ ok: false, reason: 'cross-site-origin' });
	});

	it('refuses a look-alike origin that only shares a prefix or differs in scheme', () => {
		const { guard } = makeGuard();
		const token = guard.issueToken('sess-alice');
		for (const origin of ['https://app.example.com.evil.net', 'http://app.example.com']) {
			expect(guard.check(post({ origin, csrfToken: token }))).toEqual({
				ok: false,
				reason: 'cross-site-origin',
			});
		}
	});

	it('refuses a state-changing request with neither Origin nor Referer', () => {
		const { guard } = makeGuard();
		const token = guard.issueToken('sess-alice');
		const decision = guard.check(post({ origin: undefined, csrfToken: token }));
		expect(decision).toEqual({ ok: false, reason: 'missing-origin' });
	});

	it('treats Origin: null as missing and falls back to Referer', () => {
		const { guard } = makeGuard();
		const token = guard.issueToken('sess-alice');
		expect(guard.check(post({ origin: 'null', csrfToken: token }))).toEqual({
			ok: false,
			reason: 'missing-origin',
		});
		const viaReferer = post({ origin: undefined, referer: `${APP}/settings`, csrfToken: token });
		expect(guard.check(viaReferer)).toEqual({ ok: true });
		const crossReferer = post({
			origin: undefined,
			referer: 'https://evil.example/x',
			csrfToken: token,
		});
		expect(guard.check(crossReferer)).toEqual({ ok: false, reason: 'cross-site-origin' });
	});

	it('refuses a missing token', () => {
		const { guard } = makeGuard();
		expect(guard.check(post({}))).toEqual({ ok: false, reason: 'missing-token' });
	});

	it('refuses a forged token whose MAC was not made with the server secret', () => {
		const { guard } = makeGuard();
		const genuine = guard.issueToken('sess-alice');
		const [nonce, issuedAt] = genuine.split('.') as [string, string, string];
		const forged = `${nonce}.${issuedAt}.${Buffer.alloc(32, 1).toString('base64url')}`;
		expect(guard.check(post({ csrfToken: forged }))).toEqual({ ok: false, reason: 'bad-token' });
		// The same token minted under another secret fails too.
		const { guard: other } = makeGuard(manualClock(1_000_000), Buffer.alloc(32, 9));
		const foreign = other.issueToken('sess-alice');
		expect(guard.check(post({ csrfToken: foreign }))).toEqual({ ok: false, reason: 'bad-token' });
	});

	it('refuses a token issued to another session', () => {
		const { guard } = makeGuard();
		const malloryToken = guard.issueToken('sess-mallory');
		expect(guard.check(post({ csrfToken: malloryToken }))).toEqual({
			ok: false,
			reason: 'bad-token',
		});
	});

	it('refuses a token whose issue time was edited to look fresh', () => {
		const { guard, clock } = makeGuard();
		const token = guard.issueToken('sess-alice');
		clock.advance(13 * HOUR);
		const [nonce, , mac] = token.split('.') as [string, string, string];
		const edited = `${nonce}.${String(clock.now())}.${mac}`;
		expect(guard.check(post({ csrfToken: edited }))).toEqual({ ok: false, reason: 'bad-token' });
	});

	it('expires a token after its lifetime', () => {
		const { guard, clock } = makeGuard();
		const token = guard.issueToken('sess-alice');
		clock.advance(12 * HOUR);
		expect(guard.check(post({ csrfToken: token }))).toEqual({ ok: true });
		clock.advance(1);
		expect(guard.check(post({ csrfToken: token }))).toEqual({
			ok: false,
			reason: 'expired-token',
		});
	});

	it('refuses malformed tokens and requests without a session', () => {
		const { guard } = makeGuard();
		expect(guard.check(post({ csrfToken: 'abc' }))).toEqual({
			ok: false,
			reason: 'malformed-token',
		});
		expect(guard.check(post({ csrfToken: 'a.notanumber.c' }))).toEqual({
			ok: false,
			reason: 'malformed-token',
		});
		expect(guard.check(post({ sessionId: undefined, csrfToken: 'a.1.c' }))).toEqual({
			ok: false,
			reason: 'no-session',
		});
	});

	it('rejects a secret shorter than 32 bytes, naming the fix', () => {
		expect(
			() =>
				new CsrfGuard({
					secret: Buffer.alloc(8),
					allowedOrigins: [APP],
					now: () => 0,
					randomBytes: seededBytes(),
				}),
		).toThrow(/at least 32 random bytes/);
	});
});
