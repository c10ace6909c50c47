/**
 * Keyset (cursor) pagination over rows ordered newest first, with offset pagination for
 * contrast.
 *
 * The SQL this models, backed by an index on (created_at DESC, id DESC):
 *   SELECT * FROM trips WHERE (created_at, id) < ($1, $2)
 *   ORDER BY created_at DESC, id DESC LIMIT 21;   -- page size + 1 to learn has_more
 * The cursor is the sort key of the last row served, wrapped in an opaque token.
 */

/** The sort key a cursor points at. `id` breaks ties between equal timestamps. */
export interface CursorPosition {
	readonly createdAt: number;
	readonly id: string;
}

/** Why a cursor was rejected; the API turns this into a 400 response. */
export class InvalidCursorError extends Error {
	override readonly name = 'InvalidCursorError';
	/** Creates the error with a reason that is safe to show to clients. */
	constructor(readonly reason: 'encoding' | 'version' | 'shape' | 'signature') {
		super(`invalid cursor (${reason})`);
	}
}

/** Options for signed cursors: `sign` is an HMAC of the payload with a server secret. */
export interface CursorOptions {
	readonly sign?: (payload: string) => string;
}

/** The largest page a client may ask for, as on Stripe's list endpoints and GitHub's GraphQL API. */
export const MAX_PAGE_SIZE = 100;

const CURSOR_VERSION = 1;
const MAX_CURSOR_LENGTH = 512;

/** Encodes a position as base64url(JSON `{v, c, i}`), plus `.signature` when signing. */
export function encodeCursor(position: CursorPosition, options: CursorOptions = {}): string {
	const payload = JSON.stringify({ v: CURSOR_VERSION, c: position.createdAt, i: position.id });
	const token = toBase64Url(payload);
	return options.sign === undefined ? token : `${token}.${options.sign(token)}`;
}

/** Decodes a cursor; throws {@link InvalidCursorError} for garbage or tampered input. */
export function decodeCursor(cursor: string, options: CursorOptions = {}): CursorPosition {
	if (cursor.length > MAX_CURSOR_LENGTH) throw new InvalidCursorError('encoding');
	const [token = '', signature, ...rest] = cursor.split('.');
	if (options.sign !== undefined) {
		// Real code compares in constant time (crypto.timingSafeEqual) to avoid a timing oracle.
		if (rest.length > 0 || signature !== options.sign(token)) {
			throw new InvalidCursorError('signature');
		}
	} else if (signature !== undefined) {
		throw new InvalidCursorError('encoding');
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(fromBase64Url(token));
	} catch {
		throw new InvalidCursorError('encoding');
	}
	if (typeof parsed !== 'object' || parsed === null) throw new InvalidCursorError('shape');
	const { v, c, i } = parsed as { v?: unknown; c?: unknown; i?: unknown };
	if (v !== CURSOR_VERSION) throw new InvalidCursorError('version');
	if (typeof c !== 'number' || !Number.isFinite(c) || typeof i !== 'string') {
		throw new InvalidCursorError('shape');
	}
	return { createdAt: c, id: i };
}

/** One page of results. */
export interface Page<T> {
	readonly items: readonly T[];
	readonly nextCursor: string | null;
	readonly hasMore: boolean;
}

/** Returns the page after `after` (or the first page), newest first. */
export function paginate<T extends CursorPosition>(
	rows: readonly T[],
	query: { readonly after?: string; readonly limit: number },
	options: CursorOptions = {},
): Page<T> {
	assertLimit(query.limit);
	const from = query.after === undefined ? undefined : decodeCursor(query.after, options);
	const matching = [...rows]
		.sort(newestFirst)
		.filter((row) => from === undefined || newestFirst(row, from) > 0)
		.slice(0, query.limit + 1); // one extra row answers has_more without a COUNT(*)
	const hasMore = matching.length > query.limit;
	const items = matching.slice(0, query.limit);
	const last = items[items.length - 1];
	const nextCursor =
		hasMore && last !== undefined
			? encodeCursor({ createdAt: last.createdAt, id: last.id }, options)
			: null;
	return { items, nextCursor, hasMore };
}

/** Offset pagination, for contrast: `LIMIT limit OFFSET offset` over the same order. */
export function offsetPaginate<T extends CursorPosition>(
	rows: readonly T[],
	query: { readonly offset: number; readonly limit: number },
): { readonly items: readonly T[]; readonly nextOffset: number | null } {
	assertLimit(query.limit);
	const sorted = [...rows].sort(newestFirst);
	const items = sorted.slice(query.offset, query.offset + query.limit);
	const next = query.offset + query.limit;
	return { items, nextOffset: next < sorted.length ? next : null };
}

// Orders by (createdAt DESC, id DESC); positive means `a` comes after `b` in the listing.
function newestFirst(a: CursorPosition, b: CursorPosition): number {
	if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
	return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function assertLimit(limit: number): void {
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
		throw new RangeError(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
	}
}

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
	if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('not base64url');
	const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
