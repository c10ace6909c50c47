import { describe, it, expect } from 'vitest';
import {
	childContext,
	formatTraceparent,
	isSampled,
	newRootContext,
	parseTraceparent,
	type RandomHex,
} from '../../../../src/reference/observability/trace-context.ts';
import { seededRandom } from '../../support/seeded-random.ts';

// The examples from the W3C Trace Context Recommendation, section 3.2.
const SAMPLED = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const NOT_SAMPLED = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';

function seededHex(seed: number): RandomHex {
	const random = seededRandom(seed);
	return (bytes) =>
		Array.from({ length: bytes }, () =>
			Math.floor(random() * 256)
				.toString(16)
				.padStart(2, '0'),
		).join('');
}

describe('parseTraceparent: valid headers', () => {
	it('reads the four fields of the spec example', () => {
		expect(parseTraceparent(SAMPLED)).toEqual({ traceId: TRACE_ID, parentId: PARENT_ID, flags: 1 });
		expect(isSampled(parseTraceparent(SAMPLED)!)).toBe(true);
		expect(isSampled(parseTraceparent(NOT_SAMPLED)!)).toBe(false);
	});

	it('masks the sampled bit instead of comparing the whole byte (09 is sampled too)', () => {
		const context = parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-09`)!;
		expect(context.flags).toBe(9);
		expect(isSampled(context)).toBe(true);
	});

	it('round-trips through formatTraceparent', () => {
		expect(formatTraceparent(parseTraceparent(SAMPLED)!)).toBe(SAMPLED);
		expect(formatTraceparent(parseTraceparent(NOT_SAMPLED)!)).toBe(NOT_SAMPLED);
	});

	it('reads a future version forward-compatibly, with or without extra fields', () => {
		const future = `cc-${TRACE_ID}-${PARENT_ID}-01`;
		expect(parseTraceparent(future)?.traceId).toBe(TRACE_ID);
		expect(parseTraceparent(`${future}-what-the-future-will-be-like`)?.traceId).toBe(TRACE_ID);
		// After the flags of a higher version, only the end or a dash may follow.
		expect(parseTraceparent(`${future}.what-the-future-will-be-like`)).toBeUndefined();
	});
});

describe('parseTraceparent: headers the spec says to ignore', () => {
	const cases: [string, string][] = [
		['version ff is forbidden', `ff-${TRACE_ID}-${PARENT_ID}-01`],
		['version 00 with trailing characters', `${SAMPLED}.`],
		['version 00 with an extra field', `${SAMPLED}-what-the-future-will-be-like`],
		['a version of one hex digit', `0-${TRACE_ID}-${PARENT_ID}-01`],
		['a version of three hex digits', `000-${TRACE_ID}-${PARENT_ID}-01`],
		['an all-zero trace-id', `00-${'0'.repeat(32)}-${PARENT_ID}-01`],
		['an all-zero parent-id', `00-${TRACE_ID}-${'0'.repeat(16)}-01`],
		['a trace-id of 31 characters', `00-${TRACE_ID.slice(1)}-${PARENT_ID}-01`],
		['a trace-id of 33 characters', `00-${TRACE_ID}a-${PARENT_ID}-01`],
		['a parent-id of 15 characters', `00-${TRACE_ID}-${PARENT_ID.slice(1)}-01`],
		['a parent-id of 17 characters', `00-${TRACE_ID}-${PARENT_ID}a-01`],
		['uppercase hex in the trace-id', `00-${TRACE_ID.toUpperCase()}-${PARENT_ID}-01`],
		['uppercase hex in the parent-id', `00-${TRACE_ID}-00F067AA0BA902B7-01`],
		['uppercase hex in the flags', `00-${TRACE_ID}-${PARENT_ID}-0A`],
		['a non-hex character in the trace-id', `00-.${TRACE_ID.slice(1)}-${PARENT_ID}-01`],
		['a non-hex character in the flags', `00-${TRACE_ID}-${PARENT_ID}-.0`],
		['a missing field', `00-${TRACE_ID}-${PARENT_ID}`],
		['the wrong separator', `00_${TRACE_ID}_${PARENT_ID}_01`],
		['an empty header', ''],
	];
	it.each(cases)('%s', (_why, header) => {
		expect(parseTraceparent(header)).toBeUndefined();
	});
});

describe('formatTraceparent', () => {
	it('refuses ids the spec forbids, naming the field', () => {
		expect(() =>
			formatTraceparent({ traceId: '0'.repeat(32), parentId: PARENT_ID, flags: 1 }),
		).toThrow(/traceId/);
		expect(() =>
			formatTraceparent({ traceId: TRACE_ID, parentId: 'ABCDEF0123456789', flags: 1 }),
		).toThrow(/parentId/);
		expect(() => formatTraceparent({ traceId: TRACE_ID, parentId: PARENT_ID, flags: 256 })).toThrow(
			/flags/,
		);
	});

	it('pads flags to two hex digits', () => {
		expect(formatTraceparent({ traceId: TRACE_ID, parentId: PARENT_ID, flags: 0 })).toBe(
			NOT_SAMPLED,
		);
	});
});

describe('childContext: one hop downstream', () => {
	it('keeps the trace-id, makes a new parent-id and carries the sampled bit', () => {
		const parent = parseTraceparent(SAMPLED)!;
		const child = childContext(parent, seededHex(7));
		expect(child.traceId).toBe(TRACE_ID);
		expect(child.parentId).toMatch(/^[0-9a-f]{16}$/);
		expect(child.parentId).not.toBe(PARENT_ID);
		expect(isSampled(child)).toBe(true);
		expect(parseTraceparent(formatTraceparent(child))).toEqual(child);
	});

	it('keeps an unsampled decision unsampled, and zeroes flag bits version 00 does not define', () => {
		expect(childContext(parseTraceparent(NOT_SAMPLED)!, seededHex(1)).flags).toBe(0);
		expect(
			childContext(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-ff`)!, seededHex(1)).flags,
		).toBe(1);
	});

	it('gives every hop of a chain the same trace-id and a distinct span id', () => {
		const random = seededHex(3);
		let context = parseTraceparent(SAMPLED)!;
		const spanIds = new Set([context.parentId]);
		for (let hop = 0; hop < 5; hop++) {
			context = childContext(context, random);
			expect(context.traceId).toBe(TRACE_ID);
			spanIds.add(context.parentId);
		}
		expect(spanIds.size).toBe(6);
	});

	it('never issues an all-zero span id, drawing again instead', () => {
		const draws = ['0000000000000000', '0000000000000000', '1111111111111111'];
		const child = childContext(parseTraceparent(SAMPLED)!, () => draws.shift()!);
		expect(child.parentId).toBe('1111111111111111');
	});
});

describe('newRootContext', () => {
	it('starts a valid trace with the chosen sampling decision', () => {
		const root = newRootContext(true, seededHex(9));
		expect(parseTraceparent(formatTraceparent(root))).toEqual(root);
		expect(isSampled(root)).toBe(true);
		expect(isSampled(newRootContext(false, seededHex(9)))).toBe(false);
	});

	it('uses crypto randomness when no source is given', () => {
		const a = newRootContext(true);
		const b = newRootContext(true);
		expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
		expect(a.traceId).not.toBe(b.traceId);
	});
});
