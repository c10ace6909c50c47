import { describe, it, expect } from 'vitest';
import { nextRun, parseCron } from '../../../../src/reference/scheduler/cron-next-run.ts';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const NY = 'America/New_York';

describe('nextRun in an IANA time zone', () => {
	it('runs a daily job at local time, which moves in UTC with the season', () => {
		expect(iso(nextRun('0 9 * * *', NY, at('2026-01-15T00:00:00Z')))).toBe(
			'2026-01-15T14:00:00.000Z',
		);
		expect(iso(nextRun('0 9 * * *', NY, at('2026-07-15T00:00:00Z')))).toBe(
			'2026-07-15T13:00:00.000Z',
		);
	});

	it('spring forward (8 March 2026): 02:30 does not exist; shift runs it at 03:30 EDT', () => {
		const run = nextRun('30 2 * * *', NY, at('2026-03-08T05:00:00Z'));
		expect(iso(run)).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT (UTC-4)
	});

	it('spring forward with skip: no run that day, next run the following day at 02:30 EDT', () => {
		const run = nextRun('30 2 * * *', NY, at('2026-03-08T05:00:00Z'), 'skip');
		expect(iso(run)).toBe('2026-03-09T06:30:00.000Z');
	});

	it('fall back (1 November 2026): 01:30 happens twice and runs once, at the first', () => {
		const first = nextRun('30 1 * * *', NY, at('2026-11-01T04:00:00Z'));
		expect(iso(first)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT (UTC-4)
		const second = nextRun('30 1 * * *', NY, first);
		expect(iso(second)).toBe('2026-11-02T06:30:00.000Z'); // next day, 01:30 EST (UTC-5)
	});

	it('fall back: a scheduler restarting in the repeated hour does not run 01:30 EST again', () => {
		// 06:15 UTC is 01:15 EST, after the first 01:30 (EDT) and before the second (EST).
		expect(iso(nextRun('30 1 * * *', NY, at('2026-11-01T06:15:00Z')))).toBe(
			'2026-11-02T06:30:00.000Z',
		);
	});

	it('leaves a job outside the transition alone on a transition day', () => {
		expect(iso(nextRun('0 4 * * *', NY, at('2026-03-08T05:00:00Z')))).toBe(
			'2026-03-08T08:00:00.000Z',
		);
	});

	it('handles steps, weekdays and the either-day rule', () => {
		expect(iso(nextRun('*/15 * * * *', 'UTC', at('2026-05-01T10:07:00Z')))).toBe(
			'2026-05-01T10:15:00.000Z',
		);
		// 1 May 2026 is a Friday; the next Monday 08:00 in Tokyo is 4 May, 23:00 UTC on 3 May.
		expect(iso(nextRun('0 8 * * 1', 'Asia/Tokyo', at('2026-05-01T00:00:00Z')))).toBe(
			'2026-05-03T23:00:00.000Z',
		);
		// Day 15 or any Sunday: Sunday 3 May comes first.
		expect(iso(nextRun('0 0 15 * 0', 'UTC', at('2026-05-01T00:00:00Z')))).toBe(
			'2026-05-03T00:00:00.000Z',
		);
	});

	it('explains a bad expression by field', () => {
		expect(() => parseCron('61 * * * *')).toThrow('cron minute field: "61" is outside 0-59');
		expect(() => parseCron('0 9 * *')).toThrow('needs 5 fields');
		expect(() => nextRun('0 0 30 2 *', 'UTC', 0)).toThrow('has no run in the next eight years');
	});
});
