/**
 * A bank account as an event-sourced aggregate: the events are the truth, and the balance is
 * whatever folding them gives. Commands decide on the current state and return new events;
 * they never change state themselves. Amounts are integer cents, never floating-point dollars.
 */

/** The account's events in their current shape (schema version 2). */
export type AccountEvent =
	| { readonly type: 'AccountOpened'; readonly owner: string }
	| { readonly type: 'MoneyDeposited'; readonly amountCents: number; readonly currency: 'USD' }
	| { readonly type: 'MoneyWithdrawn'; readonly amountCents: number; readonly currency: 'USD' }
	| { readonly type: 'AccountClosed' };

/** What the account is now: derived from the events, never stored as the truth. */
export interface AccountState {
	readonly status: 'new' | 'open' | 'closed';
	readonly owner: string | null;
	readonly balanceCents: number;
}

/** The state before the first event. */
export const initialAccountState: AccountState = { status: 'new', owner: null, balanceCents: 0 };

/** Thrown when a command is not allowed in the current state; no event is produced. */
export class AccountRuleError extends Error {
	override readonly name = 'AccountRuleError';
}

/** Applies one event. Pure and total: an event is a fact that already happened, so no checks. */
export function applyEvent(state: AccountState, event: AccountEvent): AccountState {
	switch (event.type) {
		case 'AccountOpened':
			return { status: 'open', owner: event.owner, balanceCents: 0 };
		case 'MoneyDeposited':
			return { ...state, balanceCents: state.balanceCents + event.amountCents };
		case 'MoneyWithdrawn':
			return { ...state, balanceCents: state.balanceCents - event.amountCents };
		case 'AccountClosed':
			return { ...state, status: 'closed' };
	}
}

/** Rebuilds state by folding events over a starting state (the initial one, or a snapshot). */
export function foldEvents(
	events: Iterable<AccountEvent>,
	from: AccountState = initialAccountState,
): AccountState {
	let state = from;
	for (const event of events) state = applyEvent(state, event);
	return state;
}

function requirePositiveCents(amountCents: number): void {
	if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
		throw new AccountRuleError(`amountCents must be a positive integer, got ${amountCents}`);
	}
}

function requireOpen(state: AccountState): void {
	if (state.status !== 'open') throw new AccountRuleError(`account is ${state.status}, not open`);
}

/** Command: open a new account. */
export function openAccount(state: AccountState, owner: string): AccountEvent[] {
	if (state.status !== 'new') throw new AccountRuleError('account already exists');
	return [{ type: 'AccountOpened', owner }];
}

/** Command: deposit money into an open account. */
export function deposit(state: AccountState, amountCents: number): AccountEvent[] {
	requireOpen(state);
	requirePositiveCents(amountCents);
	return [{ type: 'MoneyDeposited', amountCents, currency: 'USD' }];
}

/** Command: withdraw, refused if it would overdraw. The invariant lives here, in the decision. */
export function withdraw(state: AccountState, amountCents: number): AccountEvent[] {
	requireOpen(state);
	requirePositiveCents(amountCents);
	if (amountCents > state.balanceCents) {
		throw new AccountRuleError(
			`insufficient funds: balance ${state.balanceCents}, withdrawal ${amountCents}`,
		);
	}
	return [{ type: 'MoneyWithdrawn', amountCents, currency: 'USD' }];
}

/** Command: close an account whose balance is zero. */
export function closeAccount(state: AccountState): AccountEvent[] {
	requireOpen(state);
	if (state.balanceCents !== 0) throw new AccountRuleError('withdraw the balance before closing');
	return [{ type: 'AccountClosed' }];
}
