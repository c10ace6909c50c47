import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import {
	MultipartUpload,
	S3_LIMITS,
	choosePartSize,
	multipartEtag,
	type MultipartLimits,
} from '../../../../src/reference/object-storage/multipart.ts';

// Small limits keep the buffers small; one test below uses S3's real 5 MiB minimum.
const SMALL: MultipartLimits = { minPartBytes: 4, maxPartBytes: 16, maxParts: 10_000 };
const MiB = 1024 * 1024;

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);
const md5 = (data: Uint8Array): Buffer => createHash('md5').update(data).digest();

describe('part numbers and sizes', () => {
	it('accepts part numbers 1 to 10,000 and refuses 0, 10,001 and fractions', () => {
		const upload = new MultipartUpload(SMALL);
		expect(() => upload.uploadPart(1, bytes('aaaa'))).not.toThrow();
		expect(() => upload.uploadPart(10_000, bytes('z'))).not.toThrow();
		for (const bad of [0, 10_001, 1.5, -3]) {
			expect(() => upload.uploadPart(bad, bytes('aaaa'))).toThrow(/from 1 to 10000/);
		}
	});

	it('refuses a part larger than the maximum, naming the part', () => {
		const upload = new MultipartUpload(SMALL);
		expect(() => upload.uploadPart(2, new Uint8Array(17))).toThrow(/part 2 is 17 bytes/);
	});

	it('allows a small last part but refuses a small part anywhere else', () => {
		const upload = new MultipartUpload(SMALL);
		const e1 = upload.uploadPart(1, bytes('aaaa'));
		const e2 = upload.uploadPart(2, bytes('bb')); // 2 bytes: fine only as the last part
		const e3 = upload.uploadPart(3, bytes('cccc'));
		expect(() =>
			upload.complete([
				{ partNumber: 1, etag: e1 },
				{ partNumber: 2, etag: e2 },
				{ partNumber: 3, etag: e3 },
			]),
		).toThrow(/part 2 is 2 bytes; every part but the last must be at least 4/);
		const done = upload.complete([
			{ partNumber: 1, etag: e1 },
			{ partNumber: 3, etag: e3 },
		]);
		expect(text(done.body)).toBe('aaaacccc');
	});

	it("enforces S3's real 5 MiB minimum for every part but the last", () => {
		expect(S3_LIMITS).toEqual({
			minPartBytes: 5 * MiB,
			maxPartBytes: 5 * 1024 * MiB,
			maxParts: 10_000,
		});
		const upload = new MultipartUpload();
		const small = upload.uploadPart(1, new Uint8Array(5 * MiB - 1));
		const last = upload.uploadPart(2, new Uint8Array(10));
		expect(() =>
			upload.complete([
				{ partNumber: 1, etag: small },
				{ partNumber: 2, etag: last },
			]),
		).toThrow(/at least 5242880/);
		const full = upload.uploadPart(1, new Uint8Array(5 * MiB));
		const done = upload.complete([
			{ partNumber: 1, etag: full },
			{ partNumber: 2, etag: last },
		]);
		expect(done.body.length).toBe(5 * MiB + 10);
	});
});

