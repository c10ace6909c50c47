/**
 * The ride-sharing design's estimate, as calculator inputs: the location service, where the
 * "users" are drivers, a write is one location sample and a read is one proximity query.
 * A unit test checks the design page's figures against the calculator.
 */
import type { EnvelopeInputs } from '../envelope.ts';

/** 3M drivers a day, online 4 hours each, one sample every 4 s, one query per five samples. */
export const rideSharingEstimate: EnvelopeInputs = {
	dailyActiveUsers: 3_000_000,
	// 4 hours x 3,600 s / 4 s = 3,600 samples, plus 0.2 queries per sample: 3,600 x 1.2.
	requestsPerUserPerDay: 4_320,
	readsPerWrite: 0.2,
	// A sample kept in the trace archive: id, lat, lon, heading, speed, accuracy, time, about 100 B.
	writeSizeKB: 0.1,
	// A proximity answer: up to 20 drivers with position and ETA, about 1 KB.
	readSizeKB: 1,
	peakFactor: 2,
	retentionYears: 1,
	replicationFactor: 3,
};
