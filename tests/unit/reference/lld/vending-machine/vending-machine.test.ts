import { describe, expect, it } from 'vitest';
import { Inventory } from '../../../../../src/reference/lld/vending-machine/inventory.ts';
import {
	VendingMachine,
	type CardAuthorizer,
} from '../../../../../src/reference/lld/vending-machine/vending-machine.ts';

/** A card network whose answers the test releases by hand, to hold a payment in flight. */
function manualAuthorizer(): CardAuthorizer & {
	answer: (approved: boolean) => void;
	calls: number[];
} {
	const pending: ((approved: boolean) => void)[] = [];
	const calls: number[] = [];
	return {
		calls,
		authorize(amountCents) {
			calls.push(amountCents);
			return new Promise<boolean>((resolve) => pending.push(resolve));
		},
		answer(approved) {
			const next = pending.shift();
			if (next === undefined) throw new Error('no authorization is pending');
			next(approved);
		},
	};
}

function machine(count = 2): {
	vm: VendingMachine;
	stock: Inventory;
	cards: ReturnType<typeof manualAuthorizer>;
} {
	const stock = new Inventory([
		{ code: 'A1', product: 'Water', priceCents: 125, count },
		{ code: 'B2', product: 'Chips', priceCents: 150, count: 0 },
	]);
	const cards = manualAuthorizer();
	return { vm: new VendingMachine(stock, cards), stock, cards };
}

describe('VendingMachine with coins', () => {
	it('dispenses and returns change once the credit covers the price', () => {
		const { vm, stock } = machine();
		expect(vm.insertCoin(100)).toBe(true);
		expect(vm.insertCoin(25)).toBe(true);
		expect(vm.insertCoin(10)).toBe(true);
		expect(vm.select('A1')).toEqual({ ok: true, product: 'Water', changeCents: 10 });
		expect(stock.countOf('A1')).toBe(1);
		expect(vm.state).toEqual({ kind: 'idle' });
	});

	it('refuses coins it does not accept, keeping the credit unchanged', () => {
		const { vm } = machine();
		expect(vm.insertCoin(1)).toBe(false);
		expect(vm.state).toEqual({ kind: 'idle' });
		vm.insertCoin(25);
		expect(vm.insertCoin(50)).toBe(false);
		expect(vm.state).toEqual({ kind: 'has-credit', creditCents: 25 });
	});

	it('keeps the credit after a failed selection so the buyer can choose again', () => {
		const { vm } = machine();
		vm.insertCoin(100);
		expect(vm.select('A1')).toMatchObject({ ok: false, reason: 'insufficient-credit' });
		expect(vm.select('B2')).toMatchObject({ ok: false, reason: 'insufficient-credit' });
		vm.insertCoin(100);
		expect(vm.select('B2')).toMatchObject({ ok: false, reason: 'sold-out' });
		expect(vm.select('Z9')).toMatchObject({ ok: false, reason: 'unknown-code' });
		expect(vm.cancel()).toBe(200);
		expect(vm.state).toEqual({ kind: 'idle' });
	});

	it('refunds credit when taken out of service and sells nothing until back', () => {
		const { vm } = machine();
		vm.insertCoin(100);
		expect(vm.enterService()).toEqual({ entered: true, refundCents: 100 });
		expect(vm.insertCoin(100)).toBe(false);
		vm.leaveService();
		expect(vm.insertCoin(100)).toBe(true);
	});
});

describe('VendingMachine with a card payment in flight', () => {
	it('sells the last item once: a coin buyer cannot take it while the card is authorizing', async () => {
		const { vm, stock, cards } = machine(1);
		const card = vm.payByCard('A1');
		// The authorization is out; everything below runs in the gap a naive design leaves open.
		expect(vm.state).toEqual({ kind: 'authorizing', code: 'A1' });
		expect(stock.countOf('A1')).toBe(0);
		expect(vm.insertCoin(100)).toBe(false);
		expect(await vm.payByCard('A1')).toMatchObject({ ok: false, reason: 'busy' });
		expect(vm.enterService()).toEqual({ entered: false, refundCents: 0 });
		cards.answer(true);
		expect(await card).toEqual({ ok: true, product: 'Water', changeCents: 0 });
		expect(stock.countOf('A1')).toBe(0);
		expect(cards.calls).toEqual([125]);
	});

	it('puts the item back when the card is declined', async () => {
		const { vm, stock, cards } = machine(1);
		const card = vm.payByCard('A1');
		cards.answer(false);
		expect(await card).toMatchObject({ ok: false, reason: 'declined' });
		expect(stock.countOf('A1')).toBe(1);
		expect(vm.state).toEqual({ kind: 'idle' });
	});

	it('treats a network error as a decline', async () => {
		const stock = new Inventory([{ code: 'A1', product: 'Water', priceCents: 125, count: 1 }]);
		const vm = new VendingMachine(stock, { authorize: () => Promise.reject(new Error('timeout')) });
		expect(await vm.payByCard('A1')).toMatchObject({ ok: false, reason: 'declined' });
		expect(stock.countOf('A1')).toBe(1);
		expect(vm.state).toEqual({ kind: 'idle' });
	});

	it('does not start a card sale for a sold-out item', async () => {
		const { vm, cards } = machine(0);
		expect(await vm.payByCard('A1')).toMatchObject({ ok: false, reason: 'sold-out' });
		expect(cards.calls).toEqual([]);
	});
});

describe('Inventory', () => {
	it('refuses a slot listed twice and a fractional price, naming the slot', () => {
		const slot = { code: 'A1', product: 'Water', priceCents: 125, count: 1 };
		expect(() => new Inventory([slot, slot])).toThrow(/A1 listed twice/);
		expect(() => new Inventory([{ ...slot, priceCents: 1.5 }])).toThrow(/A1 needs a whole/);
		expect(() => new Inventory([{ ...slot, count: 0.5 }])).toThrow(/A1 needs a whole/);
		expect(() => new Inventory([{ ...slot, count: -1 }])).toThrow(/A1 needs a whole/);
	});
});
