/**
 * A storage resource that enforces fencing tokens: for each key it remembers the highest token
 * any write has carried, and rejects a write whose token is lower.
 *
 * This is what makes a lease-based lock safe. A holder paused past its lease wakes up with an
 * old token; by then the next holder has written with a larger one, so the late write fails
 * here instead of overwriting newer data. The check and the write must be one atomic step;
 * in SQL: UPDATE accounts SET balance = $1, fence = $2 WHERE id = $3 AND fence <= $2.
 */

/** The outcome of {@link FencedStore.write}. */
export type FencedWriteResult =
	| { readonly accepted: true }
	| { readonly accepted: false; readonly reason: 'stale-token'; readonly highestToken: number };

/** A key-value store whose writes must carry a fencing token. */
export class FencedStore<V> {
	private readonly values = new Map<string, V>();
	private readonly highest = new Map<string, number>();

	/**
	 * Writes `value` if `token` is at least the highest token seen for `key`. Equal tokens are
	 * accepted, so one lease holder can write several times.
	 */
	write(key: string, value: V, token: number): FencedWriteResult {
		if (!Number.isSafeInteger(token) || token < 0) {
			throw new RangeError(`token must be a non-negative safe integer, got ${token}`);
		}
		const highestToken = this.highest.get(key);
		if (highestToken !== undefined && token < highestToken) {
			return { accepted: false, reason: 'stale-token', highestToken };
		}
		this.highest.set(key, token);
		this.values.set(key, value);
		return { accepted: true };
	}

	/** The current value; reads need no token. */
	read(key: string): V | undefined {
		return this.values.get(key);
	}

	/** The highest token any accepted write to `key` carried, or undefined if none. */
	highestToken(key: string): number | undefined {
		return this.highest.get(key);
	}
}
