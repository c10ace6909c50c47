/** Token-minting helpers for the JWT tests: an honest issuer and the attacker's tools. */
import { createHmac, sign, type KeyObject } from 'node:crypto';

export const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const encodeJson = (value: unknown) => b64url(JSON.stringify(value));

/** Signs a compact JWS the way a real issuer would. */
export function mint(
	header: Record<string, unknown>,
	claims: Record<string, unknown>,
	key: KeyObject,
): string {
	const input = `${encodeJson(header)}.${encodeJson(claims)}`;
	const alg = header['alg'];
	let signature: Buffer;
	if (alg === 'HS256') signature = createHmac('sha256', key).update(input).digest();
	else if (alg === 'RS256') signature = sign('sha256', Buffer.from(input), key);
	else if (alg === 'ES256')
		signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
	else throw new Error(`mint: unsupported alg ${String(alg)}`);
	return `${input}.${b64url(signature)}`;
}

/** An unsigned token: `alg: none` and an empty signature part. */
export function unsigned(header: Record<string, unknown>, claims: Record<string, unknown>): string {
	return `${encodeJson(header)}.${encodeJson(claims)}.`;
}

/**
 * The algorithm-confusion forgery: an HS256 token whose HMAC secret is the bytes of the
 * victim's RSA public key, which the attacker downloaded from the JWKS endpoint.
 */
export function forgeWithPublicKeyAsSecret(
	kid: string,
	claims: Record<string, unknown>,
	publicKeyPem: string,
): string {
	const input = `${encodeJson({ alg: 'HS256', typ: 'JWT', kid })}.${encodeJson(claims)}`;
	const mac = createHmac('sha256', publicKeyPem).update(input).digest();
	return `${input}.${b64url(mac)}`;
}

/**
 * The vulnerable pattern the forgery targets: trust the header's alg and hand the library
 * whatever key material is on file. Kept here only to prove the forged token is a real attack.
 */
export function naiveVerify(token: string, keyMaterialPem: string): boolean {
	const [h = '', p = '', s = ''] = token.split('.');
	const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg: string };
	if (header.alg === 'none') return true;
	if (header.alg === 'HS256') {
		const mac = createHmac('sha256', keyMaterialPem).update(`${h}.${p}`).digest();
		return b64url(mac) === s;
	}
	return false;
}
