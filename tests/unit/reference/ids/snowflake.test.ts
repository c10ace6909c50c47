import { describe, it, expect } from 'vitest';
import {
	ClockMovedBackwardsError,
	composeSnowflake,
	decodeSnowflake,
	MAX_SEQUENCE,
	MAX_TIMESTAMP_OFFSET,
	MAX_WORKER_ID,
	SnowflakeGenerator,
} from '../../../../src/reference/ids/snowflake.ts';

// Twitter's published Snowflake epoch, 2010-11-04T01:42:54.657Z.
const EPOCH = 1_288_834_974_657;

function manualClock(start: number) {
	let t = start;
	return {
		now: () => t,
		set: (ms: number) => {
			t = ms;
		},
		advance: (ms: number) => {
			t += ms;
		},
	};
}

function isStrictlyIncreasing(ids: readonly bigint[]): boolean {
	return ids.every((id, i) => i === 0 || id > ids[i - 1]!);
}

describe('SnowflakeGenerator', () => {
	it('packs the clock, worker and sequence into the id', () => {
		const clock = manualClock(EPOCH + 1_000);
		const gen = new SnowflakeGenerator({ workerId: 7, epochMs: EPOCH, now: clock.now });
		const a = gen.next();
		const b = gen.next();
		clock.advance(1);
		const c = gen.next();
		expect(decodeSnowflake(a, EPOCH)).toEqual({
			timestampMs: EPOCH + 1_000,
			workerId: 7,
			sequence: 0,
		});
		expect(decodeSnowflake(b, EPOCH).sequence).toBe(1);
		expect(decodeSnowflake(c, EPOCH)).toEqual({
			timestampMs: EPOCH + 1_001,
			workerId: 7,
			sequence: 0,
		});
		expect(isStrictlyIncreasing([a, b, c])).toBe(true);
	});

	it('stays monotonic when the clock steps backwards, by borrowing the last timestamp', () => {
		const clock = manualClock(EPOCH + 10_000);
		const gen = new SnowflakeGenerator({ workerId: 1, epochMs: EPOCH, now: clock.now });
		const ids = [gen.next(), gen.next()];
		clock.set(EPOCH + 9_200); // an NTP step back of 800 ms
		for (let i = 0; i < 5; i++) ids.push(gen.next());
		expect(isStrictlyIncreasing(ids)).toBe(true);
		// While behind, ids keep the last timestamp rather than the clock's earlier one.
		expect(decodeSnowflake(ids.at(-1)!, EPOCH).timestampMs).toBe(EPOCH + 10_000);
		expect(gen.leadMs()).toBe(800);
		// Once the clock passes the borrowed time, ids follow the clock again.
		clock.set(EPOCH + 10_050);
		const after = gen.next();
		expect(after > ids.at(-1)!).toBe(true);
		expect(decodeSnowflake(after, EPOCH)).toMatchObject({
			timestampMs: EPOCH + 10_050,
			sequence: 0,
		});
	});

	it('refuses, without losing its place, when the clock is further back than maxLeadMs', () => {
		const clock = manualClock(EPOCH + 60_000);
		const gen = new SnowflakeGenerator({
			workerId: 1,
			epochMs: EPOCH,
			now: clock.now,
			maxLeadMs: 5_000,
		});
		const before = gen.next();
		clock.set(EPOCH + 50_000); // ten seconds back
		expect(() => gen.next()).toThrow(ClockMovedBackwardsError);
		clock.set(EPOCH + 55_000); // still exactly 5 s behind: allowed to borrow
		const borrowed = gen.next();
		expect(borrowed > before).toBe(true);
	});

	it('issues 4,096 ids in one millisecond, then rolls over into the next millisecond', () => {
		const clock = manualClock(EPOCH + 5_000);
		const gen = new SnowflakeGenerator({ workerId: 3, epochMs: EPOCH, now: clock.now });
		const ids = Array.from({ length: MAX_SEQUENCE + 2 }, () => gen.next());
		const parts = ids.map((id) => decodeSnowflake(id, EPOCH));
		expect(parts.slice(0, 4_096).every((p) => p.timestampMs === EPOCH + 5_000)).toBe(true);
		expect(parts[4_095]!.sequence).toBe(4_095);
		// The 4,097th id borrows the next millisecond and restarts the sequence.
		expect(parts[4_096]).toEqual({ timestampMs: EPOCH + 5_001, workerId: 3, sequence: 0 });
		expect(isStrictlyIncreasing(ids)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		// When the clock reaches the borrowed millisecond, counting continues after it.
		clock.advance(1);
		expect(decodeSnowflake(gen.next(), EPOCH)).toMatchObject({
			timestampMs: EPOCH + 5_001,
			sequence: 1,
		});
	});

	it('never collides across distinct worker ids sharing one clock', () => {
		const clock = manualClock(EPOCH + 1);
		const workers = [0, 1, 512, MAX_WORKER_ID].map(
			(workerId) => new SnowflakeGenerator({ workerId, epochMs: EPOCH, now: clock.now }),
		);
		const all: bigint[] = [];
		for (let ms = 0; ms < 3; ms++) {
			// 5,000 ids per worker per millisecond forces every worker to borrow ahead.
			for (let i = 0; i < 5_000; i++) for (const w of workers) all.push(w.next());
			clock.advance(1);
		}
		expect(all).toHaveLength(3 * 5_000 * workers.length);
		expect(new Set(all).size).toBe(all.length);
	});

	it('reissues ids after a restart behind the clock, unless given its high-water mark', () => {
		const clock = manualClock(EPOCH + 20_000);
		const first = new SnowflakeGenerator({ workerId: 9, epochMs: EPOCH, now: clock.now });
		// A burst borrows two milliseconds ahead of the clock.
		const issued = Array.from({ length: 3 * 4_096 }, () => first.next());
		const last = issued.at(-1)!;
		expect(decodeSnowflake(last, EPOCH).timestampMs).toBe(EPOCH + 20_002);

		// The process restarts at once, clock still at 20,000: a naive generator repeats ids.
		const naive = new SnowflakeGenerator({ workerId: 9, epochMs: EPOCH, now: clock.now });
		const seen = new Set(issued);
		expect(seen.has(naive.next())).toBe(true);

		const resumed = new SnowflakeGenerator({
			workerId: 9,
			epochMs: EPOCH,
			now: clock.now,
			highWaterMark: last,
		});
		const fresh = Array.from({ length: 5_000 }, () => resumed.next());
		expect(fresh.some((id) => seen.has(id))).toBe(false);
		expect(fresh[0]! > last).toBe(true);
	});

	it('rejects a worker id outside 0..1023, naming the field', () => {
		const now = () => EPOCH;
		expect(() => new SnowflakeGenerator({ workerId: 1_024, epochMs: EPOCH, now })).toThrow(
			/workerId must be an integer from 0 to 1023/,
		);
		expect(() => new SnowflakeGenerator({ workerId: -1, epochMs: EPOCH, now })).toThrow(RangeError);
	});
});

describe('composeSnowflake and decodeSnowflake', () => {
	it('round-trip every field, including the extremes', () => {
		const cases = [
			{ timestampMs: EPOCH, workerId: 0, sequence: 0 },
			{ timestampMs: EPOCH + 123_456_789, workerId: 42, sequence: 17 },
			{
				timestampMs: EPOCH + MAX_TIMESTAMP_OFFSET,
				workerId: MAX_WORKER_ID,
				sequence: MAX_SEQUENCE,
			},
		];
		for (const parts of cases) {
			const id = composeSnowflake(parts, EPOCH);
			expect(decodeSnowflake(id, EPOCH)).toEqual(parts);
			expect(composeSnowflake(decodeSnowflake(id, EPOCH), EPOCH)).toBe(id);
		}
		// The largest id still fits in a signed 64-bit integer (a Java long, a PostgreSQL bigint).
		const max = composeSnowflake(cases[2]!, EPOCH);
		expect(max).toBe((1n << 63n) - 1n);
	});

	it('orders ids by time first, whatever the worker', () => {
		const early = composeSnowflake(
			{ timestampMs: EPOCH + 5, workerId: MAX_WORKER_ID, sequence: 9 },
			EPOCH,
		);
		const late = composeSnowflake({ timestampMs: EPOCH + 6, workerId: 0, sequence: 0 }, EPOCH);
		expect(late > early).toBe(true);
	});

	it('shows that an id more than 2^31 ms (24.9 days) after the epoch is not exact as a JS number', () => {
		const justBefore = composeSnowflake(
			{ timestampMs: EPOCH + 2 ** 31 - 1, workerId: 0, sequence: 0 },
			EPOCH,
		);
		const after = composeSnowflake(
			{ timestampMs: EPOCH + 2 ** 31, workerId: 3, sequence: 1 },
			EPOCH,
		);
		expect(justBefore < 2n ** 53n).toBe(true);
		expect(after > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
		// Converting to a double (JSON.parse, a Redis sorted-set score) silently changes the id.
		expect(BigInt(Number(after))).not.toBe(after);
		expect(BigInt(after.toString())).toBe(after);
	});
});
