import { describe, it, expect, vi, beforeEach } from 'vitest';
import * as crypto from 'node:crypto';

// Pass every call through to the real function, but let the tests see that it was called.
vi.mock('node:crypto', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:crypto')>();
	return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

import {
	OWASP_SCRYPT,
	constantTimeEqual,
	hashPassword,
	needsRehash,
	parseHash,
	verifyAndUpgrade,
	verifyPassword,
	type ScryptParams,
} from '../../../../src/reference/security/password-hash.ts';

// Cheap parameters keep the suite fast; one test below runs the real default.
const FAST: ScryptParams = { ln: 10, r: 8, p: 1 };
const STRONGER: ScryptParams = { ln: 11, r: 8, p: 1 };

// A salt source that returns the same bytes every time, so two hashes can be compared.
const fixedSalt = (byte: number) => (size: number) => Buffer.alloc(size, byte);

// Replaces one base64 field of a stored hash (3 = salt, 4 = key).
function withField(stored: string, index: number, value: Buffer): string {
	const fields = stored.split('$');
	fields[index] = value.toString('base64');
	return fields.join('$');
}

beforeEach(() => {
	vi.mocked(crypto.timingSafeEqual).mockClear();
});

describe('hashPassword and verifyPassword', () => {
	it('accepts the right password and rejects a wrong one', async () => {
		const stored = await hashPassword('correct horse battery staple', FAST);
		expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
		expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
		expect(await verifyPassword('', stored)).toBe(false);
	});

	it('writes the parameters, a 16-byte salt and a 32-byte key into the string', async () => {
		const stored = await hashPassword('pw', FAST);
		expect(stored).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
		const parsed = parseHash(stored);
		expect(parsed.salt).toHaveLength(16);
		expect(parsed.key).toHaveLength(32);
	});

	it('salts every password, so equal passwords get different hashes', async () => {
		const first = await hashPassword('hunter2', FAST);
		const second = await hashPassword('hunter2', FAST);
		expect(first).not.toBe(second);
		// With the salt held fixed the derivation is deterministic: only the salt made them differ.
		const a = await hashPassword('hunter2', FAST, fixedSalt(7));
		const b = await hashPassword('hunter2', FAST, fixedSalt(7));
		expect(a).toBe(b);
	});

	it('treats composed and decomposed accents as the same password', async () => {
		const composed = 'caf\u00e9';
		const decomposed = 'cafe\u0301';
		expect(composed).not.toBe(decomposed);
		const stored = await hashPassword(composed, FAST);
		expect(await verifyPassword(decomposed, stored)).toBe(true);
	});

	// Two 128 MiB derivations can take seconds on a busy machine, so this test gets a longer timeout.
	it('runs with the OWASP default of N = 2^17, r = 8, p = 1 (128 MiB)', async () => {
		expect(OWASP_SCRYPT).toEqual({ ln: 17, r: 8, p: 1 });
		const stored = await hashPassword('pw');
		expect(stored.startsWith('$scrypt$ln=17,r=8,p=1$')).toBe(true);
		expect(await verifyPassword('pw', stored)).toBe(true);
	}, 60_000);
});

describe('tampered hashes', () => {
	it('rejects the right password when a byte of the stored key was changed', async () => {
		const stored = await hashPassword('pw', FAST);
		const key = Buffer.from(parseHash(stored).key);
		key[0] = (key[0] ?? 0) ^ 0x01;
		expect(await verifyPassword('pw', withField(stored, 4, key))).toBe(false);
	});

	it('rejects the right password when the salt was changed', async () => {
		const stored = await hashPassword('pw', FAST);
		expect(await verifyPassword('pw', withField(stored, 3, Buffer.alloc(16, 1)))).toBe(false);
	});

	it('rejects the right password when the cost was lowered in the stored string', async () => {
		const stored = await hashPassword('pw', STRONGER);
		const weakened = stored.replace('ln=11', 'ln=10');
		expect(await verifyPassword('pw', weakened)).toBe(false);
	});

	it('returns false, without throwing, when the stored key has the wrong length', async () => {
		const stored = await hashPassword('pw', FAST);
		const truncated = withField(stored, 4, parseHash(stored).key.subarray(0, 31));
		await expect(verifyPassword('pw', truncated)).resolves.toBe(false);
	});

	it('throws an error naming the expected format for a string it did not write', async () => {
		await expect(verifyPassword('pw', '5f4dcc3b5aa765d61d8327deb882cf99')).rejects.toThrow(
			/expected "\$scrypt\$ln=<n>,r=<r>,p=<p>\$<salt>\$<key>"/,
		);
		await expect(verifyPassword('pw', '$scrypt$ln=17;r=8$AAAA$AAAA')).rejects.toThrow(
			/parameter field "ln=17;r=8"/,
		);
	});

	it('refuses a stored cost so high it would exhaust memory', async () => {
		await expect(verifyPassword('pw', '$scrypt$ln=30,r=8,p=1$AAAA$AAAA')).rejects.toThrow(
			/ln must be an integer from 1 to 20/,
		);
	});

	it('refuses a stored block size or parallelism that would exhaust memory or CPU', async () => {
		// ln = 20 is allowed alone, but with r = 999 it would ask for 128 * 2^20 * 999 bytes, 125 GiB.
		await expect(verifyPassword('pw', '$scrypt$ln=20,r=999,p=1$AAAA$AAAA')).rejects.toThrow(
			/needs 128 \* N \* r = 134\.\d GB, above the 1 GiB ceiling/,
		);
		await expect(verifyPassword('pw', '$scrypt$ln=10,r=8,p=999$AAAA$AAAA')).rejects.toThrow(
			/p must be at most 16/,
		);
	});
});

describe('comparison in constant time', () => {
	it('compares derived keys through crypto.timingSafeEqual', async () => {
		const stored = await hashPassword('pw', FAST);
		vi.mocked(crypto.timingSafeEqual).mockClear();
		await verifyPassword('wrong', stored);
		expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);
	});

	it('handles inputs of different lengths without throwing, still running one comparison', () => {
		expect(() => crypto.timingSafeEqual(Buffer.alloc(3), Buffer.alloc(4))).toThrow(RangeError);
		vi.mocked(crypto.timingSafeEqual).mockClear();
		expect(constantTimeEqual(Buffer.alloc(3), Buffer.alloc(4))).toBe(false);
		expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);
		expect(constantTimeEqual(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
		expect(constantTimeEqual(Buffer.from('abc'), Buffer.from('abd'))).toBe(false);
	});
});

describe('raising the parameters later', () => {
	it('flags a hash made with weaker parameters, and not one made with the current ones', async () => {
		const old = await hashPassword('pw', FAST);
		expect(needsRehash(old, FAST)).toBe(false);
		expect(needsRehash(old, STRONGER)).toBe(true);
		expect(needsRehash(old, { ...FAST, p: 2 })).toBe(true);
	});

	it('returns a stronger hash on a successful login, and none on a failed one', async () => {
		const old = await hashPassword('pw', FAST);
		const outcome = await verifyAndUpgrade('pw', old, STRONGER);
		expect(outcome.ok).toBe(true);
		const upgraded = outcome.upgradedHash ?? '';
		expect(upgraded.startsWith('$scrypt$ln=11,r=8,p=1$')).toBe(true);
		expect(await verifyPassword('pw', upgraded)).toBe(true);
		expect(needsRehash(upgraded, STRONGER)).toBe(false);

		expect(await verifyAndUpgrade('wrong', old, STRONGER)).toEqual({ ok: false });
		expect(await verifyAndUpgrade('pw', upgraded, STRONGER)).toEqual({ ok: true });
	});
});
