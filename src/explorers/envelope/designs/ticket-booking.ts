/**
 * The ticket booking design's estimate for one hot on-sale, as calculator inputs; a unit test
 * checks the figures the page prints against the calculator.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/**
 * 2M people arrive for 50,000 seats; each makes 30 requests (queue polls, seat-map loads,
 * hold attempts), one of them a write. The calculator's day is squeezed into the first 10
 * minutes, so the peak factor is 86,400 / 600 = 144.
 */
export const ticketBookingEstimate: EnvelopeInputs = {
	dailyActiveUsers: 2_000_000,
	requestsPerUserPerDay: 30,
	readsPerWrite: 29,
	// A hold or order row with its audit trail.
	writeSizeKB: 1,
	// A seat map for one section, compressed.
	readSizeKB: 10,
	peakFactor: 144,
	retentionYears: 1,
	replicationFactor: 3,
};
