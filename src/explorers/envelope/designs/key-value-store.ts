/**
 * The distributed key-value store design's estimate, as calculator inputs. A unit test checks
 * the figures the design page prints against the calculator's.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/** 100M users, 100 requests each a day, 4 reads per write, 1 KB values, N = 3. */
export const keyValueStoreEstimate: EnvelopeInputs = {
	dailyActiveUsers: 100_000_000,
	requestsPerUserPerDay: 100,
	readsPerWrite: 4,
	// Most writes overwrite an existing key; one in ten adds a new 1 KB item: 1 KB / 10.
	writeSizeKB: 0.1,
	readSizeKB: 1,
	peakFactor: 3,
	retentionYears: 1,
	replicationFactor: 3,
};
