import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { fileSyncEstimate } from '../../../../../src/explorers/envelope/designs/file-sync.ts';

const { page, result, estimate } = designEstimate('file-sync', fileSyncEstimate);

/** The estimates table row whose first cell is `label`. */
function row(label: string): string {
	const match = page.match(new RegExp(`^\\|\\s*${label}\\s*\\|.*$`, 'm'));
	if (!match) throw new Error(`file-sync.mdx: no estimates row labelled "${label}"`);
	return match[0];
}

describe('file sync estimate', () => {
	it('computes the traffic and storage the design assumes', () => {
		expect(estimate.writesPerDay).toBe(1e9);
		expect(estimate.readsPerDay).toBe(2e9);
		expect(estimate.storagePerDayBytes).toBe(100e12);
		expect(estimate.totalStorageBytes).toBeCloseTo(36.5e15, 0);
	});

	it('agrees with the figures the page prints', () => {
		expect(row('Versions saved per day')).toContain(`| ${result('writesPerDay')} `);
		expect(row('Downloads per day')).toContain(`| ${result('readsPerDay')} `);
		expect(row('Upload \\(commit\\) rate')).toContain(`${result('averageWriteQps')}/s average`);
		expect(row('Upload peak')).toContain(`${result('peakWriteQps')}/s`);
		expect(row('Download rate')).toContain(
			`${result('averageReadQps')}/s average, ${result('peakReadQps')} peak`,
		);
		expect(row('New chunk bytes per day')).toContain(result('storagePerDayBytes'));
		expect(row('New chunk bytes per year')).toContain(result('storagePerYearBytes'));
		expect(row('Upload bandwidth')).toContain(`${result('averageIngressBps')} average`);
		expect(row('Download bandwidth')).toContain(`${result('averageEgressBps')} average`);
		expect(row('Download bandwidth')).toContain(
			`${result('peakEgressBps').replace(' Gbps', '')} peak`,
		);
	});
});
