import { describe, it, expect } from 'vitest';
import { designEstimate } from './support/design-estimate.ts';
import { searchAutocompleteEstimate } from '../../../../../src/explorers/envelope/designs/search-autocomplete.ts';

const { page, result, estimate } = designEstimate(
	'search-autocomplete',
	searchAutocompleteEstimate,
);

// The estimate table's row with this label, or an empty string when the page has none.
function row(label: string): string {
	return page.split('\n').find((line) => line.startsWith(`| ${label} `)) ?? '';
}

describe('search autocomplete estimate', () => {
	it('models 60 suggestion requests and 10 logged searches per user per day', () => {
		expect(estimate.readsPerDay).toBe(6e9);
		expect(estimate.writesPerDay).toBe(1e9);
	});

	it('prints the calculator figures for request rates, log storage and bandwidth', () => {
		expect(row('Suggestion requests/day')).toContain(result('readsPerDay'));
		expect(row('Suggestion QPS')).toContain(
			`${result('averageReadQps')} average, ${result('peakReadQps')} peak`,
		);
		expect(row('Logged searches/day')).toContain(result('writesPerDay'));
		expect(row('Log writes per second')).toContain(
			`${result('averageWriteQps')} average, ${result('peakWriteQps')} peak`,
		);
		expect(row('Query log per day')).toContain(result('storagePerDayBytes'));
		expect(row('Query log per year')).toContain(
			`${result('storagePerYearBytes')}, ${result('totalStorageBytes')}`,
		);
		expect(row('Response bandwidth')).toContain(
			`${result('averageEgressBps')}, ${result('peakEgressBps')} peak`,
		);
		expect(result('averageReadQps')).toBe('69,444');
	});
});
