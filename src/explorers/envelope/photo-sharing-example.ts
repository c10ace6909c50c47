/**
 * The photo-sharing estimate worked through on the interview framework page, as calculator
 * inputs. The calculator starts from it, and a unit test checks the page's figures against it.
 */
import type { EnvelopeInputs } from './envelope.ts';

/** 20M users making 50 reads and 2 writes a day; a write averages 1 KB of text plus a fifth of a 200 KB image. */
export const photoSharingExample: EnvelopeInputs = {
	dailyActiveUsers: 20_000_000,
	requestsPerUserPerDay: 52,
	readsPerWrite: 25,
	// 1 KB of text on every write, plus a 200 KB image on one write in five: 1 + 200 / 5.
	writeSizeKB: 41,
	readSizeKB: 10,
	peakFactor: 3,
	retentionYears: 1,
	replicationFactor: 3,
};
