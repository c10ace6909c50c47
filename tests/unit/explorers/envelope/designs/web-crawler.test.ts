import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { webCrawlerEstimate } from '../../../../../src/explorers/envelope/designs/web-crawler.ts';

const { page, result, estimate } = designEstimate('web-crawler', webCrawlerEstimate);

// The estimate table's row with this label, or an empty string when the page has none.
function row(label: string): string {
	return page.split('\n').find((line) => new RegExp(`^\\|\\s*${label}\\s*\\|`).test(line)) ?? '';
}

describe('web crawler estimate', () => {
	it('models 1 billion pages a month as one fetch and one store per page', () => {
		expect(estimate.readsPerDay * 30).toBeCloseTo(1e9, 0);
		expect(estimate.writesPerDay).toBeCloseTo(estimate.readsPerDay, 6);
	});

	it('prints the calculator figures for fetch rate, bandwidth and storage', () => {
		expect(row('Pages per day')).toContain(result('readsPerDay'));
		expect(row('Fetches per second')).toContain(
			`about ${result('averageReadQps')}/s, ${result('peakReadQps')}/s peak`,
		);
		expect(row('Download bandwidth')).toContain(
			`${result('averageEgressBps')}, ${result('peakEgressBps')} peak`,
		);
		expect(row('Stored per day')).toContain(result('storagePerDayBytes'));
		expect(row('Stored per year')).toContain(`${result('storagePerDayBytes')} x 365`);
		expect(row('Stored per year')).toContain(result('storagePerYearBytes'));
		expect(row('With 3 copies')).toContain(result('totalStorageBytes'));
		expect(result('averageReadQps')).toBe('386');
		expect(result('totalStorageBytes')).toBe('912 TB');
	});
});
