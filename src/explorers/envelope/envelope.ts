/**
 * Back-of-the-envelope capacity estimate: from users, request mix and sizes to average and peak
 * QPS, storage growth and bandwidth. Pure arithmetic with the assumptions spelled out, so an
 * interviewer's "how did you get that?" has a line-by-line answer.
 */

/** What the reader assumes. Sizes are in decimal kilobytes (1 KB = 1,000 bytes). */
export interface EnvelopeInputs {
	/** Users active on a typical day. */
	readonly dailyActiveUsers: number;
	/** Requests each of them makes per day, reads and writes together. */
	readonly requestsPerUserPerDay: number;
	/** Reads for every write: 25 means 25:1, 0.5 means 1:2. */
	readonly readsPerWrite: number;
	/** Average bytes stored per write, in KB. */
	readonly writeSizeKB: number;
	/** Average bytes returned per read, in KB. */
	readonly readSizeKB: number;
	/** Busiest-hour traffic over the daily average; 1 means flat, 2 to 3 is typical. */
	readonly peakFactor: number;
	/** Years of data kept. */
	readonly retentionYears: number;
	/** Copies of every byte kept (replicas, including the primary). */
	readonly replicationFactor: number;
}

/** Field names, as a reader sees them, for labels and error messages. */
export const envelopeFieldLabels: Record<keyof EnvelopeInputs, string> = {
	dailyActiveUsers: 'Daily active users',
	requestsPerUserPerDay: 'Requests per user per day',
	readsPerWrite: 'Reads per write',
	writeSizeKB: 'Average write size (KB)',
	readSizeKB: 'Average read response (KB)',
	peakFactor: 'Peak factor',
	retentionYears: 'Retention (years)',
	replicationFactor: 'Replication factor',
};

/** One problem with one field. */
export interface EnvelopeInputProblem {
	readonly field: keyof EnvelopeInputs;
	readonly message: string;
}

/** The estimate; rates per second, sizes in bytes, bandwidth in bits per second. */
export interface EnvelopeEstimate {
	readonly readsPerDay: number;
	readonly writesPerDay: number;
	readonly averageReadQps: number;
	readonly peakReadQps: number;
	readonly averageWriteQps: number;
	readonly peakWriteQps: number;
	readonly storagePerDayBytes: number;
	readonly storagePerYearBytes: number;
	/** Per year, times retention, times replication. */
	readonly totalStorageBytes: number;
	readonly averageIngressBps: number;
	readonly peakIngressBps: number;
	readonly averageEgressBps: number;
	readonly peakEgressBps: number;
}

/** Seconds in a day; the page rounds it to 10^5 in the head, the calculator does not. */
export const secondsPerDay = 86_400;
/** Days in a year for storage growth. */
export const daysPerYear = 365;

/**
 * What to type in each field, as an example the error message gives: a value of that field's
 * kind, so the peak factor's message does not suggest a user count.
 */
export const envelopeFieldExamples: Record<keyof EnvelopeInputs, string> = {
	dailyActiveUsers: '20M or 20,000,000',
	requestsPerUserPerDay: '50',
	readsPerWrite: '25 or 0.5',
	writeSizeKB: '1 or 0.5',
	readSizeKB: '40',
	peakFactor: '3 (the busiest hour at three times the average)',
	retentionYears: '5',
	replicationFactor: '3',
};

/** Every problem with the inputs, one per field, in field order; empty when all are usable. */
export function findEnvelopeInputProblems(inputs: EnvelopeInputs): EnvelopeInputProblem[] {
	const problems: EnvelopeInputProblem[] = [];
	const check = (
		field: keyof EnvelopeInputs,
		ok: (value: number) => boolean,
		rule: string,
	): void => {
		const value = inputs[field];
		const label = envelopeFieldLabels[field];
		const example = `for example ${envelopeFieldExamples[field]}`;
		if (!Number.isFinite(value))
			problems.push({ field, message: `${label} must be a number, ${example}.` });
		else if (!ok(value)) problems.push({ field, message: `${label} must be ${rule}, ${example}.` });
	};
	check('dailyActiveUsers', (v) => v > 0, 'greater than 0');
	check('requestsPerUserPerDay', (v) => v > 0, 'greater than 0');
	check('readsPerWrite', (v) => v > 0, 'greater than 0');
	check('writeSizeKB', (v) => v > 0, 'greater than 0');
	check('readSizeKB', (v) => v > 0, 'greater than 0');
	check('peakFactor', (v) => v >= 1, 'at least 1');
	check('retentionYears', (v) => v > 0, 'greater than 0');
	check('replicationFactor', (v) => Number.isInteger(v) && v >= 1, 'a whole number of at least 1');
	return problems;
}

/** Computes the estimate; throws a RangeError listing every problem if any input is unusable. */
export function estimateEnvelope(inputs: EnvelopeInputs): EnvelopeEstimate {
	const problems = findEnvelopeInputProblems(inputs);
	if (problems.length > 0)
		throw new RangeError(problems.map((problem) => problem.message).join(' '));
	const requestsPerDay = inputs.dailyActiveUsers * inputs.requestsPerUserPerDay;
	// Multiply before dividing so round inputs give round outputs (52 x 25 / 26 is exactly 50).
	const readsPerDay = (requestsPerDay * inputs.readsPerWrite) / (inputs.readsPerWrite + 1);
	const writesPerDay = requestsPerDay - readsPerDay;
	const storagePerDayBytes = writesPerDay * inputs.writeSizeKB * 1000;
	const storagePerYearBytes = storagePerDayBytes * daysPerYear;
	const egressPerDayBytes = readsPerDay * inputs.readSizeKB * 1000;
	const averageIngressBps = (storagePerDayBytes * 8) / secondsPerDay;
	const averageEgressBps = (egressPerDayBytes * 8) / secondsPerDay;
	return {
		readsPerDay,
		writesPerDay,
		averageReadQps: readsPerDay / secondsPerDay,
		peakReadQps: (readsPerDay / secondsPerDay) * inputs.peakFactor,
		averageWriteQps: writesPerDay / secondsPerDay,
		peakWriteQps: (writesPerDay / secondsPerDay) * inputs.peakFactor,
		storagePerDayBytes,
		storagePerYearBytes,
		totalStorageBytes: storagePerYearBytes * inputs.retentionYears * inputs.replicationFactor,
		averageIngressBps,
		peakIngressBps: averageIngressBps * inputs.peakFactor,
		averageEgressBps,
		peakEgressBps: averageEgressBps * inputs.peakFactor,
	};
}
