import { describe, it, expect } from 'vitest';
import {
	createPublicKey,
	createSecretKey,
	generateKeyPairSync,
	randomBytes,
	sign,
} from 'node:crypto';
import {
	createJwtVerifier,
	type JwtKey,
	type JwtResult,
} from '../../../../src/reference/security/jwt-verify.ts';
import {
	b64url,
	forgeWithPublicKeyAsSecret,
	mint,
	naiveVerify,
	unsigned,
} from './jwt-test-tokens.ts';

const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
const ISSUER = 'https://auth.example.com';
const AUDIENCE = 'https://api.example.com';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaNext = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const hmacSecret = createSecretKey(randomBytes(32));

const RSA_KEY: JwtKey = { kid: 'rsa-2026-01', alg: 'RS256', key: rsa.publicKey };
const EC_KEY: JwtKey = { kid: 'ec-1', alg: 'ES256', key: ec.publicKey };
const HMAC_KEY: JwtKey = { kid: 'hmac-1', alg: 'HS256', key: hmacSecret };

const claims = (overrides: Record<string, unknown> = {}) => ({
	iss: ISSUER,
	aud: AUDIENCE,
	sub: 'user-42',
	iat: NOW - 60,
	exp: NOW + 600,
	...overrides,
});

function verifier(keys: JwtKey[] = [RSA_KEY, EC_KEY, HMAC_KEY], extra = {}) {
	return createJwtVerifier({ keys, issuer: ISSUER, audience: AUDIENCE, now: () => NOW, ...extra });
}

function errorOf(result: JwtResult): string {
	return result.ok ? 'ok' : result.error;
}

describe('valid tokens', () => {
	it('accepts RS256, ES256 and HS256 tokens signed by their registered keys', () => {
		const verify = verifier();
		const rs = verify(mint({ alg: 'RS256', kid: 'rsa-2026-01' }, claims(), rsa.privateKey));
		const es = verify(mint({ alg: 'ES256', kid: 'ec-1' }, claims(), ec.privateKey));
		const hs = verify(mint({ alg: 'HS256', kid: 'hmac-1' }, claims(), hmacSecret));
		expect([errorOf(rs), errorOf(es), errorOf(hs)]).toEqual(['ok', 'ok', 'ok']);
		expect(rs.ok && rs.claims['sub']).toBe('user-42');
	});

	it('accepts an audience array that contains this service', () => {
		const token = mint(
			{ alg: 'RS256', kid: 'rsa-2026-01' },
			claims({ aud: ['https://other.example.com', AUDIENCE] }),
			rsa.privateKey,
		);
		expect(verifier()(token).ok).toBe(true);
	});

	it('accepts a key imported from a JWKS entry', () => {
		const jwk = rsa.publicKey.export({ format: 'jwk' });
		const fromJwks = createPublicKey({ key: jwk, format: 'jwk' });
		const verify = verifier([{ kid: 'rsa-2026-01', alg: 'RS256', key: fromJwks }]);
		expect(verify(mint({ alg: 'RS256', kid: 'rsa-2026-01' }, claims(), rsa.privateKey)).ok).toBe(
			true,
		);
	});
});

