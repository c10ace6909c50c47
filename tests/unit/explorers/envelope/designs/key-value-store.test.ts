import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { keyValueStoreEstimate } from '../../../../../src/explorers/envelope/designs/key-value-store.ts';

const { page, result, estimate } = designEstimate('key-value-store', keyValueStoreEstimate);

describe('key-value store design estimate', () => {
	it('computes the traffic and storage the page works through', () => {
		expect(estimate.readsPerDay).toBe(8e9);
		expect(estimate.writesPerDay).toBe(2e9);
		expect(Math.round(estimate.peakReadQps)).toBe(277_778);
		expect(Math.round(estimate.peakWriteQps)).toBe(69_444);
		expect(estimate.totalStorageBytes).toBeCloseTo(219e12, -6);
	});

	it('prints the calculator figures in its estimates table', () => {
		const row = (label: string, value: string): RegExp =>
			new RegExp(`\\|\\s*${label}\\s*\\|[^\\n]*\\|\\s*${value.replace(/[.]/g, '\\.')}[^|\\n]*\\|`);
		expect(page).toMatch(row('Reads per second', `${result('averageReadQps')} average`));
		expect(page).toMatch(
			row('Reads per second', `${result('averageReadQps')} average, ${result('peakReadQps')} peak`),
		);
		expect(page).toMatch(
			row(
				'Writes per second',
				`${result('averageWriteQps')} average, ${result('peakWriteQps')} peak`,
			),
		);
		expect(page).toMatch(row('New data per day', result('storagePerDayBytes')));
		expect(page).toMatch(row('Data after a year', result('storagePerYearBytes')));
		expect(page).toMatch(row('Stored with N = 3', result('totalStorageBytes')));
	});

	it('uses the calculator egress and repeats its figures in the summary and interview plan', () => {
		expect(page).toContain(
			`${result('averageEgressBps')} average and ${result('peakEgressBps')} at peak`,
		);
		expect(page).toContain(
			`${result('peakReadQps')} reads and ${result('peakWriteQps')} writes per second at peak, ${result('totalStorageBytes')} with three copies`,
		);
		expect(page).toContain(
			`${result('peakReadQps')} peak reads per second, ${result('totalStorageBytes')}`,
		);
	});
});
