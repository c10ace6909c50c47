import { describe, expect, it } from 'vitest';
import {
	finalCounts,
	WindowedCounter,
	type TimedEvent,
} from '../../../../src/reference/streaming/windowed-aggregator.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const MINUTE = 60_000;
const at = (key: string, seconds: number): TimedEvent => ({
	key,
	timestamp: Math.round(seconds * 1000),
});

function feed(counter: WindowedCounter, events: readonly TimedEvent[]) {
	return events.flatMap((e) => counter.process(e));
}

// A plain GROUP BY over all events: the answer a batch job gives.
function batchCounts(events: readonly TimedEvent[], sizeMs: number, slideMs = sizeMs) {
	const counts = new Map<string, number>();
	for (const e of events) {
		const lastStart = e.timestamp - (e.timestamp % slideMs);
		for (let s = lastStart; s > e.timestamp - sizeMs; s -= slideMs) {
			counts.set(`${e.key}@${s}`, (counts.get(`${e.key}@${s}`) ?? 0) + 1);
		}
	}
	return counts;
}

describe('event-time tumbling windows with a watermark', () => {
	it('puts out-of-order events within the bound into the window of their event time', () => {
		const counter = new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: 5_000 });
		// ad-1 at 61 s arrives before ad-1 at 58 s, which is 3 s behind: inside the 5 s bound.
		feed(counter, [at('ad-1', 10), at('ad-1', 61), at('ad-1', 58), at('ad-2', 59.5)]);
		const fired = feed(counter, [at('ad-2', 65)]);

		expect(fired).toEqual([
			{ key: 'ad-1', windowStart: 0, windowEnd: MINUTE, count: 2, firing: 'on-time' },
			{ key: 'ad-2', windowStart: 0, windowEnd: MINUTE, count: 1, firing: 'on-time' },
		]);
		expect(counter.late()).toEqual([]);
		// 65 s - 5 s - 1 ms: the window's last millisecond. The late 58 s event did not move it back.
		expect(counter.watermark()).toBe(59_999);
	});

	it('fires a window only once the watermark reaches its last millisecond, as Flink does', () => {
		const counter = new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: 5_000 });
		feed(counter, [at('ad-1', 1), at('ad-1', 59), at('ad-1', 64.999)]);
		expect(counter.watermark()).toBe(59_998); // 64,999 - 5,000 - 1
		expect(counter.emitted()).toEqual([]); // an event at 59.999 s may still come

		const fired = counter.process(at('ad-1', 65));
		expect(counter.watermark()).toBe(59_999);
		expect(fired).toEqual([
			{ key: 'ad-1', windowStart: 0, windowEnd: MINUTE, count: 2, firing: 'on-time' },
		]);
	});

	it('keeps an event exactly the bound behind the largest one on time: the reason for the 1 ms', () => {
		const counter = new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: 5_000 });
		feed(counter, [at('ad-1', 30), at('ad-1', 64.999)]);
		// 59.999 s is exactly 5 s behind 64.999 s. Watermark 59,998 has not reached the window's
		// last millisecond, so the event counts; without the 1 ms the window would already be closed.
		expect(counter.process(at('ad-1', 59.999))).toEqual([]);
		expect(counter.late()).toEqual([]);
		expect(counter.process(at('ad-1', 65))).toEqual([
			{ key: 'ad-1', windowStart: 0, windowEnd: MINUTE, count: 2, firing: 'on-time' },
		]);
	});

	it('updates and re-fires within allowed lateness, then sends later events to the late output', () => {
		const counter = new WindowedCounter({
			sizeMs: MINUTE,
			maxOutOfOrdernessMs: 5_000,
			allowedLatenessMs: 30_000,
		});
		feed(counter, [at('ad-1', 10), at('ad-1', 20), at('ad-1', 85)]); // watermark 79.999 s: fired
		expect(counter.emitted()).toEqual([
			{ key: 'ad-1', windowStart: 0, windowEnd: MINUTE, count: 2, firing: 'on-time' },
		]);

		// 30 s event arrives 55 s behind: late, but the window is kept until watermark 89.999 s.
		expect(counter.process(at('ad-1', 30))).toEqual([
			{ key: 'ad-1', windowStart: 0, windowEnd: MINUTE, count: 3, firing: 'late' },
		]);

		counter.process(at('ad-1', 95)); // watermark 89.999 s: window [0, 60 s) is dropped
		expect(counter.process(at('ad-1', 40))).toEqual([]);
		expect(counter.late()).toEqual([at('ad-1', 40)]);
		expect(finalCounts(counter.emitted()).get('ad-1@0')).toBe(3);
	});

	it('with no allowed lateness, sends an event behind a fired window straight to the late output', () => {
		const counter = new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: 0 });
		feed(counter, [at('ad-1', 59), at('ad-1', 60), at('ad-1', 59.5)]);
		expect(counter.late()).toEqual([at('ad-1', 59.5)]);
		expect(finalCounts(counter.emitted()).get('ad-1@0')).toBe(1);
	});

	it('equals a batch count over the same events when disorder stays within the bound', () => {
		const random = seededRandom(7);
		const events: TimedEvent[] = [];
		for (let i = 0; i < 5_000; i++) {
			events.push({
				key: `ad-${1 + Math.floor(random() * 20)}`,
				timestamp: Math.floor(random() * 30 * MINUTE),
			});
		}
		// Arrival order: each event delayed by up to 5 s, so none is more than 5 s out of order.
		const arrival = events
			.map((e) => ({ e, arrives: e.timestamp + Math.floor(random() * 5_000) }))
			.sort((a, b) => a.arrives - b.arrives)
			.map(({ e }) => e);

		const counter = new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: 5_000 });
		feed(counter, arrival);
		counter.finish();

		expect(counter.late()).toEqual([]);
		expect(counter.emitted().every((c) => c.firing === 'on-time')).toBe(true);
		expect(finalCounts(counter.emitted())).toEqual(batchCounts(events, MINUTE));
	});

	it('loses nothing silently: final counts plus the late output add up to every event', () => {
		const random = seededRandom(11);
		const events = Array.from({ length: 2_000 }, () => ({
			key: random() < 0.5 ? 'ad-1' : 'ad-2',
			timestamp: Math.floor(random() * 10 * MINUTE),
		}));
		// Shuffled arrival with a 1 s bound: many events are too late and must be accounted for.
		const counter = new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: 1_000 });
		feed(counter, events);
		counter.finish();

		const counted = [...finalCounts(counter.emitted()).values()].reduce((a, b) => a + b, 0);
		expect(counter.late().length).toBeGreaterThan(0);
		expect(counted + counter.late().length).toBe(events.length);
	});
});

