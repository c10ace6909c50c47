import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	estimateEnvelope,
	findEnvelopeInputProblems,
	type EnvelopeInputs,
} from '../../../../src/explorers/envelope/envelope.ts';
import { envelopeWorking } from '../../../../src/explorers/envelope/envelope-working.ts';
import { photoSharingExample } from '../../../../src/explorers/envelope/photo-sharing-example.ts';

// The brief's one-liner: 10M users x 20 requests a day, all reads.
const simple: EnvelopeInputs = {
	dailyActiveUsers: 10e6,
	requestsPerUserPerDay: 20,
	readsPerWrite: 1,
	writeSizeKB: 1,
	readSizeKB: 1,
	peakFactor: 2,
	retentionYears: 5,
	replicationFactor: 3,
};

describe('estimateEnvelope', () => {
	it('reproduces the photo-sharing worked estimate on the interview framework page', () => {
		const estimate = estimateEnvelope(photoSharingExample);
		expect(estimate.readsPerDay).toBe(1e9);
		expect(estimate.writesPerDay).toBe(40e6);
		expect(Math.round(estimate.averageReadQps)).toBe(11_574);
		expect(Math.round(estimate.peakReadQps)).toBe(34_722);
		expect(Math.round(estimate.averageWriteQps)).toBe(463);
		expect(estimate.storagePerDayBytes).toBeCloseTo(1.64e12, 0);
		expect(estimate.storagePerYearBytes).toBeCloseTo(598.6e12, 0);
		expect(estimate.totalStorageBytes).toBeCloseTo(1.7958e15, 0);
		expect(Math.round(estimate.averageEgressBps / 1e6)).toBe(926);
	});

	it('splits requests by the read:write ratio and scales peaks by the peak factor', () => {
		const estimate = estimateEnvelope(simple);
		expect(estimate.readsPerDay).toBe(100e6);
		expect(estimate.writesPerDay).toBe(100e6);
		expect(estimate.peakWriteQps).toBeCloseTo(2 * (100e6 / 86_400), 9);
		expect(estimate.totalStorageBytes).toBeCloseTo(100e6 * 1000 * 365 * 5 * 3, 0);
		expect(estimate.averageIngressBps).toBeCloseTo((100e6 * 1000 * 8) / 86_400, 6);
		expect(estimate.peakEgressBps).toBeCloseTo(estimate.averageEgressBps * 2, 6);
	});

	it('rejects zero, negative and non-numeric inputs, naming each field and the fix', () => {
		const problems = findEnvelopeInputProblems({
			...simple,
			dailyActiveUsers: 0,
			readsPerWrite: -1,
			writeSizeKB: Number.NaN,
			peakFactor: 0.5,
			replicationFactor: 2.5,
		});
		expect(problems).toEqual([
			{
				field: 'dailyActiveUsers',
				message: 'Daily active users must be greater than 0, for example 20M or 20,000,000.',
			},
			{
				field: 'readsPerWrite',
				message: 'Reads per write must be greater than 0, for example 25 or 0.5.',
			},
			{
				field: 'writeSizeKB',
				message: 'Average write size (KB) must be a number, for example 1 or 0.5.',
			},
			{
				field: 'peakFactor',
				message:
					'Peak factor must be at least 1, for example 3 (the busiest hour at three times the average).',
			},
			{
				field: 'replicationFactor',
				message: 'Replication factor must be a whole number of at least 1, for example 3.',
			},
		]);
		expect(() => estimateEnvelope({ ...simple, retentionYears: 0 })).toThrow(
			'Retention (years) must be greater than 0, for example 5.',
		);
		expect(findEnvelopeInputProblems(simple)).toEqual([]);
	});

	it('gives each field an example of its own kind: the peak factor a multiplier, not a user count', () => {
		const problems = findEnvelopeInputProblems({ ...simple, peakFactor: Number.NaN });
		expect(problems).toEqual([
			{
				field: 'peakFactor',
				message:
					'Peak factor must be a number, for example 3 (the busiest hour at three times the average).',
			},
		]);
	});
});

describe('envelopeWorking', () => {
	it('shows the arithmetic: 10M × 20 / 86,400 ≈ 2,315 QPS', () => {
		const lines = envelopeWorking(
			{ ...simple, readsPerWrite: 1e9 },
			estimateEnvelope({ ...simple, readsPerWrite: 1e9 }),
		);
		const average = lines.find((line) => line.id === 'averageReadQps');
		expect(average?.result).toBe('2,315');
		expect(average?.working).toBe('200M / 86,400 ≈ 2,315 QPS');
	});

	it('writes every line of the worked example with its result', () => {
		const lines = envelopeWorking(photoSharingExample, estimateEnvelope(photoSharingExample));
		const byId = new Map(lines.map((line) => [line.id, line]));
		expect(byId.get('readsPerDay')?.working).toBe('20M × 52 × 25/26 = 1B');
		expect(byId.get('writesPerDay')?.working).toBe('20M × 52 × 1/26 = 40M');
		expect(byId.get('averageReadQps')?.working).toBe('1B / 86,400 ≈ 11,574 QPS');
		expect(byId.get('peakReadQps')?.working).toBe('11,574 × 3 ≈ 34,722 QPS');
		expect(byId.get('storagePerDayBytes')?.working).toBe('40M × 41 KB = 1.64 TB');
		expect(byId.get('storagePerYearBytes')?.working).toBe('1.64 TB × 365 ≈ 599 TB');
		expect(byId.get('totalStorageBytes')?.working).toBe('599 TB × 1 year × 3 copies ≈ 1.8 PB');
		expect(byId.get('averageEgressBps')?.result).toBe('926 Mbps');
		expect(
			lines.every((line) => line.result.length > 0 && line.working.includes(line.result)),
		).toBe(true);
	});

	it('agrees with the figures the interview framework page prints for its worked estimate', () => {
		const page = readFileSync('src/content/docs/system-design/interview-framework.mdx', 'utf8');
		const lines = envelopeWorking(photoSharingExample, estimateEnvelope(photoSharingExample));
		const result = (id: string): string => lines.find((line) => line.id === id)?.result ?? '(none)';
		const exact = [...page.matchAll(/exact: ([\d,]+)/g)].map((match) => match[1]);
		expect(exact).toEqual([result('averageReadQps'), result('averageWriteQps')]);
		expect(page).toContain(`${result('storagePerDayBytes')} x 365`);
		expect(page).toContain(`~${result('totalStorageBytes')} with 3 replicas`);
		expect(page).toMatch(/\|\s*Reads per day\s*\|\s*20M x 50\s*\|\s*1 billion\s*\|/);
		expect(result('readsPerDay')).toBe('1B');
	});
});
