import { hash32 } from './hash.ts';

/** The relative standard error of a HyperLogLog with 2^precision registers: 1.04 / sqrt(m). */
export function standardError(precision: number): number {
	checkPrecision(precision);
	return 1.04 / Math.sqrt(2 ** precision);
}

/**
 * Bytes of a dense sketch that packs each register into 6 bits, as Redis does:
 * 2^14 registers * 6 bits = 12,288 bytes, the "12 KB" in the Redis documentation.
 */
export function denseSizeBytes(precision: number): number {
	checkPrecision(precision);
	return (2 ** precision * 6) / 8;
}

/**
 * A HyperLogLog cardinality estimator (Flajolet, Fusy, Gandouet and Meunier, 2007).
 * Each key hashes to one of m = 2^precision registers; the register keeps the largest
 * "rank" seen there, where the rank is the position of the first 1 bit in a second hash.
 * A rank of r happens with probability 2^-r, so long runs of zeros mean many distinct keys.
 * The estimate is a bias-corrected harmonic mean of 2^register across all registers.
 *
 * Here the register index and the rank come from two independent 32-bit hashes, which
 * together act as a 46-bit-plus hash: no large-range correction is needed below about 2^40 keys.
 * Registers are bytes for clarity; production sketches pack them into 6 bits.
 */
export class HyperLogLog {
	private readonly registers: Uint8Array;

	/** @param precision p, the number of index bits: m = 2^p registers, 4 <= p <= 18. */
	constructor(readonly precision = 14) {
		checkPrecision(precision);
		this.registers = new Uint8Array(2 ** precision);
	}

	/** Number of registers, m. */
	get size(): number {
		return this.registers.length;
	}

	/** Records a key; adding the same key again never changes the sketch. */
	add(key: string): void {
		const index = hash32(key, 0x2f0b3c1d) >>> (32 - this.precision);
		// Math.clz32 counts leading zeros; the rank is the position of the first 1 bit (1..33).
		const rank = Math.clz32(hash32(key, 0x7a3d9e55)) + 1;
		if (rank > this.registers[index]!) this.registers[index] = rank;
	}

	/** The estimated number of distinct keys added. */
	estimate(): number {
		const m = this.registers.length;
		let sum = 0;
		let zeros = 0;
		for (const register of this.registers) {
			sum += 2 ** -register;
			if (register === 0) zeros++;
		}
		const raw = (alpha(m) * m * m) / sum;
		// Small-range correction: with many empty registers, linear counting is more accurate.
		if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
		return raw;
	}

	/**
	 * Folds another sketch of the same precision into this one by taking the larger register
	 * at every index. The result is exactly the sketch of the union of both key sets, which is
	 * why daily sketches can be merged into weekly ones (Redis PFMERGE).
	 */
	merge(other: HyperLogLog): void {
		if (other.precision !== this.precision)
			throw new RangeError(
				`cannot merge precision ${other.precision} into precision ${this.precision}; build both sketches with the same precision`,
			);
		for (let i = 0; i < this.registers.length; i++) {
			const theirs = other.registers[i]!;
			if (theirs > this.registers[i]!) this.registers[i] = theirs;
		}
	}

	/** A copy of the registers, for tests and inspection. */
	snapshot(): Uint8Array {
		return this.registers.slice();
	}
}

/** The bias-correction constant from the HyperLogLog paper. */
function alpha(m: number): number {
	if (m === 16) return 0.673;
	if (m === 32) return 0.697;
	if (m === 64) return 0.709;
	return 0.7213 / (1 + 1.079 / m);
}

function checkPrecision(precision: number): void {
	if (!Number.isInteger(precision) || precision < 4 || precision > 18)
		throw new RangeError(`precision must be an integer from 4 to 18, got ${precision}`);
}
