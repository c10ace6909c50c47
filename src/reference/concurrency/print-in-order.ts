/**
 * Print in order: three tasks print "first", "second" and "third", started in any order, and the
 * output is always first, second, third. The single-threaded version of the classic threads
 * puzzle: each step waits on a gate that the step before it opens.
 *
 * The interviewer's probe is that the order comes from the gates, not from timing: no sleep, no
 * polling, and a step that throws leaves the later steps waiting rather than running out of order.
 */

/** A promise with its resolve function, opened once by the step before. */
interface Gate {
	readonly opened: Promise<void>;
	open(): void;
}

function gate(): Gate {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => {
		open = resolve;
	});
	return { opened, open };
}

/** Runs three steps in order, whichever is called first. Use one instance per round. */
export class PrintInOrder {
	readonly #afterFirst = gate();
	readonly #afterSecond = gate();

	/** Runs `print` at once, then lets `second` go. */
	async first(print: () => void | Promise<void>): Promise<void> {
		await print();
		this.#afterFirst.open();
	}

	/** Runs `print` once `first` has finished, then lets `third` go. */
	async second(print: () => void | Promise<void>): Promise<void> {
		await this.#afterFirst.opened;
		await print();
		this.#afterSecond.open();
	}

	/** Runs `print` once `second` has finished. */
	async third(print: () => void | Promise<void>): Promise<void> {
		await this.#afterSecond.opened;
		await print();
	}
}
