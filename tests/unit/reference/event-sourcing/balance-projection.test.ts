import { describe, expect, it } from 'vitest';
import {
	AccountRepository,
	SnapshotStore,
} from '../../../../src/reference/event-sourcing/account-repository.ts';
import {
	deposit,
	openAccount,
	withdraw,
} from '../../../../src/reference/event-sourcing/bank-account.ts';
import { BalanceProjection } from '../../../../src/reference/event-sourcing/balance-projection.ts';
import { InMemoryEventStore } from '../../../../src/reference/event-sourcing/event-store.ts';

function setup() {
	const store = new InMemoryEventStore();
	const repo = new AccountRepository(store, new SnapshotStore(), 100);
	const projection = new BalanceProjection(store);
	return { store, repo, projection };
}

describe('the balance read model', () => {
	it('lags the write side until it catches up, so a plain read right after a write is stale', () => {
		const { repo, projection } = setup();
		repo.execute('acct-1', (s) => openAccount(s, 'ana'));
		repo.execute('acct-1', (s) => deposit(s, 5_000));
		projection.catchUp();
		expect(projection.balance('acct-1')).toEqual({ fresh: true, balanceCents: 5_000 });

		repo.execute('acct-1', (s) => withdraw(s, 1_200));
		// Without a position, the read model answers with what it has: the old balance.
		expect(projection.balance('acct-1')).toEqual({ fresh: true, balanceCents: 5_000 });
		expect(repo.load('acct-1').state.balanceCents).toBe(3_800);
	});

	it('serves read-your-writes: a read at the write position waits until the projection has it', () => {
		const { repo, projection } = setup();
		repo.execute('acct-1', (s) => openAccount(s, 'ana'));
		repo.execute('acct-2', (s) => openAccount(s, 'ben'));
		const { position } = repo.execute('acct-1', (s) => deposit(s, 900));
		expect(position).toBe(3);

		expect(projection.balance('acct-1', position)).toEqual({ fresh: false, checkpoint: 0 });
		projection.catchUp(2); // a slow projection, two events at a time
		expect(projection.balance('acct-1', position)).toEqual({ fresh: false, checkpoint: 2 });
		projection.catchUp(2);
		expect(projection.balance('acct-1', position)).toEqual({ fresh: true, balanceCents: 900 });
	});

	it('ends at the same balances as folding each stream, whatever the batch size', () => {
		const { repo, projection } = setup();
		for (const id of ['a', 'b', 'c']) repo.execute(id, (s) => openAccount(s, id));
		for (let i = 1; i <= 30; i++) {
			const id = ['a', 'b', 'c'][i % 3]!;
			repo.execute(id, (s) =>
				i % 4 === 0 && s.balanceCents >= i ? withdraw(s, i) : deposit(s, i * 10),
			);
		}
		while (projection.catchUp(7) > 0) {
			// drain in batches of seven
		}
		for (const id of ['a', 'b', 'c']) {
			expect(projection.balance(id)).toEqual({
				fresh: true,
				balanceCents: repo.load(id).state.balanceCents,
			});
		}
		expect(projection.checkpoint()).toBe(33);
	});
});
