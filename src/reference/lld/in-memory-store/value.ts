/** Typed values: each command checks the type it expects, as Redis answers WRONGTYPE. */

/** A stored value, tagged with its type. */
export type StoreValue =
	| { readonly type: 'string'; readonly value: string }
	| { readonly type: 'integer'; readonly value: number }
	| { readonly type: 'list'; readonly value: readonly string[] };

/** Thrown when a command meets a value of another type; names the key and both types. */
export class WrongTypeError extends Error {
	constructor(key: string, expected: StoreValue['type'], actual: StoreValue['type']) {
		super(`key "${key}" holds type ${actual}; this command needs ${expected}`);
		this.name = 'WrongTypeError';
	}
}

/** Approximate bytes an entry costs: UTF-16 key and strings, 8 bytes per number, plus overhead. */
export function sizeOf(key: string, value: StoreValue): number {
	const entryOverhead = 48; // node pointers, expiry, version: an estimate, not a measurement
	let payload: number;
	if (value.type === 'string') payload = value.value.length * 2;
	else if (value.type === 'integer') payload = 8;
	else payload = value.value.reduce((sum, item) => sum + item.length * 2 + 8, 0);
	return entryOverhead + key.length * 2 + payload;
}
