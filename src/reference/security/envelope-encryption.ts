/**
 * Envelope encryption with AES-256-GCM, a simulated KMS, key rotation and crypto-shredding.
 *
 * Data is encrypted locally with a data key (a DEK). The DEK is then encrypted ("wrapped") by a
 * key-encryption key (a KEK) that never leaves the KMS, and only the wrapped DEK is stored next
 * to the data. This is how AWS KMS `GenerateDataKey`, Google Cloud KMS and Vault's transit
 * engine are used: the KMS handles 32-byte keys, never the gigabytes they protect.
 *
 * {@link InMemoryKms} stands in for the KMS. Each KEK has numbered versions; rotating adds a
 * version that wraps new keys while old versions stay available to unwrap, which is what AWS
 * KMS automatic rotation does. Nothing already encrypted changes until it is rewrapped.
 *
 * {@link UserDataVault} gives every user their own DEK, so deleting that user's wrapped DEK
 * makes all of their ciphertext unreadable at once, wherever copies of it live (crypto-shredding).
 */

import { createCipheriv, createDecipheriv, randomBytes as nodeRandomBytes } from 'node:crypto';

/** Returns `size` random bytes; injectable so tests are repeatable. Defaults to `crypto.randomBytes`. */
export type RandomBytes = (size: number) => Buffer;

/** AES-256-GCM ciphertext with its 96-bit IV and 128-bit authentication tag. */
export interface Sealed {
	readonly iv: Buffer;
	readonly ciphertext: Buffer;
	readonly tag: Buffer;
}

/** A data key wrapped by one version of a KEK. Safe to store next to the data. */
export interface WrappedKey extends Sealed {
	readonly kekId: string;
	readonly kekVersion: number;
}

/** Thrown when a ciphertext, tag or associated data does not authenticate. */
export class DecryptionError extends Error {
	override readonly name = 'DecryptionError';
}

/** Thrown when a user's data key has been shredded, so their data can no longer be read. */
export class KeyShreddedError extends Error {
	override readonly name = 'KeyShreddedError';
}

const IV_BYTES = 12; // 96 bits, the IV length NIST SP 800-38D recommends for GCM
const TAG_BYTES = 16; // 128 bits, the full GCM tag
const KEY_BYTES = 32; // AES-256

/** Encrypts `plaintext` with AES-256-GCM, binding `aad` (authenticated but not encrypted). */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer, random: RandomBytes): Sealed {
	const iv = random(IV_BYTES);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	cipher.setAAD(aad);
	const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
	return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/**
 * Decrypts and authenticates; throws {@link DecryptionError} on any change to data, IV, tag or AAD.
 *
 * The tag length is pinned to 16 bytes. Without `authTagLength`, Node accepts a tag cut down to
 * as little as 4 bytes, so an attacker who can edit stored records could truncate the tag and
 * forge a match in about 2^32 tries instead of 2^128.
 */
export function open(key: Buffer, sealed: Sealed, aad: Buffer): Buffer {
	if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) {
		throw new DecryptionError(
			`expected a ${String(IV_BYTES)}-byte IV and a ${String(TAG_BYTES)}-byte tag, got ${String(sealed.iv.length)} and ${String(sealed.tag.length)}`,
		);
	}
	try {
		const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: TAG_BYTES });
		decipher.setAAD(aad);
		decipher.setAuthTag(sealed.tag);
		return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
	} catch {
		throw new DecryptionError('ciphertext, tag or associated data failed authentication');
	}
}

/** Encryption context as AAD, in a canonical order so `{a,b}` and `{b,a}` match. */
function contextBytes(context: Readonly<Record<string, string>>): Buffer {
	const entries = Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return Buffer.from(JSON.stringify(entries));
}

/**
 * A stand-in for a KMS: named KEKs with versions, kept in memory. Key material never leaves
 * this object; callers get plaintext data keys and wrapped copies, as from `GenerateDataKey`.
 */
export class InMemoryKms {
	readonly #keys = new Map<string, Buffer[]>();
	readonly #random: RandomBytes;

	constructor(random: RandomBytes = nodeRandomBytes) {
		this.#random = random;
	}

