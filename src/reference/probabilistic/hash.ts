/**
 * A seeded 32-bit string hash in the style of MurmurHash3 (x86, 32-bit): two UTF-16 code units
 * per 32-bit block, each block multiplied, rotated and folded into the state, then a finalizer
 * that spreads every input bit across the output. The seed is the starting state, and because
 * every block goes through the multiply-rotate mix, different seeds behave like independent
 * hash functions, which is what the sketches here need: a Bloom filter derives its probes from
 * two of them, a count-min sketch uses one per row. Fast and well spread, not cryptographic.
 */
export function hash32(input: string, seed = 0): number {
	let h = seed >>> 0;
	const blocks = input.length >>> 1;
	for (let i = 0; i < blocks; i++) {
		const block = input.charCodeAt(2 * i) | (input.charCodeAt(2 * i + 1) << 16);
		h ^= mixBlock(block);
		h = rotateLeft(h, 13);
		h = (Math.imul(h, 5) + 0xe6546b64) | 0;
	}
	if (input.length & 1) h ^= mixBlock(input.charCodeAt(input.length - 1));
	h ^= input.length * 2;
	return finalize32(h);
}

/** The murmur3 32-bit finalizer: an invertible mix that spreads low-bit differences upward. */
export function finalize32(value: number): number {
	let h = value >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

function mixBlock(block: number): number {
	let k = Math.imul(block, 0xcc9e2d51);
	k = rotateLeft(k, 15);
	return Math.imul(k, 0x1b873593);
}

function rotateLeft(value: number, bits: number): number {
	return (value << bits) | (value >>> (32 - bits));
}
