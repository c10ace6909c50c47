/**
 * Runs a side-effecting operation once per idempotency key.
 *
 * This is the request path of a payment endpoint: claim the key, do the work, record the
 * response; map the other `begin` outcomes to HTTP statuses. Concurrent retries of the
 * same request, even while the first is still awaiting the card network, execute once.
 * An attempt whose outcome is unknown keeps the key held, and the next attempt asks the
 * card network what happened before it charges.
 *
 * One race the store cannot close: a lease that runs out while its attempt is still on the
 * way to the card network. The takeover's lookup finds nothing and it charges too, so the
 * card network's own idempotency key (the same `key`) is what keeps that to one charge.
 */

import type { IdempotencyStore } from './idempotency-store.ts';

/** A response as the API returns it and the store replays it. */
export interface ApiResponse {
	readonly status: number;
	readonly body: unknown;
}

/** The side effect behind an endpoint, and the way to ask whether it already happened. */
export interface IdempotentOperation {
	/**
	 * Performs the side effect, passing `key` on as the provider's own idempotency key.
	 * Returns every outcome it reached, including business failures such as a declined card
	 * (402): those are recorded and replayed. Throws {@link NothingHappenedError} only when it
	 * is sure no side effect started; any other error is treated as an unknown outcome.
	 */
	execute(key: string): Promise<ApiResponse>;
	/**
	 * Asks the provider whether an earlier attempt with `key` took effect, and with what
	 * response; `undefined` if it did not. Runs before `execute` whenever the key is recovered.
	 */
	lookup(key: string): Promise<ApiResponse | undefined>;
}

/**
 * Thrown by `execute` when no side effect started. On a fresh claim the key is then released;
 * on a recovered one it stays held, because the earlier attempt may still take effect.
 */
export class NothingHappenedError extends Error {
	override readonly name = 'NothingHappenedError';
}

/** How a request was answered, with the HTTP response to send. */
export type ProcessOutcome =
	| { readonly kind: 'executed'; readonly response: ApiResponse }
	| { readonly kind: 'recovered'; readonly response: ApiResponse }
	| { readonly kind: 'replayed'; readonly response: ApiResponse }
	| { readonly kind: 'in-flight'; readonly response: ApiResponse }
	| { readonly kind: 'mismatch'; readonly response: ApiResponse }
	| { readonly kind: 'superseded'; readonly response: ApiResponse };

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
 * The order is claim, side effect, record. If `operation` throws, the key is released only
 * for a {@link NothingHappenedError} on a fresh claim; any other error, or any error on a
 * recovered claim, marks the outcome unknown and keeps the key held, and the error is
 * rethrown for the caller to answer 5xx. The record is written outside the `try`, so failing
 * to write it can never release the key.
 */
export async function processOnce(
	store: IdempotencyStore<ApiResponse>,
	key: string,
	fingerprint: string,
	operation: IdempotentOperation,
): Promise<ProcessOutcome> {
	const claim = store.begin(key, fingerprint);
	if (claim.kind === 'in-flight') {
		return { kind: 'in-flight', response: problem(409, 'A request with this key is in progress') };
	}
	if (claim.kind === 'mismatch') {
		return { kind: 'mismatch', response: problem(422, 'Key reused with a different request') };
	}
	if (claim.kind === 'replay') return { kind: 'replayed', response: claim.response };

	let earlier: ApiResponse | undefined;
	let response: ApiResponse;
	try {
		// A recovered key may already have been charged: ask before charging again.
		earlier = claim.recovering ? await operation.lookup(key) : undefined;
		response = earlier ?? (await operation.execute(key));
	} catch (error) {
		// "Nothing happened" speaks only for this attempt. On a recovered key the earlier
		// attempt may still be on its way to the provider, so the key stays held.
		if (error instanceof NothingHappenedError && !claim.recovering) {
			store.release(key, claim.token);
		} else {
			store.markUnknown(key, claim.token);
		}
		throw error;
	}
	if (!store.complete(key, claim.token, response)) {
		// Our lease ran out and a newer attempt owns the key; its record is the one that counts.
		return {
			kind: 'superseded',
			response: problem(409, 'A newer attempt owns this key; retry to get its result'),
		};
	}
	return { kind: earlier === undefined ? 'executed' : 'recovered', response };
}

// RFC 9457 problem details, the error body format used across the handbook's examples.
function problem(status: number, title: string): ApiResponse {
	return { status, body: { type: 'about:blank', title, status } };
}
