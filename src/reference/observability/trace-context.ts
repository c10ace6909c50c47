/**
 * The W3C Trace Context `traceparent` header (Trace Context Level 1, a W3C Recommendation):
 *
 *   traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
 *                ^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^^^^^^ ^^
 *           version trace-id (16 bytes)              parent-id (8 bytes) trace-flags
 *
 * Every field is lowercase hex. An all-zero trace-id or parent-id is invalid, version `ff` is
 * invalid, and a receiver that cannot parse the header must ignore it and start a new trace
 * rather than fail the request. Each service keeps the trace-id, makes a new span id for its
 * own work, and sends that span id as the parent-id of the calls it makes.
 */

import { randomBytes } from 'node:crypto';

/** The parsed header: which trace this is, which span called us, and the flags. */
export interface TraceContext {
	/** 32 lowercase hex characters; the same in every service the request touches. */
	readonly traceId: string;
	/** 16 lowercase hex characters: the caller's span, the parent of ours. */
	readonly parentId: string;
	/** The 8 trace-flags bits; bit 0 is `sampled`. */
	readonly flags: number;
}

/** Bit 0 of trace-flags: the caller may have recorded this trace. */
export const SAMPLED_FLAG = 0x01;

const HEX = /^[0-9a-f]+$/;
// Version 00 is exactly 2 + 1 + 32 + 1 + 16 + 1 + 2 characters.
const VERSION_00_LENGTH = 55;

function isLowerHex(text: string, length: number): boolean {
	return text.length === length && HEX.test(text);
}

function isAllZero(text: string): boolean {
	return /^0+$/.test(text);
}

/**
 * Parses a `traceparent` value, or returns undefined when the spec says to ignore it: wrong
 * lengths, uppercase or other non-hex characters, version `ff`, an all-zero id, or version
 * `00` with anything after the flags. A higher version is read forward-compatibly: the first
 * four fields are used if the header is at least 55 characters and the flags are followed by
 * the end or a dash.
 */
export function parseTraceparent(header: string): TraceContext | undefined {
	const value = header.trim();
	const version = value.slice(0, 2);
	if (!isLowerHex(version, 2) || value[2] !== '-' || version === 'ff') return undefined;
	if (version === '00' && value.length !== VERSION_00_LENGTH) return undefined;
	if (value.length < VERSION_00_LENGTH) return undefined;
	if (value.length > VERSION_00_LENGTH && value[VERSION_00_LENGTH] !== '-') return undefined;

	const traceId = value.slice(3, 35);
	const parentId = value.slice(36, 52);
	const flags = value.slice(53, 55);
	if (value[35] !== '-' || value[52] !== '-') return undefined;
	if (!isLowerHex(traceId, 32) || isAllZero(traceId)) return undefined;
	if (!isLowerHex(parentId, 16) || isAllZero(parentId)) return undefined;
	if (!isLowerHex(flags, 2)) return undefined;
	return { traceId, parentId, flags: Number.parseInt(flags, 16) };
}

/** Formats a context as a version `00` header. Throws RangeError on an invalid field. */
export function formatTraceparent(context: TraceContext): string {
	const { traceId, parentId, flags } = context;
	if (!isLowerHex(traceId, 32) || isAllZero(traceId)) {
		throw new RangeError(`traceId must be 32 lowercase hex characters, not all zero: "${traceId}"`);
	}
	if (!isLowerHex(parentId, 16) || isAllZero(parentId)) {
		throw new RangeError(
			`parentId must be 16 lowercase hex characters, not all zero: "${parentId}"`,
		);
	}
	if (!Number.isInteger(flags) || flags < 0 || flags > 0xff) {
		throw new RangeError(`flags must be an integer from 0 to 255, got ${flags}`);
	}
	return `00-${traceId}-${parentId}-${flags.toString(16).padStart(2, '0')}`;
}

/** Whether the caller marked the trace as sampled; masks the bit, as the spec warns to. */
export function isSampled(context: TraceContext): boolean {
	return (context.flags & SAMPLED_FLAG) === SAMPLED_FLAG;
}

/** Random bytes as hex; injected in tests so ids are reproducible. */
export type RandomHex = (bytes: number) => string;

const cryptoHex: RandomHex = (bytes) => randomBytes(bytes).toString('hex');

function nonZeroHex(bytes: number, random: RandomHex): string {
	// An all-zero id is invalid; the chance is 2^-64 or less, but a draw costs nothing.
	for (;;) {
		const id = random(bytes);
		if (!isAllZero(id)) return id;
	}
}

/**
 * The context to send downstream from a span we start: the same trace-id, a fresh span id as
 * the new parent-id, and the sampled bit carried over. Other flag bits are undefined in
 * version 00, and the spec says to send them as zero.
 */
export function childContext(parent: TraceContext, random: RandomHex = cryptoHex): TraceContext {
	return {
		traceId: parent.traceId,
		parentId: nonZeroHex(8, random),
		flags: parent.flags & SAMPLED_FLAG,
	};
}

/** A new trace for a request that arrived with no valid header: new trace-id and span id. */
export function newRootContext(sampled: boolean, random: RandomHex = cryptoHex): TraceContext {
	return {
		traceId: nonZeroHex(16, random),
		parentId: nonZeroHex(8, random),
		flags: sampled ? SAMPLED_FLAG : 0,
	};
}
