import { describe, it, expect } from 'vitest';
import { estimateEnvelope } from '../../../../../src/explorers/envelope/envelope.ts';
import { designEstimate } from './support/design-estimate.ts';
import { rideSharingEstimate } from '../../../../../src/explorers/envelope/designs/ride-sharing.ts';

const { page, result, estimate } = designEstimate('ride-sharing', rideSharingEstimate);
/** The estimate table's row, found by its first cell. */
const row = (label: string): string =>
	page.split('\n').find((line) => new RegExp(`^\\|\\s*${label}\\s*\\|`).test(line)) ?? '';

describe('ride-sharing design estimate', () => {
	it('computes 125,000 location writes a second on average and 250,000 at peak', () => {
		expect(estimate.writesPerDay).toBeCloseTo(10.8e9, 0);
		expect(estimate.averageWriteQps).toBeCloseTo(125_000, 6);
		expect(estimate.peakWriteQps).toBeCloseTo(250_000, 6);
		expect(estimate.averageReadQps).toBeCloseTo(25_000, 6);
	});

	it('prints the calculator figures in the page estimate table', () => {
		expect(row('Location writes per day')).toContain(result('writesPerDay'));
		expect(row('Write QPS')).toContain(`${result('averageWriteQps')} average`);
		expect(row('Peak write QPS')).toContain(result('peakWriteQps'));
		expect(row('Proximity reads per day')).toContain(result('readsPerDay'));
		expect(row('Read QPS')).toContain(
			`${result('averageReadQps')} average, ${result('peakReadQps')} peak`,
		);
		expect(row('Trace archive per day')).toContain(result('storagePerDayBytes'));
		expect(row('Trace archive per year')).toContain(
			`${result('storagePerYearBytes')}, ${result('totalStorageBytes')} stored`,
		);
	});

	it('uses the same peak for the connection count the page derives from it', () => {
		// 250,000 samples a second, one per driver every 4 seconds, is 1M open streams.
		expect(estimateEnvelope(rideSharingEstimate).peakWriteQps * 4).toBe(1_000_000);
		expect(row('Driver connections at peak')).toContain('1M open streams');
	});

	it('sizes the live index from the drivers streaming at peak, at about 200 B each', () => {
		const drivers = estimateEnvelope(rideSharingEstimate).peakWriteQps * 4;
		expect((drivers * 200) / 1e6).toBe(200);
		expect(row('Live index in memory')).toContain('1M drivers online at peak x about 200 B');
		expect(row('Live index in memory')).toContain('about 200 MB');
	});

	it('repeats the calculator figures in the numbers that matter', () => {
		const line = page.split('\n').find((text) => text.startsWith('- **Location writes:**')) ?? '';
		expect(line).toContain(`${result('averageWriteQps')} per second on average`);
		expect(line).toContain(`${result('peakWriteQps')} at peak`);
	});
});
