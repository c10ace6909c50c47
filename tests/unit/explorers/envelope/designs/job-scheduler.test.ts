import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { jobSchedulerEstimate } from '../../../../../src/explorers/envelope/designs/job-scheduler.ts';

const { page, result, estimate } = designEstimate('job-scheduler', jobSchedulerEstimate);

describe('job scheduler design estimate', () => {
	it('computes the runs and storage the page works through', () => {
		expect(estimate.writesPerDay).toBe(100e6);
		expect(estimate.readsPerDay).toBe(25e6);
		expect(Math.round(estimate.averageWriteQps)).toBe(1_157);
		expect(Math.round(estimate.peakWriteQps)).toBe(3_472);
		expect(estimate.totalStorageBytes).toBeCloseTo(27e12, -6);
	});

	it('prints the calculator figures in its estimates table', () => {
		const row = (label: string, value: string): RegExp =>
			new RegExp(`\\|\\s*${label}\\s*\\|[^\\n]*\\|\\s*${value.replace(/[.]/g, '\\.')}[^|\\n]*\\|`);
		expect(page).toMatch(
			row(
				'Runs per second',
				`${result('averageWriteQps')} average, ${result('peakWriteQps')} peak`,
			),
		);
		expect(page).toMatch(
			row(
				'History reads per second',
				`${result('averageReadQps')} average, ${result('peakReadQps')} peak`,
			),
		);
		expect(page).toMatch(row('Run records per day', result('storagePerDayBytes')));
		expect(page).toMatch(row('Run history, 90 days, 3 copies', result('totalStorageBytes')));
	});

	it('repeats the same figures in its summary and interview plan', () => {
		expect(page).toContain(
			`${result('averageWriteQps')} per second on average, ${result('peakWriteQps')} in the busy hour`,
		);
		expect(page).toContain(`${result('totalStorageBytes')} for 90 days with three copies`);
		expect(page).toContain(
			`${result('averageWriteQps')} runs/s average, 16,667/s at midnight, ${result('totalStorageBytes')}`,
		);
	});
});
