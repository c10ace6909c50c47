import { describe, expect, it } from 'vitest';
import { PrintInOrder } from '../../../../src/reference/concurrency/print-in-order.ts';
import { settle } from './helpers.ts';

const steps = ['first', 'second', 'third'] as const;

/** Every order of the three steps. */
const orders = [
	[0, 1, 2],
	[0, 2, 1],
	[1, 0, 2],
	[1, 2, 0],
	[2, 0, 1],
	[2, 1, 0],
];

describe('PrintInOrder', () => {
	it.each(orders)('prints first, second, third when started as %i, %i, %i', async (...order) => {
		const printer = new PrintInOrder();
		const output: string[] = [];
		// Steps that take several turns of the event loop to print, so a missing gate shows.
		const print = (word: string) => async (): Promise<void> => {
			for (let turn = 0; turn < 3; turn++) await Promise.resolve();
			output.push(word);
		};
		await Promise.all(
			order.map((index) => {
				const step = steps[index]!;
				return printer[step](print(step));
			}),
		);
		expect(output).toEqual(['first', 'second', 'third']);
	});

	it('leaves the later steps waiting when an earlier one throws', async () => {
		const printer = new PrintInOrder();
		const output: string[] = [];
		const third = printer.third(() => void output.push('third'));
		const second = printer.second(() => void output.push('second'));
		await expect(
			printer.first(() => {
				throw new Error('printer jammed');
			}),
		).rejects.toThrow('printer jammed');
		await settle();
		expect(output).toEqual([]);
		void second;
		void third;
	});
});
