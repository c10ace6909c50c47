import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { paymentSystemEstimate } from '../../../../../src/explorers/envelope/designs/payment-system.ts';

const { page, result, estimate } = designEstimate('payment-system', paymentSystemEstimate);

// The row of the estimate table whose first cell is `label`, as its cells.
function row(label: string): string[] {
	const found = page.split('\n').find((line) => line.startsWith(`| ${label} `));
	if (found === undefined) throw new Error(`payment-system.mdx has no estimate row "${label}"`);
	return found.split('|').map((cell) => cell.trim());
}

describe('payment system estimate', () => {
	it('computes 10M payments a day at about 116 per second and 1,157 at a 10x peak', () => {
		expect(estimate.writesPerDay).toBe(10e6);
		expect(estimate.readsPerDay).toBe(40e6);
		expect(Math.round(estimate.averageWriteQps)).toBe(116);
		expect(Math.round(estimate.peakWriteQps)).toBe(1_157);
		expect(estimate.storagePerDayBytes).toBe(20e9);
		expect(estimate.totalStorageBytes).toBeCloseTo(153.3e12, 0);
	});

	it('prints the calculator figures in the design page estimate table', () => {
		expect(row('Payments per day')[3]).toBe(result('writesPerDay'));
		expect(row('Payments per second')[3]).toBe(`about ${result('averageWriteQps')}/s`);
		expect(row('Peak payments per second')[3]).toBe(`about ${result('peakWriteQps')}/s`);
		expect(row('Status reads per second')[3]).toBe(`about ${result('averageReadQps')}/s`);
		expect(row('Peak status reads')[3]).toBe(`about ${result('peakReadQps')}/s`);
		expect(row('Storage per day')[3]).toBe(result('storagePerDayBytes'));
		expect(row('Storage kept')[3]).toBe(`about ${result('totalStorageBytes')}`);
		expect(page).toContain(
			`about ${result('averageWriteQps')} per second, ${result('peakWriteQps')} at a 10x peak`,
		);
	});
});
