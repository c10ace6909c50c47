/**
 * The notification-system design's estimate as calculator inputs. A unit test checks the figures
 * the design page prints against the calculator.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/**
 * 200M users receive 10 notifications a day. Each delivery reads the user's preferences and
 * device tokens once (a read of about 1 KB) and writes one delivery record of about 500 B.
 */
export const notificationSystemEstimate: EnvelopeInputs = {
	dailyActiveUsers: 200_000_000,
	// 10 preference reads plus 10 delivery-record writes per user per day.
	requestsPerUserPerDay: 20,
	readsPerWrite: 1,
	writeSizeKB: 0.5,
	readSizeKB: 1,
	// Campaigns and breaking news make traffic spiky: the busiest hour is about 5x the average.
	peakFactor: 5,
	// Delivery records are kept 90 days; analytics keeps aggregates.
	retentionYears: 90 / 365,
	replicationFactor: 3,
};
