/**
 * The slots of a vending machine: what each code sells, at what price, and how many are left.
 * It knows nothing about coins or states, so pricing or restocking rules change here alone.
 */

/** One slot as configured by the operator. Prices are whole cents to avoid float rounding. */
export interface Slot {
	readonly code: string;
	readonly product: string;
	readonly priceCents: number;
	count: number;
}

/** Stock and prices, keyed by the code a buyer types (such as `A1`). */
export class Inventory {
	readonly #slots = new Map<string, Slot>();

	/** @param slots initial stock; a repeated code or a negative price or count is refused. */
	constructor(slots: Iterable<Slot>) {
		for (const slot of slots) {
			if (this.#slots.has(slot.code)) throw new Error(`Inventory: slot ${slot.code} listed twice`);
			const whole = Number.isInteger(slot.priceCents) && Number.isInteger(slot.count);
			if (slot.priceCents < 0 || slot.count < 0 || !whole) {
				throw new Error(`Inventory: slot ${slot.code} needs a whole, non-negative price and count`);
			}
			this.#slots.set(slot.code, { ...slot });
		}
	}

	/** The slot for `code`, or undefined when no such slot exists. */
	find(code: string): Readonly<Slot> | undefined {
		return this.#slots.get(code);
	}

	/** Items left in `code`; 0 for an unknown code. */
	countOf(code: string): number {
		return this.#slots.get(code)?.count ?? 0;
	}

	/**
	 * Takes one item if any is left. Check and decrement happen in one synchronous call, so no
	 * other task can run between them.
	 */
	take(code: string): boolean {
		const slot = this.#slots.get(code);
		if (slot === undefined || slot.count === 0) return false;
		slot.count--;
		return true;
	}

	/** Puts one item back, for a sale that did not complete. */
	putBack(code: string): void {
		const slot = this.#slots.get(code);
		if (slot !== undefined) slot.count++;
	}

	/** Adds `count` items to an existing slot. */
	restock(code: string, count: number): void {
		const slot = this.#slots.get(code);
		if (slot === undefined) throw new Error(`Inventory: no slot ${code} to restock`);
		slot.count += count;
	}
}
