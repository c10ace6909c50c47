/**
 * CSRF protection for an API that authenticates with a session cookie.
 *
 * A browser attaches cookies to a cross-site request on its own, so a cookie alone proves
 * nothing about who built the request. This guard asks for two more proofs on every
 * state-changing request:
 *
 * 1. The `Origin` header (or, when a browser leaves it out, the origin of `Referer`) names
 *    one of the API's own front ends. Browsers set both headers themselves and page scripts
 *    cannot forge them, so a cross-site form post shows the attacker's origin.
 * 2. An `X-CSRF-Token` header carries a token the server issued for this session: a random
 *    nonce, an issue time and an HMAC-SHA256 over the session id, nonce and time. Another
 *    site cannot read the token (the same-origin policy hides the page and the response that
 *    carried it), and a token from another session fails the MAC.
 *
 * The token is stateless: the server keeps only the HMAC secret, not a table of tokens.
 * Comparison is constant-time so response timing does not leak how many MAC bytes matched.
 */

import { createHmac, timingSafeEqual } from 'node:crypto';

/** Milliseconds since an arbitrary epoch; injected so tests control expiry. */
export type Clock = () => number;

/** Returns `size` random bytes; injected so tests are repeatable. Use `crypto.randomBytes`. */
export type RandomBytes = (size: number) => Buffer;

/** Configuration for {@link CsrfGuard}. */
export interface CsrfGuardOptions {
	/** HMAC key, at least 32 random bytes, kept server-side only. */
	readonly secret: Buffer;
	/** Exact origins of the API's own front ends, such as `https://app.example.com`. */
	readonly allowedOrigins: readonly string[];
	/** Clock in milliseconds. */
	readonly now: Clock;
	/** Source of the token nonce. */
	readonly randomBytes: RandomBytes;
	/** How long a token stays valid. Defaults to 12 hours, about one working session. */
	readonly tokenTtlMs?: number;
}

/** The parts of an HTTP request the guard reads. Header names are the caller's concern. */
export interface CsrfRequest {
	readonly method: string;
	/** Session id from the authenticated session cookie, or undefined when there is none. */
	readonly sessionId: string | undefined;
	/** The `Origin` request header, if present. */
	readonly origin?: string | undefined;
	/** The `Referer` request header, if present. */
	readonly referer?: string | undefined;
	/** The `X-CSRF-Token` request header, if present. */
	readonly csrfToken?: string | undefined;
}

/** Why a request was refused; each maps to a 403 with this code in the body. */
export type CsrfFailure =
	| 'no-session'
	| 'missing-origin'
	| 'cross-site-origin'
	| 'missing-token'
	| 'malformed-token'
	| 'expired-token'
	| 'bad-token';

/** The guard's decision for one request. */
export type CsrfDecision =
	{ readonly ok: true } | { readonly ok: false; readonly reason: CsrfFailure };

/** Methods that must not change state (RFC 9110 section 9.2.1), so they need no token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

const HOUR_MS = 60 * 60 * 1000;

/** Issues session-bound CSRF tokens and checks state-changing requests. */
export class CsrfGuard {
	readonly #secret: Buffer;
	readonly #allowed: ReadonlySet<string>;
	readonly #now: Clock;
	readonly #randomBytes: RandomBytes;
	readonly #ttlMs: number;

	constructor(options: CsrfGuardOptions) {
		if (options.secret.length < 32) {
			throw new RangeError(
				`CsrfGuard: secret is ${String(options.secret.length)} bytes; use at least 32 random bytes`,
			);
		}
		this.#secret = options.secret;
		this.#allowed = new Set(options.allowedOrigins);
		this.#now = options.now;
		this.#randomBytes = options.randomBytes;
		this.#ttlMs = options.tokenTtlMs ?? 12 * HOUR_MS;
	}

	/** A token for `sessionId`, to hand to the front end (for example in a JSON response). */
	issueToken(sessionId: string): string {
		const nonce = this.#randomBytes(16).toString('base64url');
		const issuedAt = String(this.#now());
		return `${nonce}.${issuedAt}.${this.#mac(sessionId, nonce, issuedAt)}`;
	}

	/** Decides whether `request` may proceed. Safe methods always may. */
	check(request: CsrfRequest): CsrfDecision {
		if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
		if (request.sessionId === undefined) return fail('no-session');

		const origin = requestOrigin(request);
		if (origin === undefined) return fail('missing-origin');
		if (!this.#allowed.has(origin)) return fail('cross-site-origin');

		const token = request.csrfToken;
		if (token === undefined || token === '') return fail('missing-token');
		const parts = token.split('.');
		if (parts.length !== 3) return fail('malformed-token');
		const [nonce, issuedAt, mac] = parts as [string, string, string];
		if (!/^\d+$/.test(issuedAt)) return fail('malformed-token');

		// Check the MAC before the age so a forged token never learns whether its time was valid.
		const expected = Buffer.from(this.#mac(request.sessionId, nonce, issuedAt), 'base64url');
		const given = Buffer.from(mac, 'base64url');
		if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
			return fail('bad-token');
		}
		const age = this.#now() - Number(issuedAt);
		if (age < 0 || age > this.#ttlMs) return fail('expired-token');
		return { ok: true };
	}

	#mac(sessionId: string, nonce: string, issuedAt: string): string {
		// Length-prefix the session id so no two (session, nonce) pairs share one MAC input.
		const input = `${String(sessionId.length)}:${sessionId}.${nonce}.${issuedAt}`;
		return createHmac('sha256', this.#secret).update(input).digest('base64url');
	}
}

function fail(reason: CsrfFailure): CsrfDecision {
	return { ok: false, reason };
}

/** The request's origin from `Origin`, else from `Referer`; `null` and garbage count as absent. */
function requestOrigin(request: CsrfRequest): string | undefined {
	// Privacy-sensitive contexts send the literal string "null": treat it as no origin at all.
	if (request.origin !== undefined && request.origin !== '' && request.origin !== 'null') {
		return request.origin;
	}
	if (request.referer === undefined || request.referer === '') return undefined;
	try {
		return new URL(request.referer).origin;
	} catch {
		return undefined;
	}
}