describe('sliding (hopping) windows', () => {
	it('counts an event in every window that contains it', () => {
		const counter = new WindowedCounter({
			sizeMs: MINUTE,
			slideMs: 20_000,
			maxOutOfOrdernessMs: 0,
		});
		counter.process(at('ad-1', 65));
		const fired = counter.finish();
		expect(fired.map((c) => [c.windowStart, c.windowEnd, c.count])).toEqual([
			[20_000, 80_000, 1],
			[40_000, 100_000, 1],
			[60_000, 120_000, 1],
		]);
	});

	it('equals a batch count over the same events', () => {
		const random = seededRandom(3);
		const events = Array.from({ length: 1_000 }, () => ({
			key: `ad-${Math.floor(random() * 3)}`,
			timestamp: Math.floor(random() * 5 * MINUTE),
		}));
		// Up to 2 s out of order, within a 2 s bound.
		const arrival = events
			.map((e) => ({ e, arrives: e.timestamp + Math.floor(random() * 2_000) }))
			.sort((a, b) => a.arrives - b.arrives)
			.map(({ e }) => e);
		const counter = new WindowedCounter({
			sizeMs: MINUTE,
			slideMs: 15_000,
			maxOutOfOrdernessMs: 2_000,
		});
		feed(counter, arrival);
		counter.finish();
		expect(counter.late()).toEqual([]);
		expect(finalCounts(counter.emitted())).toEqual(batchCounts(events, MINUTE, 15_000));
	});
});

describe('options', () => {
	it('refuses an event time that is not whole milliseconds', () => {
		const counter = new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: 0 });
		expect(() => counter.process({ key: 'ad-1', timestamp: 1.5 })).toThrow(
			'TimedEvent.timestamp must be an integer number of milliseconds, got 1.5 (key ad-1)',
		);
	});

	it('names the field and the fix when an option is wrong', () => {
		expect(() => new WindowedCounter({ sizeMs: 0, maxOutOfOrdernessMs: 0 })).toThrow(
			'WindowOptions.sizeMs must be an integer >= 1, got 0',
		);
		expect(() => new WindowedCounter({ sizeMs: MINUTE, maxOutOfOrdernessMs: -1 })).toThrow(
			'WindowOptions.maxOutOfOrdernessMs must be an integer >= 0, got -1',
		);
		expect(
			() => new WindowedCounter({ sizeMs: MINUTE, slideMs: 2 * MINUTE, maxOutOfOrdernessMs: 0 }),
		).toThrow(/slideMs \(120000\) must not exceed sizeMs \(60000\).*use slideMs <= sizeMs/);
	});
});
