/**
 * Splitting a file into chunks that a sync service can hash, deduplicate and upload one by one.
 *
 * Fixed-size chunking cuts every `size` bytes: simple, but inserting one byte near the start
 * moves every later boundary, so every later chunk gets a new hash. Content-defined chunking
 * (CDC) cuts where a rolling hash of the last few bytes matches a pattern, so a boundary
 * follows the content: after an edit, cuts fall back into step and later chunks keep their
 * hashes. This is the Gear hash used by FastCDC (Xia et al., USENIX ATC 2016), without its
 * normalized-chunking refinement.
 */
import { createHash } from 'node:crypto';

/** One chunk: a byte range of the file and the SHA-256 of those bytes. */
export interface Chunk {
	readonly offset: number;
	readonly length: number;
	/** Lowercase hex SHA-256 of the chunk's bytes: its name in the block store. */
	readonly hash: string;
}

/** Size limits for content-defined chunking, in bytes. */
export interface CdcOptions {
	/** No cut before this many bytes, so an unlucky run of matches cannot make tiny chunks. */
	readonly minSize: number;
	/** Expected distance between cuts; must be a power of two (it sets the mask). */
	readonly avgSize: number;
	/** Forced cut here, so a run with no match cannot make one huge chunk. */
	readonly maxSize: number;
}

/** SHA-256 of a byte range, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

function toChunk(data: Uint8Array, offset: number, end: number): Chunk {
	return { offset, length: end - offset, hash: sha256Hex(data.subarray(offset, end)) };
}

/** Cuts every `size` bytes; the last chunk may be shorter (Dropbox hashes 4 MiB blocks this way). */
export function fixedSizeChunks(data: Uint8Array, size: number): Chunk[] {
	if (!Number.isInteger(size) || size <= 0)
		throw new RangeError(`size must be a positive whole number of bytes, got ${size}`);
	const chunks: Chunk[] = [];
	for (let offset = 0; offset < data.length; offset += size)
		chunks.push(toChunk(data, offset, Math.min(offset + size, data.length)));
	return chunks;
}

/** 256 pseudo-random 32-bit values, one per byte value; fixed so every client cuts alike. */
const gearTable: Uint32Array = (() => {
	const table = new Uint32Array(256);
	let state = 0x9e3779b9; // Any fixed seed works; it must never change once data is stored.
	for (let i = 0; i < 256; i++) {
		// xorshift32: cheap, and good enough to spread byte values over 32 bits.
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		table[i] = state >>> 0;
	}
	return table;
})();

/** Checks the limits and returns the boundary mask: log2(avgSize) high bits set. */
function boundaryMask({ minSize, avgSize, maxSize }: CdcOptions): number {
	const bits = Math.log2(avgSize);
	if (!Number.isInteger(bits) || bits < 1 || bits > 31)
		throw new RangeError(`avgSize must be a power of two between 2 and 2^31, got ${avgSize}`);
	if (!(minSize >= 1 && minSize < avgSize && avgSize < maxSize))
		throw new RangeError(
			`need 1 <= minSize < avgSize < maxSize, got ${minSize}, ${avgSize}, ${maxSize}`,
		);
	// High bits: after a left shift per byte, they depend on the last 32 bytes, the window.
	return ((2 ** bits - 1) * 2 ** (32 - bits)) >>> 0;
}

/**
 * Content-defined chunking with a Gear rolling hash. For each byte the hash shifts left one
 * bit and adds the byte's table value, so a byte falls out of the hash 32 bytes later; a cut
 * goes after any byte where the masked bits are all zero (probability 1 / avgSize per byte).
 */
export function contentDefinedChunks(data: Uint8Array, options: CdcOptions): Chunk[] {
	const mask = boundaryMask(options);
	const chunks: Chunk[] = [];
	let start = 0;
	let hash = 0;
	for (let i = 0; i < data.length; i++) {
		hash = ((hash << 1) + gearTable[data[i] ?? 0]!) >>> 0;
		const length = i + 1 - start;
		if (length < options.minSize) continue;
		if ((hash & mask) === 0 || length >= options.maxSize) {
			chunks.push(toChunk(data, start, i + 1));
			start = i + 1;
			hash = 0;
		}
	}
	if (start < data.length) chunks.push(toChunk(data, start, data.length));
	return chunks;
}
