/**
 * The distributed job scheduler design's estimate, as calculator inputs. A unit test checks
 * the figures the design page prints against the calculator's.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/**
 * 10M schedules firing 10 times a day on average. A "write" is one run record; a "read" is a
 * run-history lookup, one for every four runs. Run records are kept 90 days on 3 replicas.
 */
export const jobSchedulerEstimate: EnvelopeInputs = {
	dailyActiveUsers: 10_000_000,
	// 10 runs plus 2.5 history reads per schedule per day.
	requestsPerUserPerDay: 12.5,
	readsPerWrite: 0.25,
	writeSizeKB: 1,
	readSizeKB: 1,
	peakFactor: 3,
	// 90 days, not a quarter-year (91.25 days): 100 GB x 90 x 3 = 27 TB.
	retentionYears: 90 / 365,
	replicationFactor: 3,
};
