/**
 * Password storage with scrypt from Node's built-in crypto module.
 *
 * A stored hash is one self-describing string:
 *
 *     $scrypt$ln=17,r=8,p=1$<salt, base64>$<derived key, base64>
 *
 * `ln` is log2 of scrypt's cost N. Keeping the parameters beside the salt and the key means
 * every hash can be verified with the parameters it was made with, while new hashes use
 * stronger ones: `needsRehash` spots an old hash at login, when the plaintext is at hand.
 */
import { randomBytes as cryptoRandomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** The cost parameters of one scrypt hash. */
export interface ScryptParams {
	/** log2 of the CPU/memory cost N; memory is about 128 * 2^ln * r bytes. */
	readonly ln: number;
	/** Block size; 8 gives 1,024-byte blocks. */
	readonly r: number;
	/** Parallelization; each extra lane multiplies the CPU work. */
	readonly p: number;
}

/** OWASP's first scrypt setting: N = 2^17 (128 MiB), r = 8, p = 1. */
export const OWASP_SCRYPT: ScryptParams = { ln: 17, r: 8, p: 1 };

/** Bytes of random salt per password (128 bits). */
export const SALT_BYTES = 16;
/** Bytes of derived key kept (256 bits). */
export const KEY_BYTES = 32;

// Ceilings on stored costs, so a tampered row cannot make one login exhaust memory or CPU:
// N up to 2^20, at most 1 GiB of scrypt memory (128 * N * r bytes), and at most 16 lanes.
const MAX_LN = 20;
const MAX_MEMORY_BYTES = 1024 * 1024 * 1024;
const MAX_P = 16;
const ALGORITHM = 'scrypt';

/** Where salts come from; injected so tests can fix them. */
export type RandomSource = (bytes: number) => Buffer;

/** The parts of a stored hash. */
export interface ParsedHash {
	readonly params: ScryptParams;
	readonly salt: Buffer;
	readonly key: Buffer;
}

/** The outcome of a login check: whether it matched, and a stronger hash to store if one is due. */
export interface VerifyOutcome {
	readonly ok: boolean;
	/** Present when the password matched but was stored with other parameters; save it. */
	readonly upgradedHash?: string;
}

/**
 * Hashes a password with a fresh random salt.
 * @param params cost parameters, OWASP's first scrypt setting by default.
 * @param random salt source, `crypto.randomBytes` by default.
 */
export async function hashPassword(
	password: string,
	params: ScryptParams = OWASP_SCRYPT,
	random: RandomSource = cryptoRandomBytes,
): Promise<string> {
	checkParams(params, 'hashPassword params');
	const salt = random(SALT_BYTES);
	const key = await deriveKey(password, salt, params);
	return encode({ params, salt, key });
}

/**
 * True when `password` produces the stored key. Throws only when `stored` is not a hash this
 * module wrote (a bug or a corrupted row), never because the password is wrong.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parsed = parseHash(stored);
	const candidate = await deriveKey(password, parsed.salt, parsed.params);
	return constantTimeEqual(candidate, parsed.key);
}

/** True when a stored hash was made with parameters other than `current`, so it should be redone. */
export function needsRehash(stored: string, current: ScryptParams = OWASP_SCRYPT): boolean {
	const { params, salt, key } = parseHash(stored);
	return (
		params.ln !== current.ln ||
		params.r !== current.r ||
		params.p !== current.p ||
		salt.length !== SALT_BYTES ||
		key.length !== KEY_BYTES
	);
}

/**
 * The login path: verify, and when the password matched under old parameters, return a new
 * hash made with `current`. The caller stores it; nobody is asked to reset a password.
 */
export async function verifyAndUpgrade(
	password: string,
	stored: string,
	current: ScryptParams = OWASP_SCRYPT,
	random: RandomSource = cryptoRandomBytes,
): Promise<VerifyOutcome> {
	if (!(await verifyPassword(password, stored))) return { ok: false };
	if (!needsRehash(stored, current)) return { ok: true };
	return { ok: true, upgradedHash: await hashPassword(password, current, random) };
}

/**
 * Compares two byte strings in time that depends only on their lengths. Unlike
 * `crypto.timingSafeEqual`, inputs of different lengths return false instead of throwing.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.byteLength !== b.byteLength) {
		// Still run one full comparison, so a length mismatch costs about as long as a match.
		timingSafeEqual(a, a);
		return false;
	}
	return timingSafeEqual(a, b);
}

/** Splits a stored hash into its parameters, salt and key, or throws naming what is wrong. */
export function parseHash(stored: string): ParsedHash {
	const fields = stored.split('$');
	// A leading '$' makes fields[0] empty: ['', 'scrypt', 'ln=..,r=..,p=..', salt, key].
	if (fields.length !== 5 || fields[0] !== '' || fields[1] !== ALGORITHM) {
		throw new Error(
			`password hash: expected "$scrypt$ln=<n>,r=<r>,p=<p>$<salt>$<key>", got ${fields.length - 1} fields starting "${fields[1] ?? ''}". Store the string hashPassword returned, unchanged.`,
		);
	}
	const [, , paramText = '', saltText = '', keyText = ''] = fields;
	const params = parseParams(paramText);
	const salt = decodeBase64(saltText, 'salt');
	const key = decodeBase64(keyText, 'key');
	return { params, salt, key };
}

function parseParams(text: string): ScryptParams {
	const match = /^ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})$/.exec(text);
	if (match === null) {
		throw new Error(
			`password hash: parameter field "${text}" is not "ln=<n>,r=<r>,p=<p>". Store the string hashPassword returned, unchanged.`,
		);
	}
	const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
	checkParams(params, 'stored password hash');
	return params;
}

function checkParams(params: ScryptParams, where: string): void {
	const { ln, r, p } = params;
	if (!Number.isInteger(ln) || ln < 1 || ln > MAX_LN) {
		throw new RangeError(`${where}: ln must be an integer from 1 to ${MAX_LN}, got ${ln}.`);
	}
	if (!Number.isInteger(r) || r < 1 || !Number.isInteger(p) || p < 1) {
		throw new RangeError(`${where}: r and p must be positive integers, got r=${r}, p=${p}.`);
	}
	const memory = 128 * 2 ** ln * r;
	if (memory > MAX_MEMORY_BYTES) {
		throw new RangeError(
			`${where}: ln=${ln}, r=${r} needs 128 * N * r = ${(memory / 1e9).toFixed(1)} GB, above the 1 GiB ceiling. Lower ln or r.`,
		);
	}
	if (p > MAX_P) {
		throw new RangeError(`${where}: p must be at most ${MAX_P}, got ${p}.`);
	}
}

function decodeBase64(text: string, field: string): Buffer {
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
		throw new Error(
			`password hash: the ${field} field is not base64. Store the string hashPassword returned, unchanged.`,
		);
	}
	return Buffer.from(text, 'base64');
}

function encode({ params, salt, key }: ParsedHash): string {
	const paramText = `ln=${params.ln},r=${params.r},p=${params.p}`;
	return `$${ALGORITHM}$${paramText}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function deriveKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
	const N = 2 ** params.ln;
	// NFKC makes "é" typed as one code point or as e + accent hash the same way.
	const normalized = password.normalize('NFKC');
	return new Promise((resolve, reject) => {
		// scrypt needs about 128 * N * r bytes; Node's default cap is 32 MiB, too small for N = 2^17.
		const maxmem = 256 * N * params.r + 1024 * 1024;
		scrypt(normalized, salt, KEY_BYTES, { N, r: params.r, p: params.p, maxmem }, (error, key) => {
			if (error === null) resolve(key);
			else reject(error);
		});
	});
}
