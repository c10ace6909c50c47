/**
 * JWT verification (RFC 7519, JWS compact serialization from RFC 7515) with Node's crypto.
 *
 * The rule that stops most real attacks: the key decides the algorithm, never the token.
 * Each trusted key is registered with exactly one algorithm; a token whose header names a
 * different one is refused before any signature math runs. That single check defeats
 * `alg: none` and the RS256-to-HS256 confusion, where an attacker signs with HMAC using the
 * server's public key as the secret. Claims are read only after the signature holds.
 */
import {
	createHmac,
	timingSafeEqual,
	verify as verifySignature,
	type KeyObject,
} from 'node:crypto';

/** The algorithms this verifier implements (RFC 7518 names). */
export type JwtAlgorithm = 'HS256' | 'RS256' | 'ES256';

/** A trusted key: its id (the `kid` a token names), the one algorithm it may be used with, and the key. */
export interface JwtKey {
	readonly kid: string;
	readonly alg: JwtAlgorithm;
	/** A secret key for HS256, a public key for RS256 and ES256. */
	readonly key: KeyObject;
}

/** What a token must satisfy besides its signature. */
export interface JwtVerifierOptions {
	/** The keys currently trusted; during a rotation, old and new side by side. */
	readonly keys: readonly JwtKey[];
	/** The exact `iss` expected. */
	readonly issuer: string;
	/** This service's identifier; `aud` must equal it or contain it. */
	readonly audience: string;
	/** Seconds since the Unix epoch; injected so tests control time. */
	readonly now: () => number;
	/** Allowed clock skew in seconds for `exp`, `nbf` and `iat`. Defaults to 30. */
	readonly leewaySeconds?: number;
	/** When set, the header `typ` must match (for example `at+jwt`, RFC 9068). */
	readonly type?: string;
}

/** Why a token was refused. */
export type JwtFailure =
	| 'malformed'
	| 'alg-not-allowed'
	| 'unsupported-header'
	| 'unknown-key'
	| 'alg-mismatch'
	| 'bad-signature'
	| 'wrong-type'
	| 'wrong-issuer'
	| 'wrong-audience'
	| 'missing-exp'
	| 'expired'
	| 'not-yet-valid';

/** The decoded JOSE header fields this verifier reads. */
export interface JwtHeader {
	readonly alg: string;
	readonly kid?: string;
	readonly typ?: string;
	readonly [name: string]: unknown;
}

/** The claims of a verified token. */
export type JwtClaims = Readonly<Record<string, unknown>>;

/** Either the verified header and claims, or the reason the token was refused. */
export type JwtResult =
	| { readonly ok: true; readonly header: JwtHeader; readonly claims: JwtClaims }
	| { readonly ok: false; readonly error: JwtFailure; readonly detail: string };

/** A function that checks one compact JWT; it never throws for a bad token. */
export type JwtVerifier = (token: string) => JwtResult;

const SUPPORTED: ReadonlySet<string> = new Set<JwtAlgorithm>(['HS256', 'RS256', 'ES256']);
// Tokens arrive in headers; nothing legitimate is this large, and parsing must stay cheap.
const MAX_TOKEN_LENGTH = 16 * 1024;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Builds a verifier after checking that every key suits its algorithm. Throws, naming the key
 * and the fix, when a configuration would weaken verification.
 */
export function createJwtVerifier(options: JwtVerifierOptions): JwtVerifier {
	const keys = indexKeys(options.keys);
	const leeway = options.leewaySeconds ?? 30;
	if (!Number.isInteger(leeway) || leeway < 0) {
		throw new RangeError(
			`jwt verifier: leewaySeconds must be a non-negative integer, got ${leeway}.`,
		);
	}
	if (options.issuer === '' || options.audience === '') {
		throw new Error(
			'jwt verifier: issuer and audience must be non-empty; a token is checked against both.',
		);
	}
	return (token) => verify(token, keys, options, leeway);
}

