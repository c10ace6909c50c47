/**
 * Signing and verifying webhooks with HMAC-SHA256 over `timestamp.body`.
 *
 * The sender puts `t=<unix seconds>,v1=<hex HMAC>` in a signature header (the layout Stripe
 * uses in `Stripe-Signature`). Signing the timestamp together with the body means an attacker
 * who captured one delivery cannot move it to a new time: changing `t` breaks the MAC, and an
 * old `t` falls outside the tolerance. Inside the tolerance a captured delivery could still be
 * sent twice, so {@link ReplayCache} remembers the signatures it has accepted until they age out.
 *
 * The body must be the raw bytes received. Parsing JSON and serializing it again changes
 * whitespace and key order, and the MAC no longer matches.
 */

import { createHmac, timingSafeEqual } from 'node:crypto';

/** Five minutes, the default tolerance in Stripe's official libraries. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Why a delivery was refused. */
export type WebhookFailure = 'malformed-header' | 'stale-timestamp' | 'bad-signature' | 'replayed';

/** The verifier's decision for one delivery. */
export type WebhookDecision =
	| { readonly ok: true; readonly timestamp: number; readonly signature: string }
	| { readonly ok: false; readonly reason: WebhookFailure };

/** The hex HMAC-SHA256 of `timestamp.body` under `secret`. */
export function computeSignature(secret: string, timestamp: number, body: string | Buffer): string {
	return createHmac('sha256', secret)
		.update(`${String(timestamp)}.`)
		.update(body)
		.digest('hex');
}

/** The signature header value for a delivery sent at `timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string | Buffer): string {
	return `t=${String(timestamp)},v1=${computeSignature(secret, timestamp, body)}`;
}

/** What {@link verifyWebhook} needs. */
export interface VerifyWebhookInput {
	/** One secret, or several while a secret is being rotated (old and new both accepted). */
	readonly secrets: readonly string[];
	/** The signature header as received. */
	readonly header: string;
	/** The raw request body as received. */
	readonly body: string | Buffer;
	/** The receiver's clock, Unix seconds. */
	readonly nowSeconds: number;
	/** Largest allowed distance between `t` and now, either way. */
	readonly toleranceSeconds?: number;
}

/**
 * Verifies a delivery: a well-formed header, a timestamp within tolerance, and at least one
 * `v1` signature that matches one of the secrets, compared in constant time.
 */
export function verifyWebhook(input: VerifyWebhookInput): WebhookDecision {
	const parsed = parseHeader(input.header);
	if (parsed === undefined) return { ok: false, reason: 'malformed-header' };

	// Check the MAC first: an unauthenticated timestamp says nothing worth reporting.
	const match = findMatchingSignature(input.secrets, parsed, input.body);
	if (match === undefined) return { ok: false, reason: 'bad-signature' };

	const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
	if (Math.abs(input.nowSeconds - parsed.timestamp) > tolerance) {
		return { ok: false, reason: 'stale-timestamp' };
	}
	return { ok: true, timestamp: parsed.timestamp, signature: match };
}

interface ParsedHeader {
	readonly timestamp: number;
	readonly signatures: readonly string[];
}

function parseHeader(header: string): ParsedHeader | undefined {
	let timestamp: number | undefined;
	const signatures: string[] = [];
	for (const part of header.split(',')) {
		const eq = part.indexOf('=');
		if (eq <= 0) return undefined;
		const key = part.slice(0, eq).trim();
		const value = part.slice(eq + 1).trim();
		if (key === 't') {
			// Exactly one timestamp: a second `t` would make the header mean two things.
			if (timestamp !== undefined || !/^\d{1,12}$/.test(value)) return undefined;
			timestamp = Number(value);
		} else if (key === 'v1') {
			if (!/^[0-9a-f]{64}$/.test(value)) return undefined;
			signatures.push(value);
		}
		// Other schemes (v0, future versions) are ignored, so a sender can add one safely.
	}
	if (timestamp === undefined || signatures.length === 0) return undefined;
	return { timestamp, signatures };
}

function findMatchingSignature(
	secrets: readonly string[],
	parsed: ParsedHeader,
	body: string | Buffer,
): string | undefined {
	for (const secret of secrets) {
		const expected = Buffer.from(computeSignature(secret, parsed.timestamp, body), 'hex');
		for (const candidate of parsed.signatures) {
			if (timingSafeEqual(Buffer.from(candidate, 'hex'), expected)) return candidate;
		}
	}
	return undefined;
}

/**
 * Remembers accepted signatures for as long as they could still pass the timestamp check,
 * so the same delivery cannot be accepted twice inside the tolerance window.
 * A delivery stamped `t` passes the timestamp check until `t + tolerance`, so that is when it may
 * be forgotten. One process only: a fleet would keep this set in Redis with
 * `SET <signature> 1 NX EXAT <t + tolerance>`, so the expiry follows the signed time, not arrival.
 */
export class ReplayCache {
	readonly #seen = new Map<string, number>();
	readonly #toleranceSeconds: number;

	constructor(toleranceSeconds = DEFAULT_TOLERANCE_SECONDS) {
		this.#toleranceSeconds = toleranceSeconds;
	}

	/** Records the delivery; returns false if it was already recorded and has not aged out. */
	remember(signature: string, timestamp: number, nowSeconds: number): boolean {
		for (const [sig, ts] of this.#seen) {
			if (nowSeconds - ts > this.#toleranceSeconds) this.#seen.delete(sig);
		}
		if (this.#seen.has(signature)) return false;
		this.#seen.set(signature, timestamp);
		return true;
	}

	/** How long after its timestamp a delivery is remembered. */
	get toleranceSeconds(): number {
		return this.#toleranceSeconds;
	}

	/** How many deliveries are remembered now. */
	get size(): number {
		return this.#seen.size;
	}
}

/** Verifies a delivery and rejects a second copy of one already accepted. */
export function verifyWebhookOnce(input: VerifyWebhookInput, cache: ReplayCache): WebhookDecision {
	const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
	if (tolerance > cache.toleranceSeconds) {
		// The cache would forget a delivery while it could still pass the timestamp check.
		throw new RangeError(
			`verifyWebhookOnce: toleranceSeconds is ${String(tolerance)} but the ReplayCache keeps deliveries for ${String(cache.toleranceSeconds)}; construct it with new ReplayCache(${String(tolerance)})`,
		);
	}
	const decision = verifyWebhook(input);
	if (!decision.ok) return decision;
	if (!cache.remember(decision.signature, decision.timestamp, input.nowSeconds)) {
		return { ok: false, reason: 'replayed' };
	}
	return decision;
}
