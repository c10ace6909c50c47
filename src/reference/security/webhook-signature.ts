/**
 * Webhook signatures in the scheme Stripe popularized: HMAC-SHA256 over "<timestamp>.<body>",
 * sent as a header such as `t=1767225600,v1=5257a8...`.
 *
 * Signing the timestamp together with the body is what makes replay protection possible: an
 * attacker who captured a delivery cannot change its timestamp without breaking the MAC, so
 * the receiver can refuse anything older than its tolerance. Within the tolerance a replay
 * still verifies, which is why receivers also deduplicate on the event id.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the receiver needs to check a delivery. */
export interface WebhookVerifyOptions {
	/** Every signing secret currently valid; two during a rotation. */
	readonly secrets: readonly (string | Buffer)[];
	/** Seconds since the Unix epoch; injected so tests control time. */
	readonly now: () => number;
	/** How far the signed timestamp may be from now, either way. Defaults to 300 s, as Stripe's libraries do. */
	readonly toleranceSeconds?: number;
}

/** Why a delivery was refused. */
export type WebhookFailure = 'malformed-header' | 'stale-timestamp' | 'bad-signature';

/** Either the verified timestamp or the reason for refusal. */
export type WebhookResult =
	| { readonly ok: true; readonly timestamp: number }
	| { readonly ok: false; readonly error: WebhookFailure };

/** The HMAC-SHA256, in hex, of "<timestamp>.<body>". */
export function computeSignature(
	secret: string | Buffer,
	timestamp: number,
	body: string | Buffer,
): string {
	return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** The header value a sender attaches: `t=<timestamp>,v1=<signature>`. */
export function signWebhook(
	secret: string | Buffer,
	timestamp: number,
	body: string | Buffer,
): string {
	return `t=${timestamp},v1=${computeSignature(secret, timestamp, body)}`;
}

/**
 * Checks a delivery. `rawBody` must be the exact bytes received: re-serialized JSON differs in
 * whitespace or key order and will not verify.
 */
export function verifyWebhook(
	header: string,
	rawBody: string | Buffer,
	options: WebhookVerifyOptions,
): WebhookResult {
	const tolerance = options.toleranceSeconds ?? 300;
	if (options.secrets.length === 0) {
		throw new Error('webhook verifier: secrets is empty; pass the endpoint signing secret.');
	}
	const parsed = parseHeader(header);
	if (parsed === undefined) return { ok: false, error: 'malformed-header' };

	// The timestamp is covered by the MAC, so once the signature holds this check cannot be dodged.
	if (Math.abs(options.now() - parsed.timestamp) > tolerance)
		return { ok: false, error: 'stale-timestamp' };

	for (const secret of options.secrets) {
		const expected = Buffer.from(computeSignature(secret, parsed.timestamp, rawBody), 'hex');
		for (const candidate of parsed.signatures) {
			if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) {
				return { ok: true, timestamp: parsed.timestamp };
			}
		}
	}
	return { ok: false, error: 'bad-signature' };
}

function parseHeader(header: string): { timestamp: number; signatures: Buffer[] } | undefined {
	let timestamp: number | undefined;
	const signatures: Buffer[] = [];
	for (const item of header.split(',')) {
		const [name, value = ''] = item.trim().split('=', 2);
		if (name === 't') {
			// Exactly one well-formed timestamp; a second one makes the header ambiguous.
			if (timestamp !== undefined || !/^\d{1,12}$/.test(value)) return undefined;
			timestamp = Number(value);
		}
		// Several v1 entries are allowed: a sender signs with old and new secrets during rotation.
		else if (name === 'v1' && /^[0-9a-f]{64}$/.test(value))
			signatures.push(Buffer.from(value, 'hex'));
		// Other schemes (v0, future versions) are ignored rather than trusted.
	}
	if (timestamp === undefined || signatures.length === 0) return undefined;
	return { timestamp, signatures };
}
