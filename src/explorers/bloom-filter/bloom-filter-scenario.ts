/**
 * The numbers behind the Bloom filter explorer: for a key count, a size in bits per key and a
 * hash count, the expected false-positive rate, the memory, the share of bits set and the best
 * hash count, all from the handbook's reference formulas so the page and the explorer agree.
 */
import { expectedFalsePositiveRate } from '../../reference/probabilistic/bloom-filter.ts';

/** The knobs a reader turns. */
export interface BloomFilterScenario {
	/** Keys the filter will hold, n (a whole number, at least 1). */
	readonly keys: number;
	/** Filter size per key, m / n (above 0). */
	readonly bitsPerKey: number;
	/** Hash functions per key, k (a whole number, at least 1). */
	readonly hashes: number;
}

/** The smallest and largest hash counts the explorer offers and charts. */
export const hashRange = { min: 1, max: 16 } as const;

/** What the scenario works out to. */
export interface BloomFilterOutcome {
	readonly scenario: BloomFilterScenario;
	/** Total bits, m = ceil(n * bits per key). */
	readonly bits: number;
	/** m / 8, in bytes. */
	readonly memoryBytes: number;
	/** (1 - e^(-kn/m))^k. */
	readonly falsePositiveRate: number;
	/** Expected share of bits set after n inserts: 1 - e^(-kn/m). */
	readonly fillRatio: number;
	/** The whole-number k with the lowest rate for this size. */
	readonly bestHashes: number;
	/** The rate at {@link bestHashes}. */
	readonly bestRate: number;
	/** The unrounded optimum, (m / n) ln 2. */
	readonly idealHashes: number;
	/** The rate at every k in {@link hashRange}, for the chart. */
	readonly curve: readonly { readonly hashes: number; readonly rate: number }[];
}

/** Works out a scenario; throws a RangeError naming the field for impossible input. */
export function evaluateBloomFilter(scenario: BloomFilterScenario): BloomFilterOutcome {
	const { keys, bitsPerKey, hashes } = scenario;
	if (!Number.isInteger(keys) || keys < 1)
		throw new RangeError(`keys must be an integer >= 1, got ${keys}`);
	if (!(bitsPerKey > 0)) throw new RangeError(`bitsPerKey must be above 0, got ${bitsPerKey}`);
	if (!Number.isInteger(hashes) || hashes < 1)
		throw new RangeError(`hashes must be an integer >= 1, got ${hashes}`);
	const bits = Math.ceil(keys * bitsPerKey);
	const idealHashes = (bits / keys) * Math.LN2;
	// The rate is unimodal in k, so the best whole number is one of the two around the ideal.
	const candidates = [Math.max(1, Math.floor(idealHashes)), Math.max(1, Math.ceil(idealHashes))];
	const bestHashes = candidates.reduce((best, k) =>
		expectedFalsePositiveRate(bits, k, keys) < expectedFalsePositiveRate(bits, best, keys)
			? k
			: best,
	);
	const curve = [];
	for (let k = hashRange.min; k <= hashRange.max; k++) {
		curve.push({ hashes: k, rate: expectedFalsePositiveRate(bits, k, keys) });
	}
	return {
		scenario,
		bits,
		memoryBytes: bits / 8,
		falsePositiveRate: expectedFalsePositiveRate(bits, hashes, keys),
		fillRatio: 1 - Math.exp((-hashes * keys) / bits),
		bestHashes,
		bestRate: expectedFalsePositiveRate(bits, bestHashes, keys),
		idealHashes,
		curve,
	};
}

/** "1,000,000 keys": grouped digits, the way the slider value is read out. */
export function formatKeys(keys: number): string {
	return `${keys.toLocaleString('en-US')} ${keys === 1 ? 'key' : 'keys'}`;
}

/** Bytes in decimal units with three significant figures: "1.25 MB". */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return unit === 0
		? `${Math.ceil(value)} bytes`
		: `${Number(value.toPrecision(3))} ${units[unit]}`;
}

/** A rate as a percentage with sensible precision, plus "1 in N" for small rates. */
export function formatRate(rate: number): string {
	if (rate >= 0.1) return `${Number((rate * 100).toPrecision(3))}%`;
	const oneIn = Math.round(1 / rate);
	return `${Number((rate * 100).toPrecision(2))}% (about 1 in ${oneIn.toLocaleString('en-US')})`;
}

/** One sentence for the live region and the chart description. */
export function describeBloomFilter(outcome: BloomFilterOutcome): string {
	const { keys, bitsPerKey, hashes } = outcome.scenario;
	const ideal = Math.round(outcome.idealHashes * 10) / 10;
	const advice =
		hashes === outcome.bestHashes
			? `${hashes} is the best hash count for this size (ideal ${ideal}).`
			: `The best hash count for this size is ${outcome.bestHashes} (ideal ${ideal}), which gives ${formatRate(outcome.bestRate)}.`;
	return (
		`${formatKeys(keys)} at ${bitsPerKey} bits per key take ${formatBytes(outcome.memoryBytes)}. ` +
		`With ${hashes} hash ${hashes === 1 ? 'function' : 'functions'} the false-positive rate is ` +
		`${formatRate(outcome.falsePositiveRate)}, and ${Math.round(outcome.fillRatio * 100)}% of bits are set. ` +
		advice
	);
}
