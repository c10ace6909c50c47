/**
 * Redundancy for stored objects: a single-parity erasure code and the arithmetic that compares
 * erasure codes with replication.
 *
 * XOR parity (RAID 5's idea) splits an object into k data shards and stores one more shard, the
 * byte-wise XOR of the k. Any one shard can be lost: XOR-ing the k survivors gives it back. Real
 * object stores use Reed-Solomon codes, which add m parity shards and survive any m losses; XOR
 * parity is the m = 1 case, small enough to read in full.
 */

/** An object split into `k` data shards plus one parity shard, each `shardSize` bytes. */
export interface XorEncoded {
	/** `k` data shards, then the parity shard. */
	readonly shards: readonly Uint8Array[];
	/** The object's length, to trim the zero padding of the last data shard. */
	readonly originalLength: number;
}

/** Splits `data` into `k` equal shards (zero-padded) and appends their XOR as a parity shard. */
export function encodeXorParity(data: Uint8Array, k: number): XorEncoded {
	if (!Number.isInteger(k) || k < 1) {
		throw new RangeError(`k (data shards) must be an integer >= 1, got ${k}`);
	}
	const shardSize = Math.ceil(data.length / k);
	const shards: Uint8Array[] = [];
	const parity = new Uint8Array(shardSize);
	for (let i = 0; i < k; i++) {
		const shard = new Uint8Array(shardSize); // zero-filled, so the last shard is padded
		shard.set(data.subarray(i * shardSize, (i + 1) * shardSize));
		xorInto(parity, shard);
		shards.push(shard);
	}
	shards.push(parity);
	return { shards, originalLength: data.length };
}

/**
 * Rebuilds the object from its shards, where a lost shard is `null`. With one shard lost, the
 * XOR of the other k is the lost one, whether it held data or parity.
 */
export function decodeXorParity(
	shards: readonly (Uint8Array | null)[],
	originalLength: number,
): Uint8Array {
	const present = shards.filter((s): s is Uint8Array => s !== null);
	const lost = shards.length - present.length;
	if (lost > 1) {
		throw new Error(
			`XOR parity rebuilds one lost shard, but ${lost} of ${shards.length} are lost; ` +
				`a code that survives ${lost} losses needs at least ${lost} parity shards (Reed-Solomon)`,
		);
	}
	const shardSize = present[0]?.length ?? 0;
	const odd = shards.findIndex((s) => s !== null && s.length !== shardSize);
	if (odd !== -1) {
		throw new Error(
			`shard ${odd} is ${shards[odd]!.length} bytes but the others are ${shardSize}; ` +
				'all shards of one object come from one encodeXorParity call',
		);
	}
	const dataShards = shards.slice(0, -1).map((shard) => {
		if (shard) return shard;
		const rebuilt = new Uint8Array(shardSize);
		for (const survivor of present) xorInto(rebuilt, survivor);
		return rebuilt;
	});
	const out = new Uint8Array(dataShards.length * shardSize);
	dataShards.forEach((shard, i) => out.set(shard, i * shardSize));
	return out.subarray(0, originalLength);
}

function xorInto(target: Uint8Array, source: Uint8Array): void {
	for (let i = 0; i < target.length; i++) target[i]! ^= source[i]!;
}

/** What a redundancy scheme costs and what it survives. */
export interface RedundancyScheme {
	readonly name: string;
	/** Shards (or copies) stored per object. */
	readonly shards: number;
	/** Bytes stored per byte of object: (k + m) / k. */
	readonly storageOverhead: number;
	/** How many shards can be lost at once without losing the object: m. */
	readonly lossesTolerated: number;
	/** Shards read to rebuild one lost shard: k. This is the repair traffic. */
	readonly shardsReadPerRepair: number;
}

/** A k + m erasure code: k data shards, m parity shards, any k of the k + m suffice. */
export function erasureCode(k: number, m: number): RedundancyScheme {
	if (!Number.isInteger(k) || k < 1 || !Number.isInteger(m) || m < 0) {
		throw new RangeError(`need integers k >= 1 and m >= 0, got k = ${k}, m = ${m}`);
	}
	return {
		name: `${k}+${m}`,
		shards: k + m,
		storageOverhead: (k + m) / k,
		lossesTolerated: m,
		shardsReadPerRepair: k,
	};
}

/** n-way replication is the k = 1 erasure code: one data shard and n - 1 copies of it. */
export function replication(copies: number): RedundancyScheme {
	if (!Number.isInteger(copies) || copies < 1) {
		throw new RangeError(`copies must be an integer >= 1, got ${copies}`);
	}
	return { ...erasureCode(1, copies - 1), name: `${copies}x replication` };
}

/**
 * Probability that an object is lost: more than `lossesTolerated` of its shards fail before
 * any is repaired, when each fails independently with probability `p` in that window. Real
 * failures are correlated (a rack, a power feed), which is why shards go to separate domains.
 */
export function lossProbability(scheme: RedundancyScheme, p: number): number {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be a probability in [0, 1], got ${p}`);
	const n = scheme.shards;
	let sum = 0;
	// Sum the upper tail directly: 1 minus the lower tail would round tiny results to 0.
	for (let lost = scheme.lossesTolerated + 1; lost <= n; lost++) {
		sum += binomial(n, lost) * p ** lost * (1 - p) ** (n - lost);
	}
	return sum;
}

function binomial(n: number, r: number): number {
	let result = 1;
	for (let i = 1; i <= r; i++) result = (result * (n - r + i)) / i;
	return result;
}
