/**
 * The payment-system design's estimate as calculator inputs. A unit test checks the figures the
 * design page prints against the calculator.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/**
 * 10M buyers pay once a day on average and read payment status four times (checkout polling,
 * receipts, order pages). A payment writes about 2 KB: the payment row, its ledger postings and
 * the PSP events that moved it.
 */
export const paymentSystemEstimate: EnvelopeInputs = {
	dailyActiveUsers: 10_000_000,
	requestsPerUserPerDay: 5,
	readsPerWrite: 4,
	writeSizeKB: 2,
	readSizeKB: 1,
	// Sales events (Black Friday, ticket drops) reach about 10x the average hour.
	peakFactor: 10,
	// Financial records are commonly kept for years; 7 is a typical retention policy.
	retentionYears: 7,
	replicationFactor: 3,
};
