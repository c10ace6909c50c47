import { describe, it, expect } from 'vitest';
import { contentDefinedChunks, sha256Hex } from '../../../../src/reference/file-sync/chunking.ts';
import { SyncServer, missingBlocks } from '../../../../src/reference/file-sync/sync-server.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const options = { minSize: 1024, avgSize: 4096, maxSize: 16_384 };

function randomBytes(length: number, seed: number): Uint8Array {
	const random = seededRandom(seed);
	return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** A client's upload: chunk, ask what is missing, send only that, commit. Returns blocks sent. */
function upload(server: SyncServer, path: string, parent: number, data: Uint8Array) {
	const chunks = contentDefinedChunks(data, options);
	const hashes = chunks.map((chunk) => chunk.hash);
	const missing = server.missingBlocks(hashes);
	for (const chunk of chunks)
		if (missing.includes(chunk.hash))
			server.putBlock(chunk.hash, data.subarray(chunk.offset, chunk.offset + chunk.length));
	return {
		sent: missing.length,
		total: chunks.length,
		result: server.commit(path, parent, hashes),
	};
}

describe('missingBlocks', () => {
	it('lists each absent hash once, in file order', () => {
		const stored = new Set(['b']);
		expect(missingBlocks(['a', 'b', 'c', 'a', 'c', 'd'], (hash) => stored.has(hash))).toEqual([
			'a',
			'c',
			'd',
		]);
	});
});

describe('SyncServer', () => {
	it('uploads only the changed blocks of a new version and reassembles it', () => {
		const server = new SyncServer();
		const v1 = randomBytes(200 * 1024, 5);
		const first = upload(server, '/notes.bin', 0, v1);
		expect(first.sent).toBe(first.total);
		expect(first.result.status).toBe('committed');

		const v2 = new Uint8Array([...v1.subarray(0, 50), 1, 2, 3, ...v1.subarray(50)]);
		const second = upload(server, '/notes.bin', 1, v2);
		expect(second.result).toMatchObject({ status: 'committed', version: { revision: 2 } });
		expect(second.sent).toBeLessThanOrEqual(2);
		expect(second.total).toBeGreaterThan(20);
		expect(server.read('/notes.bin')).toEqual(v2);
	});

	it('deduplicates across paths: a copy of a file uploads nothing', () => {
		const server = new SyncServer();
		const data = randomBytes(64 * 1024, 9);
		upload(server, '/a.bin', 0, data);
		const copy = upload(server, '/b.bin', 0, data);
		expect(copy.sent).toBe(0);
		expect(copy.result.status).toBe('committed');
	});

	it('refuses a commit that names blocks the store lacks', () => {
		const server = new SyncServer();
		const result = server.commit('/x', 0, ['deadbeef']);
		expect(result).toEqual({ status: 'missing-blocks', missing: ['deadbeef'] });
		expect(server.current('/x')).toBeUndefined();
	});

	it('reports a conflict to the device whose parent revision is stale', () => {
		const server = new SyncServer();
		upload(server, '/doc', 0, randomBytes(8 * 1024, 1));
		const laptop = upload(server, '/doc', 1, randomBytes(8 * 1024, 2));
		const phone = upload(server, '/doc', 1, randomBytes(8 * 1024, 3));
		expect(laptop.result.status).toBe('committed');
		expect(phone.result).toMatchObject({ status: 'conflict', current: { revision: 2 } });
		// The phone keeps its edit as a conflicted copy, a new path, so nothing is lost.
		const copy = upload(server, '/doc (phone conflicted copy)', 0, randomBytes(8 * 1024, 3));
		expect(copy.result.status).toBe('committed');
		expect(copy.sent).toBe(0);
	});

	it('rejects a block whose bytes do not match its claimed hash', () => {
		const server = new SyncServer();
		const bytes = new Uint8Array([1, 2, 3]);
		expect(() => server.putBlock(sha256Hex(new Uint8Array([9])), bytes)).toThrow('hashes to');
		expect(server.hasBlock(sha256Hex(bytes))).toBe(false);
	});
});
