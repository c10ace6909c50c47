import { describe, it, expect } from 'vitest';
import { IdempotencyKeyReusedError, Ledger } from '../../../../src/reference/payments/ledger.ts';

// The accounts of the page's worked example: a customer pays 50.00 USD for an order, the PSP
// keeps a 1.75 fee, the merchant is owed the rest.
function ledger(): Ledger {
	const l = new Ledger();
	for (const account of [
		'psp_receivable',
		'merchant_payable',
		'fees_revenue',
		'refunds_clearing',
	]) {
		l.openAccount(account, 'USD');
	}
	l.openAccount('psp_receivable_eur', 'EUR');
	return l;
}

const capture = {
	key: 'pay_123:capture',
	description: 'Capture order 81234',
	postings: [
		{ account: 'psp_receivable', amount: 5000n },
		{ account: 'merchant_payable', amount: -4825n },
		{ account: 'fees_revenue', amount: -175n },
	],
};

describe('Ledger', () => {
	it('records a balanced transaction and derives every balance from postings', () => {
		const l = ledger();
		l.post(capture);
		expect(l.balance('psp_receivable')).toBe(5000n);
		expect(l.balance('merchant_payable')).toBe(-4825n);
		expect(l.balance('fees_revenue')).toBe(-175n);
		const total = ['psp_receivable', 'merchant_payable', 'fees_revenue'].reduce(
			(sum, account) => sum + l.balance(account),
			0n,
		);
		expect(total).toBe(0n);
	});

	it('rejects a transaction whose postings do not sum to zero, naming the difference, and records nothing', () => {
		const l = ledger();
		const unbalanced = {
			...capture,
			postings: [
				{ account: 'psp_receivable', amount: 5000n },
				{ account: 'merchant_payable', amount: -4825n },
			],
		};
		expect(() => l.post(unbalanced)).toThrow(
			'Transaction "pay_123:capture" does not balance: its USD postings sum to 175; debits must equal credits (add a posting of -175).',
		);
		expect(l.history()).toHaveLength(0);
		// The key was not consumed: the corrected request goes through.
		expect(l.post(capture).id).toBe(1);
	});

	it('balances each currency on its own', () => {
		const l = ledger();
		expect(() =>
			l.post({
				key: 'fx',
				description: 'Mixed currencies',
				postings: [
					{ account: 'psp_receivable', amount: 100n },
					{ account: 'psp_receivable_eur', amount: -100n },
				],
			}),
		).toThrow('its USD postings sum to 100');
	});

	it('rejects zero amounts, single postings and unknown accounts with the field and the fix', () => {
		const l = ledger();
		expect(() =>
			l.post({
				key: 'k1',
				description: 'x',
				postings: [{ account: 'psp_receivable', amount: 1n }],
			}),
		).toThrow('needs at least two postings');
		expect(() =>
			l.post({
				key: 'k2',
				description: 'x',
				postings: [
					{ account: 'psp_receivable', amount: 0n },
					{ account: 'merchant_payable', amount: 0n },
				],
			}),
		).toThrow('postings[0].amount must be a non-zero bigint of minor units');
		expect(() =>
			l.post({
				key: 'k3',
				description: 'x',
				postings: [
					{ account: 'psp_receivable', amount: 1n },
					{ account: 'nowhere', amount: -1n },
				],
			}),
		).toThrow('postings[1].account "nowhere" is not open; call openAccount first.');
	});

	it('returns the first transaction when the same key is posted again with the same body', () => {
		const l = ledger();
		const first = l.post(capture);
		const again = l.post({ ...capture, postings: capture.postings.map((p) => ({ ...p })) });
		expect(again).toBe(first);
		expect(l.history()).toHaveLength(1);
		expect(l.balance('psp_receivable')).toBe(5000n);
	});

	it('fails when the same key arrives with a different body', () => {
		const l = ledger();
		l.post(capture);
		const changed = {
			...capture,
			postings: [
				{ account: 'psp_receivable', amount: 6000n },
				{ account: 'merchant_payable', amount: -5825n },
				{ account: 'fees_revenue', amount: -175n },
			],
		};
		expect(() => l.post(changed)).toThrow(IdempotencyKeyReusedError);
		expect(() => l.post(changed)).toThrow('Idempotency key "pay_123:capture" was already used');
		expect(l.balance('psp_receivable')).toBe(5000n);
	});

	it('keeps postings immutable and corrects by reversal, leaving the original in history', () => {
		const l = ledger();
		const first = l.post(capture);
		expect(Object.isFrozen(first.postings)).toBe(true);
		expect(Object.isFrozen(first.postings[0])).toBe(true);
		const reversal = l.reverse(first.id, 'pay_123:capture:reversal');
		expect(reversal.postings.map((p) => p.amount)).toEqual([-5000n, 4825n, 175n]);
		expect(l.balance('psp_receivable')).toBe(0n);
		expect(l.history()).toHaveLength(2);
		expect(l.reverse(first.id, 'pay_123:capture:reversal')).toBe(reversal);
	});

	it('refuses to reopen an account in another currency', () => {
		const l = ledger();
		expect(() => l.openAccount('psp_receivable', 'EUR')).toThrow(
			'Account "psp_receivable" is already open in USD, not EUR.',
		);
	});
});