describe('attacks on the header', () => {
	it('rejects alg "none" in any spelling, with or without a signature', () => {
		const verify = verifier();
		for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
			expect(errorOf(verify(unsigned({ alg, kid: 'rsa-2026-01' }, claims())))).toBe(
				'alg-not-allowed',
			);
		}
		const withJunkSignature = `${unsigned({ alg: 'none' }, claims())}${b64url('x')}`;
		expect(errorOf(verify(withJunkSignature))).toBe('alg-not-allowed');
	});

	it('rejects the RS256-to-HS256 confusion that fools a verifier trusting the header', () => {
		const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
		const forged = forgeWithPublicKeyAsSecret(
			'rsa-2026-01',
			claims({ sub: 'admin', role: 'superuser' }),
			publicPem,
		);
		// The forgery is real: code that lets the token pick its algorithm accepts it.
		expect(naiveVerify(forged, publicPem)).toBe(true);
		const result = verifier()(forged);
		expect(errorOf(result)).toBe('alg-mismatch');
		expect(result.ok ? '' : result.detail).toContain('registered for RS256');
	});

	it('rejects a token naming an algorithm no key is registered for', () => {
		const token = mint({ alg: 'HS256', kid: 'ec-1' }, claims(), hmacSecret);
		expect(errorOf(verifier()(token))).toBe('alg-mismatch');
		const hs512 = unsigned({ alg: 'HS512', kid: 'hmac-1' }, claims()) + b64url('sig');
		expect(errorOf(verifier()(hs512))).toBe('alg-not-allowed');
	});

	it('ignores a key embedded in the header and refuses an unknown kid', () => {
		const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
		const token = mint(
			{ alg: 'RS256', kid: 'attacker', jwk: attacker.publicKey.export({ format: 'jwk' }) },
			claims(),
			attacker.privateKey,
		);
		expect(errorOf(verifier()(token))).toBe('unknown-key');
		// Even with a trusted kid, the embedded key is not what the signature is checked against.
		const swapped = mint(
			{ alg: 'RS256', kid: 'rsa-2026-01', jwk: attacker.publicKey.export({ format: 'jwk' }) },
			claims(),
			attacker.privateKey,
		);
		expect(errorOf(verifier()(swapped))).toBe('bad-signature');
	});

	it('requires a kid when more than one key is trusted', () => {
		const token = mint({ alg: 'RS256' }, claims(), rsa.privateKey);
		expect(errorOf(verifier()(token))).toBe('unknown-key');
		expect(verifier([RSA_KEY])(token).ok).toBe(true);
	});

	it('refuses critical header extensions it does not understand', () => {
		const token = mint(
			{ alg: 'RS256', kid: 'rsa-2026-01', crit: ['exp'] },
			claims(),
			rsa.privateKey,
		);
		expect(errorOf(verifier()(token))).toBe('unsupported-header');
	});
});

describe('signatures', () => {
	it('rejects a token whose payload was edited after signing', () => {
		const token = mint({ alg: 'RS256', kid: 'rsa-2026-01' }, claims(), rsa.privateKey);
		const [h, , s] = token.split('.');
		const edited = `${h}.${b64url(JSON.stringify(claims({ sub: 'admin' })))}.${s}`;
		expect(errorOf(verifier()(edited))).toBe('bad-signature');
	});

	it('rejects an HS256 token signed with another secret', () => {
		const other = createSecretKey(randomBytes(32));
		expect(errorOf(verifier()(mint({ alg: 'HS256', kid: 'hmac-1' }, claims(), other)))).toBe(
			'bad-signature',
		);
	});

	it('rejects an ES256 signature in DER form, which JWS does not use', () => {
		const header = b64url(JSON.stringify({ alg: 'ES256', kid: 'ec-1' }));
		const payload = b64url(JSON.stringify(claims()));
		const der = sign('sha256', Buffer.from(`${header}.${payload}`), ec.privateKey);
		expect(errorOf(verifier()(`${header}.${payload}.${b64url(der)}`))).toBe('bad-signature');
	});

	it('rejects a second spelling of the same signature (non-canonical base64url)', () => {
		const token = mint({ alg: 'HS256', kid: 'hmac-1' }, claims(), hmacSecret);
		const verify = verifier();
		expect(verify(token).ok).toBe(true);
		// 32 bytes are 43 characters carrying 258 bits; the last two bits are padding. Flipping one
		// gives a different string that decodes to the same bytes, a token a denylist would miss.
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const last = token.at(-1) ?? 'A';
		const twin = token.slice(0, -1) + (alphabet[alphabet.indexOf(last) ^ 1] ?? last);
		const original = token.split('.')[2] ?? '';
		const twinSignature = twin.split('.')[2] ?? '';
		expect(twin).not.toBe(token);
		expect(Buffer.from(twinSignature, 'base64url')).toEqual(Buffer.from(original, 'base64url'));
		expect(errorOf(verify(twin))).toBe('malformed');
	});

	it('refuses a kid that is not a string instead of falling back to the only key', () => {
		const token = mint({ alg: 'RS256', kid: 7 }, claims(), rsa.privateKey);
		expect(errorOf(verifier([RSA_KEY])(token))).toBe('malformed');
	});

	it('reports malformed input without throwing', () => {
		const verify = verifier();
		for (const junk of [
			'',
			'a.b',
			'a.b.c.d.e',
			'!!.??.**',
			`${b64url('[1]')}.${b64url('{}')}.sig`,
		]) {
			expect(errorOf(verify(junk))).toBe('malformed');
		}
	});
});