describe('assembly', () => {
	it('assembles in part-number order whatever order the parts arrived in', () => {
		const upload = new MultipartUpload(SMALL);
		const e3 = upload.uploadPart(3, bytes('three'));
		const e1 = upload.uploadPart(1, bytes('one-'));
		const e2 = upload.uploadPart(2, bytes('two-'));
		const done = upload.complete([
			{ partNumber: 1, etag: e1 },
			{ partNumber: 2, etag: e2 },
			{ partNumber: 3, etag: e3 },
		]);
		expect(text(done.body)).toBe('one-two-three');
	});

	it('requires the completion list in ascending order', () => {
		const upload = new MultipartUpload(SMALL);
		const e1 = upload.uploadPart(1, bytes('aaaa'));
		const e2 = upload.uploadPart(2, bytes('bbbb'));
		expect(() =>
			upload.complete([
				{ partNumber: 2, etag: e2 },
				{ partNumber: 1, etag: e1 },
			]),
		).toThrow(/ascending order: 1 follows 2/);
		// The same part listed twice would put its bytes in the object twice.
		expect(() =>
			upload.complete([
				{ partNumber: 1, etag: e1 },
				{ partNumber: 1, etag: e1 },
			]),
		).toThrow(/ascending order: 1 follows 1/);
	});

	it('uses the latest upload of a part number, and rejects the superseded ETag', () => {
		const upload = new MultipartUpload(SMALL);
		const stale = upload.uploadPart(1, bytes('old!'));
		const fresh = upload.uploadPart(1, bytes('new!'));
		expect(() => upload.complete([{ partNumber: 1, etag: stale }])).toThrow(
			/part 1 was not uploaded with ETag/,
		);
		expect(text(upload.complete([{ partNumber: 1, etag: fresh }]).body)).toBe('new!');
	});

	it('tells a resuming client which parts are still missing', () => {
		const upload = new MultipartUpload(SMALL);
		upload.uploadPart(1, bytes('aaaa'));
		upload.uploadPart(3, bytes('cccc'));
		expect(upload.missingParts(4)).toEqual([2, 4]);
	});

	it('accepts no further calls after complete or abort', () => {
		const done = new MultipartUpload(SMALL);
		const e1 = done.uploadPart(1, bytes('aaaa'));
		done.complete([{ partNumber: 1, etag: e1 }]);
		expect(() => done.uploadPart(2, bytes('bbbb'))).toThrow(/already completed/);
		const aborted = new MultipartUpload(SMALL);
		aborted.uploadPart(1, bytes('aaaa'));
		aborted.abort();
		expect(() => aborted.complete([{ partNumber: 1, etag: e1 }])).toThrow(/already aborted/);
	});
});

describe('multipart ETag', () => {
	it('is the MD5 of the concatenated binary part MD5s, a dash and the part count', () => {
		const upload = new MultipartUpload(SMALL);
		const parts = [bytes('alpha-'), bytes('beta-'), bytes('gamma')];
		const list = parts.map((p, i) => ({ partNumber: i + 1, etag: upload.uploadPart(i + 1, p) }));
		const done = upload.complete(list);
		const expected = createHash('md5')
			.update(Buffer.concat(parts.map(md5)))
			.digest('hex');
		expect(done.etag).toBe(`${expected}-3`);
		// It is not the MD5 of the object itself.
		expect(done.etag.startsWith(md5(done.body).toString('hex'))).toBe(false);
	});

	it("matches Cloudflare R2's documented two-part example", () => {
		expect(
			multipartEtag(['bce6bf66aeb76c7040fdd5f4eccb78e6', '8165449fc15bbf43d3b674595cbcc406']),
		).toBe('f77dc0eecdebcd774a2a22cb393ad2ff-2');
	});
});

describe('choosePartSize', () => {
	it('keeps the preferred size when the object fits in 10,000 parts', () => {
		expect(choosePartSize(10 * 1024 * MiB)).toBe(8 * MiB); // 10 GiB is 1,280 parts of 8 MiB
	});

	it('grows the part size so that a 1 TiB object needs no more than 10,000 parts', () => {
		const oneTiB = 1024 ** 4;
		const size = choosePartSize(oneTiB);
		expect(size).toBe(Math.ceil(oneTiB / 10_000)); // 109,951,163 bytes, about 104.9 MiB
		expect(Math.ceil(oneTiB / size)).toBeLessThanOrEqual(10_000);
	});

	it('never goes below the 5 MiB minimum', () => {
		expect(choosePartSize(1_000, 1 * MiB)).toBe(5 * MiB);
	});

	it('refuses a preferred part size above the 5 GiB maximum, naming both sizes', () => {
		expect(() => choosePartSize(10 * MiB, 6 * 1024 * MiB)).toThrow(
			/preferred part size 6442450944 bytes exceeds the maximum part size of 5368709120/,
		);
		expect(choosePartSize(10 * MiB, 5 * 1024 * MiB)).toBe(5 * 1024 * MiB);
	});

	it('refuses an object larger than 10,000 parts of 5 GiB (48.8 TiB)', () => {
		expect(() => choosePartSize(10_000 * 5 * 1024 * MiB + 1)).toThrow(/exceeds 10000 parts/);
	});
});
