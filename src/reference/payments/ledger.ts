/**
 * A double-entry ledger in integer minor units.
 *
 * Every movement of money is a transaction of postings, each posting a signed amount on one
 * account: positive is a debit, negative a credit. A transaction is accepted only if its postings
 * sum to zero in every currency, so money is never created or lost by a bug in one service.
 * Postings are immutable; a mistake is corrected by a new, reversing transaction. Balances are
 * derived from postings, never stored as the source of truth.
 *
 * Amounts are `bigint` minor units (cents, pence, yen): no floating point anywhere.
 */

/** An account's currency, as an ISO 4217 code such as "USD". */
export type Currency = string;

/** One line of a transaction: `amount` minor units on `account`; debit positive, credit negative. */
export interface Posting {
	readonly account: string;
	readonly amount: bigint;
}

/** A recorded, balanced, immutable transaction. */
export interface Transaction {
	readonly id: number;
	/** The caller's idempotency key. */
	readonly key: string;
	readonly description: string;
	readonly postings: readonly Posting[];
}

/** What a caller asks the ledger to record. */
export interface TransactionRequest {
	readonly key: string;
	readonly description: string;
	readonly postings: readonly Posting[];
}

/** A key reused with a different request: a client bug, never a retry. */
export class IdempotencyKeyReusedError extends Error {
	/** Creates the error for `key`. */
	constructor(key: string) {
		super(
			`Idempotency key "${key}" was already used for a different transaction; ` +
				'send a new key for a new transaction, or repeat the original request exactly.',
		);
		this.name = 'IdempotencyKeyReusedError';
	}
}

/** An in-memory double-entry ledger; in production, tables in one PostgreSQL database. */
export class Ledger {
	private readonly currencies = new Map<string, Currency>();
	private readonly transactions: Transaction[] = [];
	private readonly byKey = new Map<string, { fingerprint: string; transaction: Transaction }>();

	/** Opens `account` in `currency`. Opening it again in the same currency does nothing. */
	openAccount(account: string, currency: Currency): void {
		const existing = this.currencies.get(account);
		if (existing !== undefined && existing !== currency) {
			throw new RangeError(`Account "${account}" is already open in ${existing}, not ${currency}.`);
		}
		this.currencies.set(account, currency);
	}

	/**
	 * Records a balanced transaction once per key. A repeat with the same key and the same
	 * postings returns the first transaction; a repeat with different content throws.
	 * An unbalanced or invalid request throws and records nothing, not even its key.
	 */
	post(request: TransactionRequest): Transaction {
		const fingerprint = fingerprintOf(request);
		const earlier = this.byKey.get(request.key);
		if (earlier !== undefined) {
			if (earlier.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(request.key);
			return earlier.transaction;
		}
		this.validate(request);
		const transaction: Transaction = Object.freeze({
			id: this.transactions.length + 1,
			key: request.key,
			description: request.description,
			postings: Object.freeze(request.postings.map((p) => Object.freeze({ ...p }))),
		});
		// Both writes together: in PostgreSQL, one transaction with a unique index on the key.
		this.transactions.push(transaction);
		this.byKey.set(request.key, { fingerprint, transaction });
		return transaction;
	}

	/** Records the exact opposite of transaction `id` under a new key; the original stays. */
	reverse(id: number, key: string): Transaction {
		const original = this.transactions[id - 1];
		if (original === undefined) throw new RangeError(`No transaction with id ${id} to reverse.`);
		return this.post({
			key,
			description: `Reversal of ${id}: ${original.description}`,
			postings: original.postings.map((p) => ({ account: p.account, amount: -p.amount })),
		});
	}

	/** The account's balance, derived by summing its postings: debits minus credits. */
	balance(account: string): bigint {
		if (!this.currencies.has(account)) throw new RangeError(`No account "${account}".`);
		let sum = 0n;
		for (const transaction of this.transactions) {
			for (const posting of transaction.postings)
				if (posting.account === account) sum += posting.amount;
		}
		return sum;
	}

	/** Every recorded transaction, oldest first. */
	history(): readonly Transaction[] {
		return this.transactions;
	}

	private validate(request: TransactionRequest): void {
		if (request.postings.length < 2) {
			throw new RangeError(
				`Transaction "${request.key}" needs at least two postings, a debit and a credit.`,
			);
		}
		const sums = new Map<Currency, bigint>();
		request.postings.forEach((posting, index) => {
			const currency = this.currencies.get(posting.account);
			if (currency === undefined) {
				throw new RangeError(
					`postings[${index}].account "${posting.account}" is not open; call openAccount first.`,
				);
			}
			if (typeof posting.amount !== 'bigint' || posting.amount === 0n) {
				throw new RangeError(
					`postings[${index}].amount must be a non-zero bigint of minor units (1999n for 19.99), got ${String(posting.amount)}.`,
				);
			}
			sums.set(currency, (sums.get(currency) ?? 0n) + posting.amount);
		});
		for (const [currency, sum] of sums) {
			if (sum !== 0n) {
				throw new RangeError(
					`Transaction "${request.key}" does not balance: its ${currency} postings sum to ${sum}; ` +
						`debits must equal credits (add a posting of ${-sum}).`,
				);
			}
		}
	}
}

function fingerprintOf(request: TransactionRequest): string {
	const postings = request.postings.map((p) => `${p.account}=${String(p.amount)}`).join(';');
	return `${request.description}|${postings}`;
}