describe('claims', () => {
	const rs = (overrides: Record<string, unknown>) =>
		mint({ alg: 'RS256', kid: 'rsa-2026-01' }, claims(overrides), rsa.privateKey);

	it('rejects a token for another audience or from another issuer', () => {
		expect(errorOf(verifier()(rs({ aud: 'https://billing.example.com' })))).toBe('wrong-audience');
		expect(errorOf(verifier()(rs({ aud: undefined })))).toBe('wrong-audience');
		expect(errorOf(verifier()(rs({ iss: 'https://evil.example.com' })))).toBe('wrong-issuer');
	});

	it('requires exp', () => {
		expect(errorOf(verifier()(rs({ exp: undefined })))).toBe('missing-exp');
		expect(errorOf(verifier()(rs({ exp: '2099-01-01' })))).toBe('missing-exp');
	});

	it('applies the leeway to expiry: 30 s by default, configurable, zero if asked', () => {
		expect(verifier()(rs({ exp: NOW - 29 })).ok).toBe(true);
		expect(errorOf(verifier()(rs({ exp: NOW - 30 })))).toBe('expired');
		expect(verifier(undefined, { leewaySeconds: 120 })(rs({ exp: NOW - 100 })).ok).toBe(true);
		expect(errorOf(verifier(undefined, { leewaySeconds: 0 })(rs({ exp: NOW })))).toBe('expired');
	});

	it('rejects a token that is not valid yet, beyond the leeway', () => {
		expect(verifier()(rs({ nbf: NOW + 20 })).ok).toBe(true);
		expect(errorOf(verifier()(rs({ nbf: NOW + 31 })))).toBe('not-yet-valid');
		expect(errorOf(verifier()(rs({ iat: NOW + 3600 })))).toBe('not-yet-valid');
	});

	it('checks the typ header when asked, so an ID token is not taken for an access token', () => {
		const verify = verifier(undefined, { type: 'at+jwt' });
		const idToken = mint(
			{ alg: 'RS256', kid: 'rsa-2026-01', typ: 'JWT' },
			claims(),
			rsa.privateKey,
		);
		const accessToken = mint(
			{ alg: 'RS256', kid: 'rsa-2026-01', typ: 'application/at+jwt' },
			claims(),
			rsa.privateKey,
		);
		expect(errorOf(verify(idToken))).toBe('wrong-type');
		expect(verify(accessToken).ok).toBe(true);
	});
});

describe('key rotation', () => {
	it('accepts old and new keys side by side, and only the new one once the old is retired', () => {
		const NEXT: JwtKey = { kid: 'rsa-2026-02', alg: 'RS256', key: rsaNext.publicKey };
		const oldToken = mint({ alg: 'RS256', kid: 'rsa-2026-01' }, claims(), rsa.privateKey);
		const newToken = mint({ alg: 'RS256', kid: 'rsa-2026-02' }, claims(), rsaNext.privateKey);
		const during = verifier([RSA_KEY, NEXT]);
		expect([during(oldToken).ok, during(newToken).ok]).toEqual([true, true]);
		const after = verifier([NEXT]);
		expect(errorOf(after(oldToken))).toBe('unknown-key');
		expect(after(newToken).ok).toBe(true);
	});
});

describe('configuration mistakes fail loudly', () => {
	it('refuses a public key registered for HS256', () => {
		expect(() => verifier([{ kid: 'k', alg: 'HS256', key: rsa.publicKey }])).toThrow(
			/key "k" \(HS256\) needs a secret key/,
		);
	});

	it('refuses a private key, a short HMAC secret, a small RSA key and the wrong curve', () => {
		expect(() => verifier([{ kid: 'k', alg: 'RS256', key: rsa.privateKey }])).toThrow(
			/needs a public key/,
		);
		expect(() =>
			verifier([{ kid: 'k', alg: 'HS256', key: createSecretKey(randomBytes(16)) }]),
		).toThrow(/at least 32 bytes/);
		const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
		expect(() => verifier([{ kid: 'k', alg: 'RS256', key: small.publicKey }])).toThrow(
			/at least 2048 bits/,
		);
		const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
		expect(() => verifier([{ kid: 'k', alg: 'ES256', key: p384.publicKey }])).toThrow(/P-256/);
	});

	it('refuses duplicate kids and an empty key list', () => {
		expect(() => verifier([RSA_KEY, RSA_KEY])).toThrow(/appears twice/);
		expect(() => verifier([])).toThrow(/keys is empty/);
	});
});
