import { describe, it, expect } from 'vitest';
import {
	decodeCursor,
	encodeCursor,
	InvalidCursorError,
	offsetPaginate,
	paginate,
	type CursorPosition,
} from '../../../../src/reference/pagination/keyset.ts';

interface Trip extends CursorPosition {
	readonly fare: number;
}

// Ten trips t01..t10, one second apart; t10 is the newest.
function trips(): Trip[] {
	return Array.from({ length: 10 }, (_, i) => ({
		id: `t${String(i + 1).padStart(2, '0')}`,
		createdAt: 1_000 * (i + 1),
		fare: 10 + i,
	}));
}

const ids = (rows: readonly CursorPosition[]) => rows.map((r) => r.id);

// A toy keyed signature for tests; production code uses HMAC-SHA256 with a server secret.
const sign = (payload: string) => {
	let h = 2166136261;
	for (const ch of `secret:${payload}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
	return h.toString(36);
};

describe('cursor encoding', () => {
	it('round-trips a position through an opaque base64url token', () => {
		const cursor = encodeCursor({ createdAt: 1_700_000_000_123, id: 'trip_é/+?' });
		expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeCursor(cursor)).toEqual({ createdAt: 1_700_000_000_123, id: 'trip_é/+?' });
	});

	it('rejects garbage with a typed error', () => {
		for (const bad of ['', 'not a cursor!', 'e30', '!!!!', 'x'.repeat(600)]) {
			expect(() => decodeCursor(bad)).toThrow(InvalidCursorError);
		}
	});

	it('rejects an unknown version and a wrong shape', () => {
		const v2 = btoa(JSON.stringify({ v: 2, c: 1, i: 'a' })).replace(/=+$/, '');
		const noId = btoa(JSON.stringify({ v: 1, c: 1 })).replace(/=+$/, '');
		expect(() => decodeCursor(v2)).toThrow(expect.objectContaining({ reason: 'version' }));
		expect(() => decodeCursor(noId)).toThrow(expect.objectContaining({ reason: 'shape' }));
	});

	it('rejects a signed cursor whose payload was edited', () => {
		const cursor = encodeCursor({ createdAt: 5_000, id: 't05' }, { sign });
		expect(decodeCursor(cursor, { sign })).toEqual({ createdAt: 5_000, id: 't05' });
		const [, signature] = cursor.split('.');
		const forged = `${encodeCursor({ createdAt: 9_999_999, id: 't99' })}.${signature}`;
		expect(() => decodeCursor(forged, { sign })).toThrow(
			expect.objectContaining({ reason: 'signature' }),
		);
		const unsigned = encodeCursor({ createdAt: 5_000, id: 't05' });
		expect(() => decodeCursor(unsigned, { sign })).toThrow(InvalidCursorError);
	});
});

describe('paginate (keyset)', () => {
	it('walks all rows newest first with has_more and a null cursor at the end', () => {
		const rows = trips();
		const seen: string[] = [];
		let after: string | undefined;
		let pages = 0;
		do {
			const page = paginate(rows, after === undefined ? { limit: 4 } : { after, limit: 4 });
			seen.push(...ids(page.items));
			expect(page.hasMore).toBe(page.nextCursor !== null);
			after = page.nextCursor ?? undefined;
			pages++;
		} while (after !== undefined);
		expect(pages).toBe(3);
		expect(seen).toEqual(ids(trips()).reverse());
	});

	it('neither skips nor repeats when rows are inserted at the head between pages, while offset repeats one', () => {
		const rows = trips();
		const keysetPage1 = paginate(rows, { limit: 3 });
		const offsetPage1 = offsetPaginate(rows, { offset: 0, limit: 3 });
		expect(ids(keysetPage1.items)).toEqual(['t10', 't09', 't08']);

		rows.push({ id: 't11', createdAt: 11_000, fare: 99 }); // a new trip lands at the head

		const keysetPage2 = paginate(rows, { after: keysetPage1.nextCursor ?? '', limit: 3 });
		const offsetPage2 = offsetPaginate(rows, { offset: 3, limit: 3 });
		expect(ids(keysetPage2.items)).toEqual(['t07', 't06', 't05']);
		expect(ids(offsetPage2.items)).toEqual(['t08', 't07', 't06']);
		const repeated = ids(offsetPage2.items).filter((id) => ids(offsetPage1.items).includes(id));
		expect(repeated).toEqual(['t08']);
	});

	it('does not skip a row when a row already served is deleted, while offset skips one', () => {
		const rows = trips();
		const keysetPage1 = paginate(rows, { limit: 3 });
		const remaining = rows.filter((r) => r.id !== 't09');
		const keysetPage2 = paginate(remaining, { after: keysetPage1.nextCursor ?? '', limit: 3 });
		const offsetPage2 = offsetPaginate(remaining, { offset: 3, limit: 3 });
		expect(ids(keysetPage2.items)).toEqual(['t07', 't06', 't05']);
		expect(ids(offsetPage2.items)).toEqual(['t06', 't05', 't04']); // t07 was never shown
	});

	it('resolves ties on createdAt by id, so a page boundary inside a tie loses nothing', () => {
		const rows: Trip[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, createdAt: 42, fare: 1 }));
		rows.push({ id: 'z', createdAt: 41, fare: 1 });
		const first = paginate(rows, { limit: 2 });
		const second = paginate(rows, { after: first.nextCursor ?? '', limit: 2 });
		const third = paginate(rows, { after: second.nextCursor ?? '', limit: 2 });
		expect([first, second, third].flatMap((p) => ids(p.items))).toEqual([
			'e',
			'd',
			'c',
			'b',
			'a',
			'z',
		]);
		expect(third.hasMore).toBe(false);
	});

	it('rejects a tampered cursor instead of guessing a position', () => {
		const page = paginate(trips(), { limit: 3 });
		const tampered = `${(page.nextCursor ?? '').slice(0, -2)}**`;
		expect(() => paginate(trips(), { after: tampered, limit: 3 })).toThrow(InvalidCursorError);
	});

	it('validates the page size', () => {
		expect(() => paginate(trips(), { limit: 0 })).toThrow(RangeError);
		expect(() => paginate(trips(), { limit: 1.5 })).toThrow(RangeError);
		expect(() => offsetPaginate(trips(), { offset: 0, limit: 5000 })).toThrow(RangeError);
	});

	it('caps a page at 100 rows, the maximum the pagination page documents', () => {
		expect(paginate(trips(), { limit: 100 }).items).toHaveLength(10);
		expect(() => paginate(trips(), { limit: 101 })).toThrow(/from 1 to 100, got 101/);
		expect(() => offsetPaginate(trips(), { offset: 0, limit: 101 })).toThrow(RangeError);
	});

	it("encodes the pagination page's example row to the cursor the page shows", () => {
		const row = { createdAt: Date.parse('2026-11-20T08:14:03Z'), id: 'trp_81' };
		const cursor = encodeCursor(row);
		expect(cursor).toBe('eyJ2IjoxLCJjIjoxNzk1MTYyNDQzMDAwLCJpIjoidHJwXzgxIn0');
		expect(decodeCursor(cursor)).toEqual({ createdAt: 1_795_162_443_000, id: 'trp_81' });
	});
});
