import { describe, it, expect } from 'vitest';
import {
	ClockOffsetError,
	compareHlc,
	HybridLogicalClock,
	type HlcTimestamp,
} from '../../../../src/reference/clocks/hybrid-logical-clock.ts';

// Seeded PRNG (mulberry32) so the simulation is the same on every run.
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('HybridLogicalClock', () => {
	it('follows the physical clock when it moves forward, with the counter at zero', () => {
		let t = 1_000;
		const hlc = new HybridLogicalClock({ now: () => t });
		expect(hlc.now()).toEqual({ wallMs: 1_000, logical: 0 });
		expect(hlc.now()).toEqual({ wallMs: 1_000, logical: 1 });
		t = 1_007;
		expect(hlc.now()).toEqual({ wallMs: 1_007, logical: 0 });
	});

	it('stays monotonic when the physical clock steps back, then resumes real time', () => {
		let t = 10_000;
		const hlc = new HybridLogicalClock({ now: () => t });
		const stamps: HlcTimestamp[] = [hlc.now(), hlc.now()];
		t = 9_000; // NTP steps the clock back a full second
		for (let i = 0; i < 5; i++) stamps.push(hlc.now());
		t = 10_001;
		stamps.push(hlc.now());
		for (let i = 1; i < stamps.length; i++) {
			expect(compareHlc(stamps[i]!, stamps[i - 1]!)).toBeGreaterThan(0);
		}
		// While behind, it holds the larger wall time and counts; afterwards the counter resets.
		expect(stamps[6]).toEqual({ wallMs: 10_000, logical: 6 });
		expect(stamps.at(-1)).toEqual({ wallMs: 10_001, logical: 0 });
	});

	it('applies the receive rule for each case of the paper', () => {
		let t = 100;
		const hlc = new HybridLogicalClock({ now: () => t });
		hlc.now(); // (100, 0)
		// Remote ahead of both: adopt its wall time, count past its counter.
		expect(hlc.receive({ wallMs: 150, logical: 4 })).toEqual({ wallMs: 150, logical: 5 });
		// Remote equal to ours: count past the larger counter.
		expect(hlc.receive({ wallMs: 150, logical: 9 })).toEqual({ wallMs: 150, logical: 10 });
		// Remote behind ours, physical behind too: just count.
		expect(hlc.receive({ wallMs: 120, logical: 50 })).toEqual({ wallMs: 150, logical: 11 });
		// Physical clock ahead of everything: take it, counter restarts.
		t = 200;
		expect(hlc.receive({ wallMs: 180, logical: 3 })).toEqual({ wallMs: 200, logical: 0 });
	});

	it('stays within the clock skew of physical time and respects causality (simulation)', () => {
		// Three nodes whose clocks are offset by up to 20 ms, advancing 0-2 ms per step,
		// exchanging messages with random delays, for 20,000 steps.
		const random = seeded(42);
		const skew = [0, 20, -15];
		const maxSkew = 20 - -15;
		let trueTime = 1_000_000;
		const clocks = skew.map((s) => () => trueTime + s);
		const nodes = clocks.map((now) => new HybridLogicalClock({ now }));
		const lastStamp: (HlcTimestamp | undefined)[] = nodes.map(() => undefined);
		const inFlight: { to: number; stamp: HlcTimestamp; deliverAt: number }[] = [];
		let maxAhead = 0;
		let maxLogical = 0;
		for (let step = 0; step < 20_000; step++) {
			trueTime += Math.floor(random() * 3);
			const i = Math.floor(random() * nodes.length);
			const node = nodes[i]!;
			let stamp: HlcTimestamp;
			const due = inFlight.findIndex((m) => m.to === i && m.deliverAt <= trueTime);
			if (due >= 0) {
				const [message] = inFlight.splice(due, 1);
				stamp = node.receive(message!.stamp);
				// Causality: a receive is stamped after the send it answers.
				expect(compareHlc(stamp, message!.stamp)).toBeGreaterThan(0);
			} else {
				stamp = node.now();
				if (random() < 0.5) {
					const to = (i + 1 + Math.floor(random() * (nodes.length - 1))) % nodes.length;
					inFlight.push({ to, stamp, deliverAt: trueTime + Math.floor(random() * 10) });
				}
			}
			// Monotonic per node.
			const previous = lastStamp[i];
			if (previous) expect(compareHlc(stamp, previous)).toBeGreaterThan(0);
			lastStamp[i] = stamp;
			maxAhead = Math.max(maxAhead, stamp.wallMs - clocks[i]!());
			maxLogical = Math.max(maxLogical, stamp.logical);
		}
		// The HLC never runs ahead of its own physical clock by more than the skew between clocks.
		expect(maxAhead).toBeLessThanOrEqual(maxSkew);
		expect(maxAhead).toBeGreaterThan(0); // the bound was exercised, not trivially zero
		// The counter stays small: it only counts events inside one wall-clock millisecond.
		expect(maxLogical).toBeLessThan(50);
	});

	it('rejects a remote timestamp too far in the future without changing its state', () => {
		const t = 5_000;
		const hlc = new HybridLogicalClock({ now: () => t, maxOffsetMs: 500 });
		const before = hlc.now();
		expect(() => hlc.receive({ wallMs: 6_000, logical: 0 })).toThrow(ClockOffsetError);
		expect(hlc.last()).toEqual(before);
		// Within the allowed offset, it is accepted.
		expect(hlc.receive({ wallMs: 5_400, logical: 0 })).toEqual({ wallMs: 5_400, logical: 1 });
	});
});
