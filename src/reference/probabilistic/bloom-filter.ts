import { hash32 } from './hash.ts';

/**
 * Bits needed for `capacity` keys at false-positive rate `rate`, with the optimal hash count:
 * m = -n ln p / (ln 2)^2. For p = 1% that is about 9.59 bits per key, whatever n is.
 */
export function optimalBitCount(capacity: number, rate: number): number {
	checkCapacity(capacity);
	checkRate(rate);
	return Math.ceil((-capacity * Math.log(rate)) / (Math.LN2 * Math.LN2));
}

/**
 * The hash count that minimizes false positives for m bits and n keys: k = (m / n) ln 2,
 * rounded to the nearest whole number and at least 1.
 */
export function optimalHashCount(bits: number, capacity: number): number {
	checkBits(bits);
	checkCapacity(capacity);
	return Math.max(1, Math.round((bits / capacity) * Math.LN2));
}

/**
 * The expected false-positive rate after inserting n keys into m bits with k hashes:
 * (1 - e^(-kn/m))^k. Each probe of an absent key lands on a set bit with probability
 * 1 - e^(-kn/m), and a false positive needs all k probes to.
 */
export function expectedFalsePositiveRate(bits: number, hashes: number, inserted: number): number {
	checkBits(bits);
	if (!Number.isInteger(hashes) || hashes < 1)
		throw new RangeError(`hashes must be an integer >= 1, got ${hashes}`);
	if (!Number.isInteger(inserted) || inserted < 0)
		throw new RangeError(`inserted must be an integer >= 0, got ${inserted}`);
	return (1 - Math.exp((-hashes * inserted) / bits)) ** hashes;
}

/**
 * A Bloom filter: a bit array and k hash functions. Adding a key sets its k bits; a lookup
 * answers "definitely absent" if any of them is clear and "maybe present" if all are set.
 * There are no false negatives, because bits are only ever set, and no deletes, for the same
 * reason: clearing a bit could erase another key. The k positions come from two hashes by
 * double hashing, g_i(x) = h1(x) + i * h2(x) mod m (Kirsch and Mitzenmacher, 2006), which keeps
 * the false-positive rate of k independent hashes at the cost of two.
 */
export class BloomFilter {
	private readonly words: Uint32Array;
	private added = 0;

	/**
	 * @param bits size of the bit array, m.
	 * @param hashes probes per key, k.
	 */
	constructor(
		readonly bits: number,
		readonly hashes: number,
	) {
		checkBits(bits);
		if (!Number.isInteger(hashes) || hashes < 1)
			throw new RangeError(`hashes must be an integer >= 1, got ${hashes}`);
		this.words = new Uint32Array(Math.ceil(bits / 32));
	}

	/** A filter sized for `capacity` keys at false-positive rate `rate`. */
	static forCapacity(capacity: number, rate: number): BloomFilter {
		const bits = optimalBitCount(capacity, rate);
		return new BloomFilter(bits, optimalHashCount(bits, capacity));
	}

	/** How many add calls the filter has seen (duplicates included). */
	get count(): number {
		return this.added;
	}

	/** Sets the key's k bits. */
	add(key: string): void {
		const [h1, h2] = baseHashes(key);
		for (let i = 0; i < this.hashes; i++) {
			const position = probe(h1, h2, i, this.bits);
			this.words[position >>> 5]! |= 1 << (position & 31);
		}
		this.added++;
	}

	/** False means the key was never added; true means it probably was. */
	mightContain(key: string): boolean {
		const [h1, h2] = baseHashes(key);
		for (let i = 0; i < this.hashes; i++) {
			const position = probe(h1, h2, i, this.bits);
			if ((this.words[position >>> 5]! & (1 << (position & 31))) === 0) return false;
		}
		return true;
	}

	/** Share of bits set; at the optimal k a full filter sits near one half. */
	fillRatio(): number {
		let set = 0;
		for (let position = 0; position < this.bits; position++) {
			if ((this.words[position >>> 5]! & (1 << (position & 31))) !== 0) set++;
		}
		return set / this.bits;
	}
}

/** The two independent hashes that double hashing combines into k probe positions. */
function baseHashes(key: string): [number, number] {
	// An odd step is never zero, so the k probes cannot all land on one bit.
	return [hash32(key, 0x5bd1e995), (hash32(key, 0x1b873593) | 1) >>> 0];
}

/** Probe i of k: g_i = (h1 + i * h2) mod m, exact because it stays far below 2^53. */
function probe(h1: number, h2: number, i: number, bits: number): number {
	return (h1 + i * h2) % bits;
}

function checkBits(bits: number): void {
	if (!Number.isInteger(bits) || bits < 1)
		throw new RangeError(`bits must be an integer >= 1, got ${bits}`);
}

function checkCapacity(capacity: number): void {
	if (!Number.isInteger(capacity) || capacity < 1)
		throw new RangeError(`capacity must be an integer >= 1, got ${capacity}`);
}

function checkRate(rate: number): void {
	if (!(rate > 0 && rate < 1))
		throw new RangeError(`rate must be strictly between 0 and 1, got ${rate}`);
}
