/**
 * Runs a side-effecting handler at most once per idempotency key.
 *
 * This is the request path of a payment endpoint: claim the key, do the work, store the
 * response; map the other `begin` outcomes to HTTP statuses. Concurrent retries of the
 * same request, even while the first is still awaiting the card network, execute once.
 */

import type { IdempotencyStore } from './idempotency-store.ts';

/** A response as the API returns it and the store replays it. */
export interface ApiResponse {
	readonly status: number;
	readonly body: unknown;
}

/** How a request was answered, with the HTTP response to send. */
export type ProcessOutcome =
	| { readonly kind: 'executed'; readonly response: ApiResponse }
	| { readonly kind: 'replayed'; readonly response: ApiResponse }
	| { readonly kind: 'in-flight'; readonly response: ApiResponse }
	| { readonly kind: 'mismatch'; readonly response: ApiResponse };

/**
 * A stable fingerprint of a request: method, path and a canonical JSON body with sorted
 * keys, so `{"a":1,"b":2}` and `{"b":2,"a":1}` match. Production code hashes this string.
 */
export function requestFingerprint(method: string, path: string, body: unknown): string {
	return `${method.toUpperCase()} ${path} ${canonicalJson(body)}`;
}

function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * Handles one request carrying an idempotency key.
 *
 * `handler` must return every outcome it reached after starting side effects, including
 * business failures such as a declined card (402): those are stored and replayed. It should
 * throw only when nothing happened yet (validation, a lost database connection before the
 * charge); the key is then released so a retry can run.
 */
export async function processOnce(
	store: IdempotencyStore<ApiResponse>,
	key: string,
	fingerprint: string,
	handler: () => Promise<ApiResponse>,
): Promise<ProcessOutcome> {
	const claim = store.begin(key, fingerprint);
	if (claim === 'in-flight') {
		return { kind: 'in-flight', response: problem(409, 'A request with this key is in progress') };
	}
	if (claim === 'mismatch') {
		return { kind: 'mismatch', response: problem(422, 'Key reused with a different request') };
	}
	if (claim !== 'started') return { kind: 'replayed', response: claim.replay };
	try {
		const response = await handler();
		store.complete(key, response);
		return { kind: 'executed', response };
	} catch (error) {
		store.fail(key);
		throw error;
	}
}

// RFC 9457 problem details, the error body format used across the handbook's examples.
function problem(status: number, title: string): ApiResponse {
	return { status, body: { type: 'about:blank', title, status } };
}
