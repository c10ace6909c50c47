import { describe, expect, it } from 'vitest';
import {
	ConcurrencyError,
	InMemoryEventStore,
	type NewEvent,
} from '../../../../src/reference/event-sourcing/event-store.ts';

const opened: NewEvent = { type: 'AccountOpened', schemaVersion: 1, data: { owner: 'ana' } };
const deposited = (amountCents: number): NewEvent => ({
	type: 'MoneyDeposited',
	schemaVersion: 2,
	data: { amountCents, currency: 'USD' },
});

describe('InMemoryEventStore', () => {
	it('numbers events per stream and across the whole log', () => {
		const store = new InMemoryEventStore();
		expect(store.append('acct-1', 0, [opened, deposited(500)])).toEqual({
			version: 2,
			position: 2,
		});
		expect(store.append('acct-2', 0, [opened])).toEqual({ version: 1, position: 3 });
		expect(store.append('acct-1', 2, [deposited(100)])).toEqual({ version: 3, position: 4 });

		expect(store.readStream('acct-1').map((e) => [e.version, e.position])).toEqual([
			[1, 1],
			[2, 2],
			[3, 4],
		]);
		expect(store.readStream('acct-1', 2).map((e) => e.version)).toEqual([3]);
		expect(store.readAll(1, 2).map((e) => [e.streamId, e.position])).toEqual([
			['acct-1', 2],
			['acct-2', 3],
		]);
	});

	it('rejects a stale writer: the second append at the same expected version fails', () => {
		const store = new InMemoryEventStore();
		store.append('acct-1', 0, [opened]);

		// Both writers read version 1. The first append wins and moves the stream to 2.
		store.append('acct-1', 1, [deposited(500)]);
		const stale = () => store.append('acct-1', 1, [deposited(700)]);

		expect(stale).toThrow(ConcurrencyError);
		expect(stale).toThrow(/at version 2, not the expected 1/);
		expect(store.version('acct-1')).toBe(2);
		expect(store.readStream('acct-1').map((e) => e.data)).toEqual([
			{ owner: 'ana' },
			{ amountCents: 500, currency: 'USD' },
		]);
	});

	it('treats expected version 0 as "the stream must not exist yet"', () => {
		const store = new InMemoryEventStore();
		store.append('acct-1', 0, [opened]);
		expect(() => store.append('acct-1', 0, [opened])).toThrow(ConcurrencyError);
		expect(store.version('acct-1')).toBe(1);
	});

	it('appends all events of a call or none of them', () => {
		const store = new InMemoryEventStore();
		store.append('acct-1', 0, [opened]);
		expect(() => store.append('acct-1', 0, [deposited(1), deposited(2)])).toThrow(ConcurrencyError);
		expect(store.readAll(0)).toHaveLength(1);
		expect(() => store.append('acct-1', 1, [])).toThrow(/at least one event/);
	});

	it('keeps history immutable: later edits by the writer or a reader change nothing', () => {
		const store = new InMemoryEventStore();
		const data = { amountCents: 500, currency: 'USD' };
		store.append('acct-1', 0, [{ type: 'MoneyDeposited', schemaVersion: 2, data }]);
		data.amountCents = 1; // the writer's own object, not the stored copy

		const [stored] = store.readStream('acct-1');
		expect(stored?.data).toEqual({ amountCents: 500, currency: 'USD' });
		expect(Object.isFrozen(stored)).toBe(true);
		expect(Object.isFrozen(stored?.data)).toBe(true);
	});

	it('freezes nested data too, so a reader cannot edit an event through an inner object', () => {
		const store = new InMemoryEventStore();
		store.append('acct-1', 0, [
			{ type: 'MoneyDeposited', schemaVersion: 2, data: { amountCents: 500, source: { atm: 7 } } },
		]);
		const [stored] = store.readStream('acct-1');
		const source = stored?.data['source'] as { atm: number };
		expect(() => {
			source.atm = 8;
		}).toThrow(TypeError);
		expect(store.readStream('acct-1')[0]?.data).toEqual({ amountCents: 500, source: { atm: 7 } });
	});
});
