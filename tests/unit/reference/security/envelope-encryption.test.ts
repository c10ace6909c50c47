import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import {
	DecryptionError,
	InMemoryKms,
	KeyShreddedError,
	UserDataVault,
	open,
	seal,
	type UserRecord,
} from '../../../../src/reference/security/envelope-encryption.ts';

// Repeatable random bytes: SHA-256 of a counter, concatenated to the requested size.
function seededRandom(seed = 'seed'): (size: number) => Buffer {
	let n = 0;
	return (size) => {
		const chunks: Buffer[] = [];
		let length = 0;
		while (length < size) {
			const chunk = createHash('sha256')
				.update(`${seed}:${String(n++)}`)
				.digest();
			chunks.push(chunk);
			length += chunk.length;
		}
		return Buffer.concat(chunks).subarray(0, size);
	};
}

function setup() {
	const random = seededRandom();
	const kms = new InMemoryKms(random);
	kms.createKey('kek-users');
	const vault = new UserDataVault(kms, 'kek-users', random);
	return { kms, vault };
}

const EMAIL = Buffer.from('alice@example.com');

function flipFirstByte(buffer: Buffer): Buffer {
	const copy = Buffer.from(buffer);
	copy[0] = (copy[0] ?? 0) ^ 0x01;
	return copy;
}

describe('seal and open (AES-256-GCM)', () => {
	it('round-trips and produces ciphertext that differs from the plaintext', () => {
		const key = seededRandom('k')(32);
		const sealed = seal(key, EMAIL, Buffer.from('users.email'), seededRandom('iv'));
		expect(sealed.iv).toHaveLength(12);
		expect(sealed.tag).toHaveLength(16);
		expect(sealed.ciphertext.equals(EMAIL)).toBe(false);
		expect(open(key, sealed, Buffer.from('users.email')).toString()).toBe('alice@example.com');
	});
});

