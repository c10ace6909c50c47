/**
 * The search autocomplete design's estimate as calculator inputs. Reads are suggestion requests,
 * writes are logged searches. A unit test checks the figures the design page prints.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/** 100M daily users, 10 searches each, about 6 debounced suggestion requests per search. */
export const searchAutocompleteEstimate: EnvelopeInputs = {
	dailyActiveUsers: 100_000_000,
	// 10 searches, each with about 6 suggestion requests after debouncing: 10 + 60.
	requestsPerUserPerDay: 70,
	readsPerWrite: 6,
	// One query-log record of about 100 bytes per search.
	writeSizeKB: 0.1,
	// Ten suggestions of about 50 bytes each.
	readSizeKB: 0.5,
	peakFactor: 3,
	retentionYears: 1,
	replicationFactor: 3,
};
