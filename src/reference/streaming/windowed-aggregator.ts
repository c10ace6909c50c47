/**
 * Counting events per key in event-time windows, with a bounded-out-of-orderness watermark.
 *
 * - Windows are `[start, start + size)` and start every `slide` ms, aligned to the epoch:
 *   tumbling when slide equals size, sliding (hopping) when slide is smaller.
 * - The watermark is the largest event time seen minus `maxOutOfOrdernessMs` minus 1 ms: a
 *   claim that no event stamped at or before it is still expected. The 1 ms is there because an
 *   event exactly `maxOutOfOrdernessMs` behind the largest one is still allowed. The watermark
 *   never moves backwards.
 * - A window's last millisecond, `end - 1`, is its max timestamp. The window fires once the
 *   watermark reaches it. Its state is kept for another `allowedLatenessMs`; a late event in
 *   that time updates the count and fires it again.
 * - An event whose windows have all been dropped goes to the late output, never silently away.
 *
 * These are the rules of Flink's BoundedOutOfOrdernessWatermarks, EventTimeTrigger,
 * allowedLateness and sideOutputLateData, to the millisecond, except that the watermark here
 * advances after every event where Flink emits it periodically. Kafka Streams has no watermark:
 * a window accepts records until stream time reaches its end plus the grace period.
 */

/** An input event: which key it counts for and when it happened (event time, ms). */
export interface TimedEvent {
	readonly key: string;
	readonly timestamp: number;
}

/** A window's count as emitted; a later emission for the same window replaces it. */
export interface WindowCount {
	readonly key: string;
	readonly windowStart: number;
	readonly windowEnd: number;
	readonly count: number;
	/** 'on-time' for the firing when the watermark reaches end - 1, 'late' for updates after. */
	readonly firing: 'on-time' | 'late';
}

/** Window shape and how long to wait for stragglers. */
export interface WindowOptions {
	readonly sizeMs: number;
	/** Defaults to sizeMs (tumbling windows). */
	readonly slideMs?: number;
	readonly maxOutOfOrdernessMs: number;
	/** Defaults to 0, as in Flink: an event for a window that already fired goes to the late output. */
	readonly allowedLatenessMs?: number;
}

interface OpenWindow {
	readonly key: string;
	readonly start: number;
	readonly end: number;
	count: number;
	fired: boolean;
}

function requireNonNegativeInteger(field: string, value: number, minimum = 0): void {
	if (!Number.isSafeInteger(value) || value < minimum) {
		throw new RangeError(`WindowOptions.${field} must be an integer >= ${minimum}, got ${value}`);
	}
}

/** Counts events per key and window, firing on the watermark. */
export class WindowedCounter {
	private readonly size: number;
	private readonly slide: number;
	private readonly delay: number;
	private readonly lateness: number;
	private readonly windows = new Map<string, OpenWindow>();
	private maxTimestamp = Number.NEGATIVE_INFINITY;
	private readonly emittedCounts: WindowCount[] = [];
	private readonly lateEvents: TimedEvent[] = [];

	constructor(options: WindowOptions) {
		this.size = options.sizeMs;
		this.slide = options.slideMs ?? options.sizeMs;
		this.delay = options.maxOutOfOrdernessMs;
		this.lateness = options.allowedLatenessMs ?? 0;
		requireNonNegativeInteger('sizeMs', this.size, 1);
		requireNonNegativeInteger('slideMs', this.slide, 1);
		requireNonNegativeInteger('maxOutOfOrdernessMs', this.delay);
		requireNonNegativeInteger('allowedLatenessMs', this.lateness);
		if (this.slide > this.size) {
			throw new RangeError(
				`WindowOptions.slideMs (${this.slide}) must not exceed sizeMs (${this.size}), ` +
					'or events between windows are lost; use slideMs <= sizeMs',
			);
		}
	}

	/** The current watermark: max event time seen, minus the out-of-orderness bound, minus 1 ms. */
	watermark(): number {
		return this.maxTimestamp - this.delay - 1;
	}

	/** Every count emitted so far, in emission order. */
	emitted(): readonly WindowCount[] {
		return this.emittedCounts;
	}

	/** Events that arrived after all their windows were dropped (the late side output). */
	late(): readonly TimedEvent[] {
		return this.lateEvents;
	}

	/** Adds one event; returns the counts it caused to be emitted. */
	process(event: TimedEvent): WindowCount[] {
		if (!Number.isSafeInteger(event.timestamp)) {
			throw new RangeError(
				`TimedEvent.timestamp must be an integer number of milliseconds, got ${event.timestamp} (key ${event.key})`,
			);
		}
		const out: WindowCount[] = [];
		const watermark = this.watermark();
		let accepted = false;
		for (const start of this.windowStarts(event.timestamp)) {
			const end = start + this.size;
			if (watermark >= end - 1 + this.lateness) continue; // window already dropped
			accepted = true;
			const id = `${event.key}\u0000${start}`;
			const window = this.windows.get(id) ?? { key: event.key, start, end, count: 0, fired: false };
			window.count += 1;
			this.windows.set(id, window);
			// Already fired but within lateness: fire the updated count at once.
			if (watermark >= end - 1) out.push(this.fire(window, 'late'));
		}
		if (!accepted) this.lateEvents.push(event);
		this.maxTimestamp = Math.max(this.maxTimestamp, event.timestamp);
		out.push(...this.advance(this.watermark()));
		return out;
	}

	/** End of a bounded input: the watermark jumps to +infinity and every window fires. */
	finish(): WindowCount[] {
		this.maxTimestamp = Number.POSITIVE_INFINITY;
		return this.advance(Number.POSITIVE_INFINITY);
	}

	// The starts of every window containing t: the latest start at or before t, stepping back.
	private *windowStarts(t: number): Generator<number> {
		const lastStart = t - (((t % this.slide) + this.slide) % this.slide);
		for (let start = lastStart; start > t - this.size; start -= this.slide) yield start;
	}

	// Fires windows whose last millisecond the watermark reached, then drops those past their
	// lateness.
	// A scan keeps this short; Flink keeps a timer queue ordered by window end instead.
	private advance(watermark: number): WindowCount[] {
		const due = [...this.windows.values()]
			.filter((w) => !w.fired && watermark >= w.end - 1)
			.sort((a, b) => a.end - b.end || a.key.localeCompare(b.key));
		const out = due.map((w) => this.fire(w, 'on-time'));
		for (const [id, w] of this.windows) {
			if (watermark >= w.end - 1 + this.lateness) this.windows.delete(id);
		}
		return out;
	}

	private fire(window: OpenWindow, firing: WindowCount['firing']): WindowCount {
		window.fired = true;
		const result: WindowCount = {
			key: window.key,
			windowStart: window.start,
			windowEnd: window.end,
			count: window.count,
			firing,
		};
		this.emittedCounts.push(result);
		return result;
	}
}

/** The final count per key and window: the last emission for each, as a sink that upserts keeps. */
export function finalCounts(emitted: readonly WindowCount[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const c of emitted) counts.set(`${c.key}@${c.windowStart}`, c.count);
	return counts;
}
