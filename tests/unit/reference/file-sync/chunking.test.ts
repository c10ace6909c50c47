import { describe, it, expect } from 'vitest';
import {
	contentDefinedChunks,
	fixedSizeChunks,
	type CdcOptions,
	type Chunk,
} from '../../../../src/reference/file-sync/chunking.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const options: CdcOptions = { minSize: 1024, avgSize: 4096, maxSize: 16_384 };

function randomBytes(length: number, seed: number): Uint8Array {
	const random = seededRandom(seed);
	const bytes = new Uint8Array(length);
	for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
	return bytes;
}

function insertAt(data: Uint8Array, offset: number, inserted: Uint8Array): Uint8Array {
	const out = new Uint8Array(data.length + inserted.length);
	out.set(data.subarray(0, offset), 0);
	out.set(inserted, offset);
	out.set(data.subarray(offset), offset + inserted.length);
	return out;
}

/** Chunks of the edited file whose hash the original file did not have: what a client uploads. */
function newChunks(before: Chunk[], after: Chunk[]): Chunk[] {
	const known = new Set(before.map((chunk) => chunk.hash));
	return after.filter((chunk) => !known.has(chunk.hash));
}

describe('fixedSizeChunks', () => {
	it('cuts every size bytes with a shorter last chunk', () => {
		const chunks = fixedSizeChunks(randomBytes(10_000, 1), 4096);
		expect(chunks.map((chunk) => [chunk.offset, chunk.length])).toEqual([
			[0, 4096],
			[4096, 4096],
			[8192, 1808],
		]);
	});

	it('changes every chunk after an insertion near the start', () => {
		const original = randomBytes(256 * 1024, 7);
		const edited = insertAt(original, 100, randomBytes(10, 8));
		const before = fixedSizeChunks(original, 4096);
		const after = fixedSizeChunks(edited, 4096);
		// 256 KiB / 4 KiB = 64 chunks before; 65 after, and every one of them is new.
		expect(before).toHaveLength(64);
		expect(newChunks(before, after)).toHaveLength(after.length);
	});

	it('rejects a size that is not a positive whole number', () => {
		expect(() => fixedSizeChunks(new Uint8Array(1), 0)).toThrow(RangeError);
	});
});

describe('contentDefinedChunks', () => {
	it('covers the file exactly, within the size limits, and is deterministic', () => {
		const data = randomBytes(512 * 1024, 3);
		const chunks = contentDefinedChunks(data, options);
		let expectedOffset = 0;
		for (const [index, chunk] of chunks.entries()) {
			expect(chunk.offset).toBe(expectedOffset);
			expect(chunk.length).toBeLessThanOrEqual(options.maxSize);
			if (index < chunks.length - 1) expect(chunk.length).toBeGreaterThanOrEqual(options.minSize);
			expectedOffset += chunk.length;
		}
		expect(expectedOffset).toBe(data.length);
		expect(contentDefinedChunks(data, options)).toEqual(chunks);
	});

	it('averages near minSize + avgSize on random data', () => {
		const data = randomBytes(2 * 1024 * 1024, 11);
		const mean = data.length / contentDefinedChunks(data, options).length;
		// Expected gap is minSize + avgSize = 5,120 bytes; allow generous sampling noise.
		expect(mean).toBeGreaterThan(4000);
		expect(mean).toBeLessThan(6500);
	});

	it('changes only the chunks around an insertion near the start', () => {
		for (const seed of [21, 22, 23, 24, 25]) {
			const original = randomBytes(256 * 1024, seed);
			const edited = insertAt(original, 100, randomBytes(10, seed + 100));
			const before = contentDefinedChunks(original, options);
			const after = contentDefinedChunks(edited, options);
			const changed = newChunks(before, after);
			// Only the chunk holding the edit (and rarely its neighbor) is new; the rest match.
			expect(changed.length).toBeGreaterThanOrEqual(1);
			expect(changed.length).toBeLessThanOrEqual(2);
			expect(changed.every((chunk) => chunk.offset < 2 * options.maxSize)).toBe(true);
			expect(after.length).toBeGreaterThan(30);
		}
	});

	it('keeps later chunks after an insertion in the middle', () => {
		const original = randomBytes(256 * 1024, 31);
		const edited = insertAt(original, 128 * 1024, randomBytes(500, 32));
		const before = contentDefinedChunks(original, options);
		const after = contentDefinedChunks(edited, options);
		const changed = newChunks(before, after);
		expect(changed.length).toBeLessThanOrEqual(2);
		const tailBefore = before.filter((chunk) => chunk.offset > 160 * 1024).map((c) => c.hash);
		const tailAfter = after.filter((chunk) => chunk.offset > 160 * 1024).map((c) => c.hash);
		expect(tailAfter.slice(-10)).toEqual(tailBefore.slice(-10));
	});

	it('rejects an average that is not a power of two or limits out of order', () => {
		expect(() => contentDefinedChunks(new Uint8Array(1), { ...options, avgSize: 5000 })).toThrow(
			'avgSize must be a power of two',
		);
		expect(() => contentDefinedChunks(new Uint8Array(1), { ...options, minSize: 8192 })).toThrow(
			'minSize < avgSize < maxSize',
		);
	});
});