	/** Creates a KEK with version 1. */
	createKey(kekId: string): void {
		if (this.#keys.has(kekId)) throw new Error(`InMemoryKms: key "${kekId}" already exists`);
		this.#keys.set(kekId, [this.#random(KEY_BYTES)]);
	}

	/** Adds a new version that wraps from now on; earlier versions still unwrap. Returns it. */
	rotateKey(kekId: string): number {
		const versions = this.#versions(kekId);
		versions.push(this.#random(KEY_BYTES));
		return versions.length;
	}

	/** The version new wraps use. */
	currentVersion(kekId: string): number {
		return this.#versions(kekId).length;
	}

	/** A fresh 256-bit data key, in plaintext for immediate use and wrapped for storage. */
	generateDataKey(
		kekId: string,
		context: Readonly<Record<string, string>>,
	): { readonly plaintext: Buffer; readonly wrapped: WrappedKey } {
		const plaintext = this.#random(KEY_BYTES);
		return { plaintext, wrapped: this.#wrap(kekId, plaintext, context) };
	}

	/** Unwraps a data key; the context must match the one it was wrapped with. */
	decryptDataKey(wrapped: WrappedKey, context: Readonly<Record<string, string>>): Buffer {
		const kek = this.#versions(wrapped.kekId)[wrapped.kekVersion - 1];
		if (kek === undefined) {
			throw new DecryptionError(
				`InMemoryKms: key "${wrapped.kekId}" has no version ${String(wrapped.kekVersion)}`,
			);
		}
		return open(kek, wrapped, contextBytes(context));
	}

	/** Unwraps and wraps again under the current version, inside the KMS (like `ReEncrypt`). */
	reEncrypt(wrapped: WrappedKey, context: Readonly<Record<string, string>>): WrappedKey {
		const dataKey = this.decryptDataKey(wrapped, context);
		try {
			return this.#wrap(wrapped.kekId, dataKey, context);
		} finally {
			dataKey.fill(0);
		}
	}

	#wrap(kekId: string, dataKey: Buffer, context: Readonly<Record<string, string>>): WrappedKey {
		const versions = this.#versions(kekId);
		const kekVersion = versions.length;
		const kek = versions[kekVersion - 1] as Buffer;
		return { kekId, kekVersion, ...seal(kek, dataKey, contextBytes(context), this.#random) };
	}

	#versions(kekId: string): Buffer[] {
		const versions = this.#keys.get(kekId);
		if (versions === undefined) {
			throw new Error(`InMemoryKms: no key "${kekId}"; call createKey("${kekId}") first`);
		}
		return versions;
	}
}

/** One encrypted record of a user's data. Holds no key material. */
export interface UserRecord extends Sealed {
	readonly userId: string;
}

/**
 * Per-user data keys under one KEK. Stores only wrapped DEKs; records are stored by the
 * caller (a database row, an S3 object, a backup) and need this vault to be read.
 */
export class UserDataVault {
	readonly #kms: InMemoryKms;
	readonly #kekId: string;
	readonly #random: RandomBytes;
	readonly #wrappedKeys = new Map<string, WrappedKey>();
	readonly #shredded = new Set<string>();

	constructor(kms: InMemoryKms, kekId: string, random: RandomBytes = nodeRandomBytes) {
		this.#kms = kms;
		this.#kekId = kekId;
		this.#random = random;
	}

	/** Encrypts `plaintext` for `userId`; `aad` binds it to where it lives (table, row, field). */
	encrypt(userId: string, plaintext: Buffer, aad: string): UserRecord {
		if (this.#shredded.has(userId)) {
			throw new KeyShreddedError(`user "${userId}" was erased; refusing to write new data`);
		}
		const dataKey = this.#dataKey(userId);
		try {
			return { userId, ...seal(dataKey, plaintext, recordAad(userId, aad), this.#random) };
		} finally {
			dataKey.fill(0);
		}
	}

	/** Decrypts a record; throws {@link DecryptionError} if tampered, {@link KeyShreddedError} if erased. */
	decrypt(record: UserRecord, aad: string): Buffer {
		const wrapped = this.#wrappedKeys.get(record.userId);
		if (wrapped === undefined) {
			throw new KeyShreddedError(
				`no data key for user "${record.userId}"; the data is unrecoverable`,
			);
		}
		const dataKey = this.#kms.decryptDataKey(wrapped, keyContext(record.userId));
		try {
			return open(dataKey, record, recordAad(record.userId, aad));
		} finally {
			dataKey.fill(0);
		}
	}

	/** Rewraps every stored data key under the KEK's current version. Data records are untouched. */
	rewrapAll(): number {
		let count = 0;
		for (const [userId, wrapped] of this.#wrappedKeys) {
			if (wrapped.kekVersion === this.#kms.currentVersion(this.#kekId)) continue;
			this.#wrappedKeys.set(userId, this.#kms.reEncrypt(wrapped, keyContext(userId)));
			count++;
		}
		return count;
	}

	/** Deletes the user's data key, making every record encrypted under it unreadable. */
	shred(userId: string): void {
		this.#wrappedKeys.delete(userId);
		this.#shredded.add(userId);
	}

	/** The stored wrapped key for a user, for inspection; never contains plaintext key bytes. */
	wrappedKeyOf(userId: string): WrappedKey | undefined {
		return this.#wrappedKeys.get(userId);
	}

	#dataKey(userId: string): Buffer {
		const wrapped = this.#wrappedKeys.get(userId);
		if (wrapped !== undefined) return this.#kms.decryptDataKey(wrapped, keyContext(userId));
		const fresh = this.#kms.generateDataKey(this.#kekId, keyContext(userId));
		this.#wrappedKeys.set(userId, fresh.wrapped);
		return fresh.plaintext;
	}
}

/** Binding the user id into the wrap means one user's wrapped key cannot be swapped for another's. */
function keyContext(userId: string): Record<string, string> {
	return { purpose: 'user-data-key', userId };
}

function recordAad(userId: string, aad: string): Buffer {
	return Buffer.from(JSON.stringify([userId, aad]));
}
