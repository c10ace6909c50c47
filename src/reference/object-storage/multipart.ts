/**
 * An S3-style multipart upload: a large object sent as numbered parts, in any order and over any
 * number of connections, then assembled in part-number order by one "complete" call.
 *
 * The rules follow Amazon S3's documented limits: part numbers 1 to 10,000; every part 5 MiB to
 * 5 GiB, except that the last part may be smaller; parts listed in ascending order on completion;
 * re-uploading a part number replaces that part. A client that lost its connection asks which
 * parts arrived and sends only the rest, which is what makes large uploads resumable.
 */
import { createHash } from 'node:crypto';

const MiB = 1024 * 1024;

/** The limits a session enforces; tests pass smaller ones to keep their buffers small. */
export interface MultipartLimits {
	readonly minPartBytes: number;
	readonly maxPartBytes: number;
	readonly maxParts: number;
}

/** Amazon S3's limits: 5 MiB minimum part (except the last), 5 GiB maximum, 10,000 parts. */
export const S3_LIMITS: MultipartLimits = {
	minPartBytes: 5 * MiB,
	maxPartBytes: 5 * 1024 * MiB,
	maxParts: 10_000,
};

/** A part as the client names it when completing: its number and the ETag the upload returned. */
export interface CompletedPart {
	readonly partNumber: number;
	readonly etag: string;
}

/** The assembled object. */
export interface CompletedObject {
	readonly body: Uint8Array;
	/** MD5 of the concatenated binary part MD5s, a dash, and the part count. */
	readonly etag: string;
}

/** One multipart upload, from the first part to complete or abort. */
export class MultipartUpload {
	private readonly parts = new Map<number, { bytes: Uint8Array; md5: Buffer }>();
	private state: 'open' | 'completed' | 'aborted' = 'open';

	constructor(readonly limits: MultipartLimits = S3_LIMITS) {}

	/** Stores one part and returns its ETag (hex MD5). The same number again replaces it. */
	uploadPart(partNumber: number, bytes: Uint8Array): string {
		this.assertOpen();
		if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > this.limits.maxParts) {
			throw new RangeError(
				`part number must be an integer from 1 to ${this.limits.maxParts}, got ${partNumber}`,
			);
		}
		if (bytes.length > this.limits.maxPartBytes) {
			throw new RangeError(
				`part ${partNumber} is ${bytes.length} bytes; the maximum is ${this.limits.maxPartBytes}`,
			);
		}
		const md5 = createHash('md5').update(bytes).digest();
		this.parts.set(partNumber, { bytes: bytes.slice(), md5 });
		return md5.toString('hex');
	}

	/** Part numbers from 1 to `expectedParts` not received yet: what a resuming client resends. */
	missingParts(expectedParts: number): number[] {
		const missing: number[] = [];
		for (let n = 1; n <= expectedParts; n++) if (!this.parts.has(n)) missing.push(n);
		return missing;
	}

	/**
	 * Assembles the listed parts in ascending part-number order. Gaps between numbers are
	 * allowed; parts not listed are discarded. Every listed part except the last must be at
	 * least the minimum size, which can only be checked now: until completion, any part might
	 * turn out to be the last.
	 */
	complete(list: readonly CompletedPart[]): CompletedObject {
		this.assertOpen();
		if (list.length === 0) throw new Error('complete needs at least one part');
		const chosen = list.map(({ partNumber, etag }, i) => {
			const previous = list[i - 1];
			if (previous && partNumber <= previous.partNumber) {
				throw new Error(
					`parts must be listed in ascending order: ${partNumber} follows ${previous.partNumber}`,
				);
			}
			const part = this.parts.get(partNumber);
			if (!part || part.md5.toString('hex') !== etag) {
				throw new Error(`part ${partNumber} was not uploaded with ETag ${etag}`);
			}
			if (i < list.length - 1 && part.bytes.length < this.limits.minPartBytes) {
				throw new Error(
					`part ${partNumber} is ${part.bytes.length} bytes; every part but the last ` +
						`must be at least ${this.limits.minPartBytes}`,
				);
			}
			return part;
		});
		const body = new Uint8Array(chosen.reduce((sum, p) => sum + p.bytes.length, 0));
		let offset = 0;
		for (const part of chosen) {
			body.set(part.bytes, offset);
			offset += part.bytes.length;
		}
		this.state = 'completed';
		this.parts.clear();
		return { body, etag: multipartEtag(chosen.map((p) => p.md5.toString('hex'))) };
	}

	/** Discards every part. Until complete or abort, stored parts are billed like objects. */
	abort(): void {
		this.assertOpen();
		this.state = 'aborted';
		this.parts.clear();
	}

	private assertOpen(): void {
		if (this.state !== 'open') throw new Error(`this upload is already ${this.state}`);
	}
}

/**
 * The ETag S3 has been observed to give a multipart object: the MD5 of the parts' binary MD5s
 * concatenated, then a dash and the part count. AWS documents only that such an ETag is not the
 * MD5 of the object, and with SSE-KMS or SSE-C encryption the part ETags are not MD5s of the data,
 * so never verify downloads with it; use S3's checksums (CRC32C, SHA-256) instead.
 */
export function multipartEtag(partMd5Hex: readonly string[]): string {
	const concatenated = Buffer.concat(partMd5Hex.map((hex) => Buffer.from(hex, 'hex')));
	return `${createHash('md5').update(concatenated).digest('hex')}-${partMd5Hex.length}`;
}

/**
 * The part size to use for an object: `preferred` unless the object would then need more parts
 * than allowed. A 1 TiB object needs parts of at least 1 TiB / 10,000, about 105 MiB.
 */
export function choosePartSize(
	objectBytes: number,
	preferred = 8 * MiB,
	limits: MultipartLimits = S3_LIMITS,
): number {
	if (preferred > limits.maxPartBytes) {
		throw new RangeError(
			`preferred part size ${preferred} bytes exceeds the maximum part size of ` +
				`${limits.maxPartBytes}; pass a preferred size at or below it`,
		);
	}
	if (objectBytes > limits.maxParts * limits.maxPartBytes) {
		throw new RangeError(
			`${objectBytes} bytes exceeds ${limits.maxParts} parts of ${limits.maxPartBytes} bytes`,
		);
	}
	const smallestThatFits = Math.ceil(objectBytes / limits.maxParts);
	return Math.max(preferred, smallestThatFits, limits.minPartBytes);
}
