import { describe, expect, it } from 'vitest';
import {
	AccountRuleError,
	closeAccount,
	deposit,
	foldEvents,
	initialAccountState,
	openAccount,
	withdraw,
	type AccountEvent,
} from '../../../../src/reference/event-sourcing/bank-account.ts';
import {
	AccountRepository,
	SnapshotStore,
} from '../../../../src/reference/event-sourcing/account-repository.ts';
import {
	ConcurrencyError,
	InMemoryEventStore,
} from '../../../../src/reference/event-sourcing/event-store.ts';
import { seededRandom } from '../../support/seeded-random.ts';

describe('the bank account aggregate', () => {
	it('rebuilds its state by folding its events', () => {
		const events: AccountEvent[] = [
			{ type: 'AccountOpened', owner: 'ana' },
			{ type: 'MoneyDeposited', amountCents: 10_000, currency: 'USD' },
			{ type: 'MoneyWithdrawn', amountCents: 2_550, currency: 'USD' },
			{ type: 'MoneyDeposited', amountCents: 50, currency: 'USD' },
		];
		expect(foldEvents(events)).toEqual({ status: 'open', owner: 'ana', balanceCents: 7_500 });
		expect(foldEvents([])).toEqual(initialAccountState);
	});

	it('decides with rules: no overdraft, no deposit before opening, close only at zero', () => {
		const open = foldEvents([{ type: 'AccountOpened', owner: 'ana' }]);
		expect(() => deposit(initialAccountState, 100)).toThrow(AccountRuleError);
		expect(() => withdraw(open, 1)).toThrow(/insufficient funds: balance 0, withdrawal 1/);
		expect(() => deposit(open, 1.5)).toThrow(/positive integer/);
		expect(() => openAccount(open, 'ben')).toThrow(/already exists/);
		const funded = foldEvents(deposit(open, 300), open);
		expect(() => closeAccount(funded)).toThrow(/withdraw the balance/);
		expect(closeAccount(foldEvents(withdraw(funded, 300), funded))).toEqual([
			{ type: 'AccountClosed' },
		]);
	});
});

describe('the account repository', () => {
	it('stops two writers that read the same version from overdrawing the account', () => {
		const store = new InMemoryEventStore();
		const repo = new AccountRepository(store, new SnapshotStore(), 100);
		repo.execute('acct-1', (s) => openAccount(s, 'ana'));
		repo.execute('acct-1', (s) => deposit(s, 10_000));

		// Two requests each load balance 100.00 at version 2 and each decide to withdraw 80.00.
		const first = repo.load('acct-1');
		const second = repo.load('acct-1');
		const firstEvents = withdraw(first.state, 8_000);
		const secondEvents = withdraw(second.state, 8_000);
		expect(secondEvents).toHaveLength(1); // on its stale state, the second withdrawal looks fine

		store.append('acct-1', first.version, [
			{ type: 'MoneyWithdrawn', schemaVersion: 2, data: { ...firstEvents[0] } },
		]);
		expect(() =>
			store.append('acct-1', second.version, [
				{ type: 'MoneyWithdrawn', schemaVersion: 2, data: { ...secondEvents[0] } },
			]),
		).toThrow(ConcurrencyError);

		// The loser reloads and decides again on the new state, and the rule now refuses it.
		expect(() => repo.execute('acct-1', (s) => withdraw(s, 8_000))).toThrow(
			/insufficient funds: balance 2000/,
		);
		expect(repo.load('acct-1').state.balanceCents).toBe(2_000);
	});

	it('gives the same state from snapshot plus tail as from replaying every event', () => {
		const random = seededRandom(42);
		const store = new InMemoryEventStore();
		const snapshots = new SnapshotStore();
		const withSnapshots = new AccountRepository(store, snapshots, 10);
		withSnapshots.execute('acct-1', (s) => openAccount(s, 'ana'));
		for (let i = 0; i < 56; i++) {
			const amount = 1 + Math.floor(random() * 5_000);
			withSnapshots.execute('acct-1', (s) =>
				random() < 0.6 || s.balanceCents < amount ? deposit(s, amount) : withdraw(s, amount),
			);
		}

		const fromSnapshot = withSnapshots.load('acct-1');
		const fromScratch = new AccountRepository(store, new SnapshotStore(), 10).load('acct-1');

		expect(store.version('acct-1')).toBe(57);
		expect(snapshots.latest('acct-1')?.version).toBe(50);
		expect(fromSnapshot.eventsReplayed).toBe(7);
		expect(fromScratch.eventsReplayed).toBe(57);
		expect(fromSnapshot.state).toEqual(fromScratch.state);
		expect(fromSnapshot.version).toBe(fromScratch.version);
	});

	it('ignores a snapshot of an old state shape and rebuilds from the events', () => {
		const store = new InMemoryEventStore();
		const snapshots = new SnapshotStore();
		const repo = new AccountRepository(store, snapshots, 2);
		repo.execute('acct-1', (s) => openAccount(s, 'ana'));
		repo.execute('acct-1', (s) => deposit(s, 700));
		repo.execute('acct-1', (s) => deposit(s, 300));
		// A newer snapshot left by older code with another state shape, and a wrong balance.
		snapshots.save({
			streamId: 'acct-1',
			version: 3,
			stateShape: 0,
			state: { status: 'open', owner: 'ana', balanceCents: 999_999 },
		});
		expect(snapshots.latest('acct-1')?.stateShape).toBe(0);

		const loaded = repo.load('acct-1');
		expect(loaded.state.balanceCents).toBe(1_000);
		expect(loaded.eventsReplayed).toBe(3);
	});

	it('refuses a snapshot interval that is not a positive integer', () => {
		expect(() => new AccountRepository(new InMemoryEventStore(), new SnapshotStore(), 0)).toThrow(
			/snapshotEvery must be a positive integer, got 0/,
		);
	});
});