function verify(
	token: string,
	keys: ReadonlyMap<string, JwtKey>,
	options: JwtVerifierOptions,
	leeway: number,
): JwtResult {
	if (token.length > MAX_TOKEN_LENGTH) return fail('malformed', 'token is too long');
	const parts = token.split('.');
	if (parts.length !== 3)
		return fail('malformed', `expected 3 dot-separated parts, got ${parts.length}`);
	const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;

	const header = decodeJson(headerPart);
	if (header === undefined || typeof header['alg'] !== 'string') {
		return fail('malformed', 'header is not a JSON object with a string "alg"');
	}
	const alg = header['alg'];
	// "none", "None", HS512 and anything else unlisted stop here, before a key is even chosen.
	if (!SUPPORTED.has(alg)) return fail('alg-not-allowed', `algorithm "${alg}" is not accepted`);
	// RFC 7515: a "crit" extension the recipient does not understand makes the token invalid.
	if (header['crit'] !== undefined)
		return fail('unsupported-header', 'critical header extensions are not supported');

	// Key material named inside the token (jwk, jku, x5u) is ignored: only registered keys count.
	const kid = header['kid'];
	if (kid !== undefined && typeof kid !== 'string') return fail('malformed', 'kid is not a string');
	const key = kid === undefined ? soleKey(keys) : keys.get(kid);
	if (key === undefined)
		return fail('unknown-key', `no trusted key for kid ${JSON.stringify(kid)}`);
	if (alg !== key.alg) {
		return fail('alg-mismatch', `key "${key.kid}" is registered for ${key.alg}, token says ${alg}`);
	}

	if (!isCanonicalBase64url(signaturePart)) {
		return fail('malformed', 'signature is missing or not canonical base64url');
	}
	const signingInput = Buffer.from(`${headerPart}.${payloadPart}`, 'ascii');
	const signature = Buffer.from(signaturePart, 'base64url');
	if (!signatureHolds(key, signingInput, signature)) {
		return fail('bad-signature', `signature does not verify with key "${key.kid}"`);
	}

	if (options.type !== undefined && !typeMatches(header['typ'], options.type)) {
		return fail('wrong-type', `expected typ ${options.type}, got ${JSON.stringify(header['typ'])}`);
	}
	const claims = decodeJson(payloadPart);
	if (claims === undefined) return fail('malformed', 'payload is not a JSON object');
	return checkClaims(header as JwtHeader, claims, options, leeway);
}

function checkClaims(
	header: JwtHeader,
	claims: Record<string, unknown>,
	options: JwtVerifierOptions,
	leeway: number,
): JwtResult {
	if (claims['iss'] !== options.issuer) {
		return fail(
			'wrong-issuer',
			`expected iss ${options.issuer}, got ${JSON.stringify(claims['iss'])}`,
		);
	}
	const aud = claims['aud'];
	const audiences = Array.isArray(aud) ? aud : [aud];
	if (!audiences.includes(options.audience)) {
		return fail('wrong-audience', `token is not addressed to ${options.audience}`);
	}
	const now = options.now();
	const exp = claims['exp'];
	if (typeof exp !== 'number' || !Number.isFinite(exp))
		return fail('missing-exp', 'exp is required');
	// RFC 7519: the current time must be before exp; the leeway absorbs clock skew.
	if (now >= exp + leeway) return fail('expired', `expired at ${exp}, now ${now}`);
	for (const name of ['nbf', 'iat'] as const) {
		const value = claims[name];
		if (value === undefined) continue;
		if (typeof value !== 'number' || !Number.isFinite(value))
			return fail('malformed', `${name} is not a number`);
		if (value > now + leeway)
			return fail('not-yet-valid', `${name} ${value} is in the future, now ${now}`);
	}
	return { ok: true, header, claims };
}