describe('UserDataVault', () => {
	it('round-trips a record through a per-user data key wrapped by the KMS', () => {
		const { vault } = setup();
		const record = vault.encrypt('alice', EMAIL, 'users.email');
		expect(vault.decrypt(record, 'users.email').toString()).toBe('alice@example.com');
		const wrapped = vault.wrappedKeyOf('alice');
		expect(wrapped).toMatchObject({ kekId: 'kek-users', kekVersion: 1 });
		// The stored key is 32 bytes of ciphertext, not the data key itself.
		expect(wrapped?.ciphertext).toHaveLength(32);
	});

	it('rejects a tampered ciphertext', () => {
		const { vault } = setup();
		const record = vault.encrypt('alice', EMAIL, 'users.email');
		const tampered: UserRecord = { ...record, ciphertext: flipFirstByte(record.ciphertext) };
		expect(() => vault.decrypt(tampered, 'users.email')).toThrow(DecryptionError);
	});

	it('rejects a tampered authentication tag', () => {
		const { vault } = setup();
		const record = vault.encrypt('alice', EMAIL, 'users.email');
		expect(() =>
			vault.decrypt({ ...record, tag: flipFirstByte(record.tag) }, 'users.email'),
		).toThrow(DecryptionError);
	});

	it('rejects an authentication tag truncated to 4 bytes', () => {
		// Node's GCM accepts a 4-byte tag unless the tag length is pinned; 2^32 forgery tries would do.
		const { vault } = setup();
		const record = vault.encrypt('alice', EMAIL, 'users.email');
		expect(() =>
			vault.decrypt({ ...record, tag: record.tag.subarray(0, 4) }, 'users.email'),
		).toThrow(DecryptionError);
	});

	it('rejects a record read under different associated data (moved to another field)', () => {
		const { vault } = setup();
		const record = vault.encrypt('alice', EMAIL, 'users.email');
		expect(() => vault.decrypt(record, 'users.phone')).toThrow(DecryptionError);
	});

	it("rejects one user's ciphertext relabeled as another user's", () => {
		const { vault } = setup();
		vault.encrypt('bob', Buffer.from('bob data'), 'users.email');
		const alice = vault.encrypt('alice', EMAIL, 'users.email');
		expect(() => vault.decrypt({ ...alice, userId: 'bob' }, 'users.email')).toThrow(
			DecryptionError,
		);
	});

	it('rejects a wrapped key unwrapped under the wrong encryption context', () => {
		const { kms } = setup();
		const { wrapped } = kms.generateDataKey('kek-users', { userId: 'alice' });
		expect(() => kms.decryptDataKey(wrapped, { userId: 'bob' })).toThrow(DecryptionError);
		expect(kms.decryptDataKey(wrapped, { userId: 'alice' })).toHaveLength(32);
	});

	it('keeps old ciphertexts readable after KEK rotation, before any rewrap', () => {
		const { kms, vault } = setup();
		const before = vault.encrypt('alice', EMAIL, 'users.email');
		expect(kms.rotateKey('kek-users')).toBe(2);
		expect(vault.wrappedKeyOf('alice')?.kekVersion).toBe(1);
		expect(vault.decrypt(before, 'users.email').toString()).toBe('alice@example.com');
	});

	it('rewraps data keys under the new KEK version without touching the data', () => {
		const { kms, vault } = setup();
		const alice = vault.encrypt('alice', EMAIL, 'users.email');
		const bob = vault.encrypt('bob', Buffer.from('bob@example.com'), 'users.email');
		const aliceBytes = Buffer.concat([alice.iv, alice.ciphertext, alice.tag]);
		const oldWrapped = vault.wrappedKeyOf('alice');

		kms.rotateKey('kek-users');
		expect(vault.rewrapAll()).toBe(2);
		expect(vault.rewrapAll()).toBe(0); // already current

		const newWrapped = vault.wrappedKeyOf('alice');
		expect(newWrapped?.kekVersion).toBe(2);
		expect(newWrapped?.ciphertext.equals(oldWrapped?.ciphertext ?? Buffer.alloc(0))).toBe(false);
		// The record itself is byte-for-byte the same and still decrypts.
		expect(Buffer.concat([alice.iv, alice.ciphertext, alice.tag]).equals(aliceBytes)).toBe(true);
		expect(vault.decrypt(alice, 'users.email').toString()).toBe('alice@example.com');
		expect(vault.decrypt(bob, 'users.email').toString()).toBe('bob@example.com');
		// New data after rotation uses the same (rewrapped) data key and reads back.
		const later = vault.encrypt('alice', Buffer.from('new'), 'users.note');
		expect(vault.decrypt(later, 'users.note').toString()).toBe('new');
	});

	it('makes a shredded user unrecoverable while other users are unaffected', () => {
		const { vault } = setup();
		const alice = vault.encrypt('alice', EMAIL, 'users.email');
		const bob = vault.encrypt('bob', Buffer.from('bob@example.com'), 'users.email');
		vault.shred('alice');
		expect(vault.wrappedKeyOf('alice')).toBeUndefined();
		expect(() => vault.decrypt(alice, 'users.email')).toThrow(KeyShreddedError);
		expect(() => vault.encrypt('alice', EMAIL, 'users.email')).toThrow(KeyShreddedError);
		expect(vault.decrypt(bob, 'users.email').toString()).toBe('bob@example.com');
	});

	it('cannot read a shredded record by guessing a data key from the KMS', () => {
		const { kms, vault } = setup();
		const alice = vault.encrypt('alice', EMAIL, 'users.email');
		vault.shred('alice');
		// A fresh data key for the same user is a different key: the old ciphertext stays sealed.
		const { plaintext } = kms.generateDataKey('kek-users', {
			purpose: 'user-data-key',
			userId: 'alice',
		});
		expect(() =>
			open(plaintext, alice, Buffer.from(JSON.stringify(['alice', 'users.email']))),
		).toThrow(DecryptionError);
	});

	it('names the fix when a KEK does not exist', () => {
		const kms = new InMemoryKms(seededRandom());
		expect(() => kms.generateDataKey('missing', {})).toThrow(/createKey\("missing"\)/);
	});
});
