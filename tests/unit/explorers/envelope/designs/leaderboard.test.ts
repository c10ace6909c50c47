import { describe, it, expect } from 'vitest';
import { estimateEnvelope } from '../../../../../src/explorers/envelope/envelope.ts';
import { designEstimate } from './support/design-estimate.ts';
import { leaderboardEstimate } from '../../../../../src/explorers/envelope/designs/leaderboard.ts';

const { page, result, estimate } = designEstimate('leaderboard', leaderboardEstimate);
/** The estimate table's row, found by its first cell. */
const row = (label: string): string =>
	page.split('\n').find((line) => new RegExp(`^\\|\\s*${label}\\s*\\|`).test(line)) ?? '';

describe('leaderboard design estimate', () => {
	it('computes 500M score events and 1B reads a day', () => {
		expect(estimate.writesPerDay).toBeCloseTo(500e6, 0);
		expect(estimate.readsPerDay).toBeCloseTo(1e9, 0);
		expect(Math.round(estimate.peakWriteQps)).toBe(17_361);
	});

	it('prints the calculator figures in the page estimate table', () => {
		expect(row('Score events per day')).toContain(result('writesPerDay'));
		expect(row('Score writes per second')).toContain(
			`${result('averageWriteQps')} average, ${result('peakWriteQps')} peak`,
		);
		expect(row('Board reads per day')).toContain(result('readsPerDay'));
		expect(row('Board reads per second')).toContain(
			`${result('averageReadQps')} average, ${result('peakReadQps')} peak`,
		);
		expect(row('Event log per day')).toContain(result('storagePerDayBytes'));
		expect(row('Event log per year')).toContain(
			`${result('storagePerYearBytes')}, ${result('totalStorageBytes')} stored`,
		);
		expect(row('Read egress')).toContain(
			`${result('averageEgressBps')} average, ${result('peakEgressBps')} peak`,
		);
	});

	it('derives the sorted-set update rate from the calculator peak', () => {
		const peak = Math.round(estimateEnvelope(leaderboardEstimate).peakWriteQps);
		expect(Math.round((3 * peak) / 1000)).toBe(52);
		expect(row('Sorted-set work per write')).toContain(
			`3 boards (daily, weekly, all-time) x ${result('peakWriteQps')}`,
		);
		expect(row('Sorted-set work per write')).toContain('about 52,000 updates/s peak');
	});

	it('repeats the calculator figures in the numbers that matter', () => {
		const line = page.split('\n').find((text) => text.startsWith('- **Traffic here:**')) ?? '';
		expect(line).toContain(
			`${result('averageWriteQps')} score events per second average, ${result('peakWriteQps')} at peak`,
		);
		expect(line).toContain(
			`${result('averageReadQps')} reads per second average, ${result('peakReadQps')} at peak`,
		);
	});
});
