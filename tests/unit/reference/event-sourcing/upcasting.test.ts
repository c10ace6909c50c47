import { describe, expect, it } from 'vitest';
import {
	AccountRepository,
	SnapshotStore,
} from '../../../../src/reference/event-sourcing/account-repository.ts';
import { deposit } from '../../../../src/reference/event-sourcing/bank-account.ts';
import { InMemoryEventStore } from '../../../../src/reference/event-sourcing/event-store.ts';
import {
	deserializeEvent,
	serializeEvent,
} from '../../../../src/reference/event-sourcing/upcasting.ts';

// History written by the old code: amounts in dollars as JSON numbers, schema version 1.
function storeWithV1History(): InMemoryEventStore {
	const store = new InMemoryEventStore();
	store.append('acct-1', 0, [
		{ type: 'AccountOpened', schemaVersion: 1, data: { owner: 'ana' } },
		{ type: 'MoneyDeposited', schemaVersion: 1, data: { amount: 19.99 } },
		{ type: 'MoneyDeposited', schemaVersion: 1, data: { amount: 0.1 } },
		{ type: 'MoneyWithdrawn', schemaVersion: 1, data: { amount: 0.2 } },
	]);
	return store;
}

describe('upcasting v1 money events to v2', () => {
	it('reads a stored v1 deposit as the v2 shape, rounding dollars to whole cents', () => {
		const [, v1] = storeWithV1History().readStream('acct-1');
		expect(v1?.data).toEqual({ amount: 19.99 });
		// 19.99 * 100 is 1998.9999999999998 in binary floating point; truncating would lose a cent.
		expect(deserializeEvent(v1!)).toEqual({
			type: 'MoneyDeposited',
			amountCents: 1999,
			currency: 'USD',
		});
	});

	it('lets the current code fold old and new events together without touching the old ones', () => {
		const store = storeWithV1History();
		const repo = new AccountRepository(store, new SnapshotStore(), 100);
		repo.execute('acct-1', (s) => deposit(s, 1)); // written as v2

		expect(store.readStream('acct-1').map((e) => e.schemaVersion)).toEqual([1, 1, 1, 1, 2]);
		// 1999 + 10 - 20 + 1: in cents, exact, where 19.99 + 0.1 - 0.2 + 0.01 in floats is not.
		expect(repo.load('acct-1').state.balanceCents).toBe(1990);
		expect(store.readStream('acct-1', 1)[0]?.data).toEqual({ amount: 19.99 });
	});

	it('writes every event in its current schema version', () => {
		expect(serializeEvent({ type: 'MoneyWithdrawn', amountCents: 250, currency: 'USD' })).toEqual({
			type: 'MoneyWithdrawn',
			schemaVersion: 2,
			data: { amountCents: 250, currency: 'USD' },
		});
		expect(serializeEvent({ type: 'AccountOpened', owner: 'ana' }).schemaVersion).toBe(1);
	});

	it('refuses events it cannot read, naming the stream, version and fix', () => {
		const store = new InMemoryEventStore();
		store.append('acct-9', 0, [
			{ type: 'MoneyDeposited', schemaVersion: 3, data: { amountCents: 5, currency: 'EUR' } },
			{ type: 'InterestPaid', schemaVersion: 1, data: { amountCents: 5 } },
			{ type: 'MoneyDeposited', schemaVersion: 1, data: { dollars: 5 } },
		]);
		const [newer, unknown, malformed] = store.readStream('acct-9');
		expect(() => deserializeEvent(newer!)).toThrow(
			/acct-9@1: MoneyDeposited v3 is newer than this reader's v2; deploy the reader/,
		);
		expect(() => deserializeEvent(unknown!)).toThrow(/acct-9@2: unknown event type "InterestPaid"/);
		expect(() => deserializeEvent(malformed!)).toThrow(
			/acct-9@3: v1 money event needs a numeric "amount"/,
		);
	});
});
