/**
 * The file storage and sync design's estimate, as calculator inputs; a unit test checks the
 * figures the page prints against the calculator.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/**
 * 100M of 500M users active a day, saving 10 file versions and syncing 20 down to their other
 * devices; a saved version adds 100 KB of new chunks after deduplication.
 */
export const fileSyncEstimate: EnvelopeInputs = {
	dailyActiveUsers: 100_000_000,
	requestsPerUserPerDay: 30,
	// Each saved version is downloaded by about two other devices.
	readsPerWrite: 2,
	writeSizeKB: 100,
	readSizeKB: 100,
	peakFactor: 2,
	retentionYears: 1,
	// Blocks are erasure-coded, not copied; the page adds the 1.5x overhead by hand.
	replicationFactor: 1,
};
