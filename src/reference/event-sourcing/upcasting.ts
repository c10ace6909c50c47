/**
 * Reading old event shapes as the current one (upcasting).
 *
 * Stored events are never rewritten. When a shape changes, the writer starts writing the new
 * schema version and the reader converts older versions on the way in, one step at a time
 * (v1 to v2, v2 to v3, ...), so the domain code only ever sees the current shape.
 *
 * The change upcast here: version 1 of MoneyDeposited and MoneyWithdrawn stored
 * `{ amount: 19.99 }`, dollars as a JSON number; version 2 stores
 * `{ amountCents: 1999, currency: 'USD' }`, because binary floating point cannot hold most
 * cent values exactly and because the bank now takes other currencies.
 */

import type { AccountEvent } from './bank-account.ts';
import type { NewEvent, StoredEvent } from './event-store.ts';

type EventData = Readonly<Record<string, unknown>>;
type Upcaster = (data: EventData) => EventData;

/** The version each event type is written with today. */
const currentSchemaVersion: Readonly<Record<AccountEvent['type'], number>> = {
	AccountOpened: 1,
	MoneyDeposited: 2,
	MoneyWithdrawn: 2,
	AccountClosed: 1,
};

// v1 to v2 for both money events. Round, do not truncate: 19.99 * 100 is 1998.9999999999998.
const dollarsToCents: Upcaster = (data) => {
	const { amount } = data;
	if (typeof amount !== 'number' || !Number.isFinite(amount)) {
		throw new TypeError(`v1 money event needs a numeric "amount", got ${JSON.stringify(data)}`);
	}
	return { amountCents: Math.round(amount * 100), currency: 'USD' };
};

/** Upcasters by event type, indexed by the version they read: [1] turns v1 into v2. */
const upcasters: Readonly<Record<string, Readonly<Record<number, Upcaster>>>> = {
	MoneyDeposited: { 1: dollarsToCents },
	MoneyWithdrawn: { 1: dollarsToCents },
};

/** Turns a domain event into what the store keeps, always in the current schema version. */
export function serializeEvent(event: AccountEvent): NewEvent {
	const { type, ...data } = event;
	return { type, schemaVersion: currentSchemaVersion[type], data };
}

function isEventType(type: string): type is AccountEvent['type'] {
	return Object.hasOwn(currentSchemaVersion, type);
}

/** Reads a stored event of any known version as the current domain event. */
export function deserializeEvent(stored: StoredEvent): AccountEvent {
	const { type } = stored;
	if (!isEventType(type)) {
		throw new TypeError(`${stored.streamId}@${stored.version}: unknown event type "${type}"`);
	}
	const target = currentSchemaVersion[type];
	if (stored.schemaVersion > target) {
		// Written by newer code than this reader: deploy readers before writers.
		throw new TypeError(
			`${stored.streamId}@${stored.version}: ${type} v${stored.schemaVersion} is newer than ` +
				`this reader's v${target}; deploy the reader that knows it first`,
		);
	}
	let data = stored.data;
	for (let v = stored.schemaVersion; v < target; v++) {
		const step = upcasters[type]?.[v];
		if (step === undefined) throw new TypeError(`no upcaster for ${type} v${v} to v${v + 1}`);
		try {
			data = step(data);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new TypeError(`${stored.streamId}@${stored.version}: ${reason}`, { cause: error });
		}
	}
	// Trust the shape from here on: it was written or upcast to the current version.
	return { type, ...data } as AccountEvent;
}