function signatureHolds(key: JwtKey, input: Buffer, signature: Buffer): boolean {
	try {
		switch (key.alg) {
			case 'HS256': {
				const expected = createHmac('sha256', key.key).update(input).digest();
				return expected.length === signature.length && timingSafeEqual(expected, signature);
			}
			case 'RS256':
				return verifySignature('sha256', input, key.key, signature);
			case 'ES256':
				// JWS carries ECDSA signatures as raw r || s (64 bytes), not the DER OpenSSL defaults to.
				return (
					signature.length === 64 &&
					verifySignature('sha256', input, { key: key.key, dsaEncoding: 'ieee-p1363' }, signature)
				);
		}
	} catch {
		// A signature OpenSSL cannot even parse is simply not a valid signature.
		return false;
	}
}

function indexKeys(keys: readonly JwtKey[]): ReadonlyMap<string, JwtKey> {
	if (keys.length === 0)
		throw new Error('jwt verifier: keys is empty; register at least one trusted key.');
	const byKid = new Map<string, JwtKey>();
	for (const key of keys) {
		if (byKid.has(key.kid))
			throw new Error(`jwt verifier: kid "${key.kid}" appears twice; give each key its own kid.`);
		checkKeyFitsAlgorithm(key);
		byKid.set(key.kid, key);
	}
	return byKid;
}

function checkKeyFitsAlgorithm({ kid, alg, key }: JwtKey): void {
	const where = `jwt verifier: key "${kid}" (${alg})`;
	if (alg === 'HS256') {
		if (key.type !== 'secret')
			throw new Error(
				`${where} needs a secret key; a ${key.type} key here is how algorithm confusion starts.`,
			);
		// RFC 7518 section 3.2: the HMAC key must be at least as long as the hash output.
		if ((key.symmetricKeySize ?? 0) < 32)
			throw new Error(
				`${where}: the secret must be at least 32 bytes, got ${key.symmetricKeySize}.`,
			);
		return;
	}
	if (key.type !== 'public')
		throw new Error(
			`${where} needs a public key, got a ${key.type} key; verify with the public half only.`,
		);
	const details = key.asymmetricKeyDetails ?? {};
	if (alg === 'RS256') {
		// RFC 7518 section 3.3: RSA keys of 2048 bits or more.
		if (key.asymmetricKeyType !== 'rsa' || (details.modulusLength ?? 0) < 2048) {
			throw new Error(`${where} needs an RSA public key of at least 2048 bits.`);
		}
		return;
	}
	if (key.asymmetricKeyType !== 'ec' || details.namedCurve !== 'prime256v1') {
		throw new Error(`${where} needs an EC public key on P-256 (prime256v1).`);
	}
}

function soleKey(keys: ReadonlyMap<string, JwtKey>): JwtKey | undefined {
	// Without a kid, guessing among several keys invites confusion; accept only an unambiguous one.
	if (keys.size !== 1) return undefined;
	return keys.values().next().value;
}

function typeMatches(typ: unknown, expected: string): boolean {
	if (typeof typ !== 'string') return false;
	// RFC 7515 allows the "application/" prefix to be left out; media types ignore case.
	const normalize = (value: string) => value.toLowerCase().replace(/^application\//, '');
	return normalize(typ) === normalize(expected);
}

/**
 * True for unpadded base64url that decodes and re-encodes to the same text. Node's decoder is
 * lenient: it ignores bad lengths and the padding bits of the last character, so without this
 * one signature could be written several ways and a denylist of token strings would miss some.
 */
function isCanonicalBase64url(part: string): boolean {
	return (
		part !== '' &&
		BASE64URL.test(part) &&
		Buffer.from(part, 'base64url').toString('base64url') === part
	);
}

function decodeJson(part: string): Record<string, unknown> | undefined {
	if (!isCanonicalBase64url(part)) return undefined;
	try {
		const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
		return value as Record<string, unknown>;
	} catch {
		return undefined;
	}
}

function fail(error: JwtFailure, detail: string): JwtResult {
	return { ok: false, error, detail };
}
