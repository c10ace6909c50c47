import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { notificationSystemEstimate } from '../../../../../src/explorers/envelope/designs/notification-system.ts';

const { page, result, estimate } = designEstimate(
	'notification-system',
	notificationSystemEstimate,
);

// The row of the estimate table whose first cell is `label`, as its cells.
function row(label: string): string[] {
	const found = page.split('\n').find((line) => line.startsWith(`| ${label} `));
	if (found === undefined)
		throw new Error(`notification-system.mdx has no estimate row "${label}"`);
	return found.split('|').map((cell) => cell.trim());
}

describe('notification system estimate', () => {
	it('computes 2B deliveries a day at about 23,148 per second and 115,741 at peak', () => {
		expect(estimate.writesPerDay).toBe(2e9);
		expect(Math.round(estimate.averageWriteQps)).toBe(23_148);
		expect(Math.round(estimate.peakWriteQps)).toBe(115_741);
		expect(estimate.storagePerDayBytes).toBe(1e12);
		// 1 TB a day, kept 90 days, three replicas.
		expect(estimate.totalStorageBytes).toBeCloseTo(1e12 * 90 * 3, 0);
	});

	it('prints the calculator figures in the design page estimate table', () => {
		expect(row('Deliveries per day')[3]).toBe(result('writesPerDay'));
		expect(row('Average deliveries per second')[3]).toBe(`about ${result('averageWriteQps')}/s`);
		expect(row('Peak deliveries per second')[3]).toBe(`about ${result('peakWriteQps')}/s`);
		expect(row('Delivery records per day')[3]).toBe(result('storagePerDayBytes'));
		expect(row('Delivery records kept')[3]).toBe(`about ${result('totalStorageBytes')}`);
		expect(page).toContain(
			`about ${result('averageWriteQps')} per second average and ${result('peakWriteQps')} at a 5x peak`,
		);
	});
});
