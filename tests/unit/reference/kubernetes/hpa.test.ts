import { describe, it, expect } from 'vitest';
import {
	DEFAULT_SCALE_DOWN_WINDOW_MS,
	DEFAULT_TOLERANCE,
	HorizontalAutoscaler,
	desiredReplicas,
} from '../../../../src/reference/kubernetes/hpa.ts';
import { manualClock } from '../../support/manual-clock.ts';

const SYNC_PERIOD_MS = 15_000; // --horizontal-pod-autoscaler-sync-period default

describe('desiredReplicas: ceil(current * currentMetric / target)', () => {
	it('matches the Kubernetes documentation and v1.33 blog examples', () => {
		// 50 replicas at 90% CPU against a 75% target: 50 * 1.2 = 60 (the v1.33 tolerance post).
		expect(desiredReplicas(50, 90, 75)).toBe(60);
		// 200m against 100m doubles; 50m against 100m halves.
		expect(desiredReplicas(10, 200, 100)).toBe(20);
		expect(desiredReplicas(10, 50, 100)).toBe(5);
	});

	it('rounds up, so a fraction of a pod becomes a whole one', () => {
		// 10 * 70 / 60 = 11.67 -> 12; 10 * 50 / 60 = 8.33 -> 9.
		expect(desiredReplicas(10, 70, 60)).toBe(12);
		expect(desiredReplicas(10, 50, 60)).toBe(9);
	});

	it('changes nothing while the ratio is within the 10% tolerance', () => {
		expect(DEFAULT_TOLERANCE).toBe(0.1);
		// 65 / 60 = 1.083: without the tolerance this would be ceil(10.83) = 11.
		expect(desiredReplicas(10, 65, 60)).toBe(10);
		expect(desiredReplicas(10, 65, 60, 0)).toBe(11);
		// 54.5 / 60 = 0.908: without it, ceil(9.08) = 10 anyway; 50 / 60 is outside and gives 9.
		expect(desiredReplicas(10, 54.5, 60)).toBe(10);
		expect(desiredReplicas(10, 50, 60)).toBe(9);
	});

	it('counts a ratio of exactly 1.1 or 0.9 as inside the tolerance, as the controller does', () => {
		// 66 / 60 - 1 is 0.10000000000000009 in floating point; the bounds test still holds 10.
		expect(desiredReplicas(10, 66, 60)).toBe(10);
		expect(desiredReplicas(10, 54, 60)).toBe(10);
		// One percentage point further out on either side scales.
		expect(desiredReplicas(10, 67, 60)).toBe(12); // ceil(11.17)
		expect(desiredReplicas(10, 53, 60)).toBe(9); // ceil(8.83)
	});

	it('refuses inputs that make the formula meaningless, naming the argument', () => {
		expect(() => desiredReplicas(0, 50, 60)).toThrow(/currentReplicas/);
		expect(() => desiredReplicas(3, 50, 0)).toThrow(/targetMetric/);
		expect(() => desiredReplicas(3, -1, 60)).toThrow(/currentMetric/);
		expect(() => desiredReplicas(3, 50, 60, -0.1)).toThrow(/tolerance/);
	});
});

describe('HorizontalAutoscaler across sync periods', () => {
	it('the tolerance keeps a metric wobbling around its target from flapping', () => {
		// CPU alternates 57% and 63% around a 60% target: ratios 0.95 and 1.05.
		const run = (tolerance: number) => {
			const clock = manualClock();
			const hpa = new HorizontalAutoscaler({
				now: clock.now,
				minReplicas: 2,
				maxReplicas: 50,
				tolerance,
				scaleDownWindowMs: 0,
			});
			let replicas = 10;
			const seen: number[] = [];
			for (let period = 0; period < 40; period++) {
				replicas = hpa.recommend(replicas, period % 2 === 0 ? 57 : 63, 60);
				seen.push(replicas);
				clock.advance(SYNC_PERIOD_MS);
			}
			return seen;
		};
		expect(new Set(run(DEFAULT_TOLERANCE))).toEqual(new Set([10]));
		// With no tolerance the count moves every period, and ceil makes it ratchet upward.
		// 10 -> ceil(9.5) = 10, then ceil(10.5) = 11, ceil(10.45) = 11, ceil(11.55) = 12, ...
		const untolerant = run(0);
		expect(untolerant.slice(0, 5)).toEqual([10, 11, 11, 12, 12]);
		expect(untolerant.indexOf(20)).toBe(19); // 20 replicas after 19 periods, 285 s
		expect(untolerant.slice(-6)).toEqual([19, 20, 19, 20, 19, 20]); // then flaps every period
	});

	it('scales up at once: the new, higher recommendation is the maximum of the window', () => {
		const clock = manualClock();
		const hpa = new HorizontalAutoscaler({ now: clock.now, minReplicas: 2, maxReplicas: 50 });
		expect(hpa.recommend(10, 60, 60)).toBe(10);
		clock.advance(SYNC_PERIOD_MS);
		expect(hpa.recommend(10, 120, 60)).toBe(20);
	});

	it('holds a scale-down for the 300-second stabilization window, then applies it', () => {
		expect(DEFAULT_SCALE_DOWN_WINDOW_MS).toBe(300_000);
		const clock = manualClock();
		const hpa = new HorizontalAutoscaler({ now: clock.now, minReplicas: 2, maxReplicas: 50 });
		expect(hpa.recommend(10, 60, 60)).toBe(10); // t = 0: on target, recommendation 10
		// Load halves. Each period the raw recommendation is ceil(10 * 30 / 60) = 5, but the
		// 10 from t = 0 is still inside the window.
		for (let t = SYNC_PERIOD_MS; t < 300_000; t += SYNC_PERIOD_MS) {
			clock.set(t);
			expect(hpa.recommend(10, 30, 60), `at ${t} ms`).toBe(10);
		}
		// At 300 s the t = 0 recommendation is no longer strictly newer than the cutoff.
		clock.set(300_000);
		expect(hpa.recommend(10, 30, 60)).toBe(5);
	});

	it('never scales up because of the window: it only holds a scale-down back', () => {
		const clock = manualClock();
		const hpa = new HorizontalAutoscaler({ now: clock.now, minReplicas: 2, maxReplicas: 50 });
		expect(hpa.recommend(10, 90, 60)).toBe(15); // a spike: ceil(10 * 1.5)
		clock.advance(SYNC_PERIOD_MS);
		// Someone has since set 12 replicas. Load is low: raw ceil(12 * 0.5) = 6, and the 15 in
		// the window keeps the count at 12 rather than raising it back to 15.
		expect(hpa.recommend(12, 30, 60)).toBe(12);
	});

	it('a brief dip inside the window removes no pods', () => {
		const clock = manualClock();
		const hpa = new HorizontalAutoscaler({ now: clock.now, minReplicas: 2, maxReplicas: 50 });
		const loads = [60, 60, 20, 20, 60, 60]; // a 30-second dip to a third of the load
		const replicas = loads.map((load) => {
			const result = hpa.recommend(10, load, 60);
			clock.advance(SYNC_PERIOD_MS);
			return result;
		});
		expect(replicas).toEqual([10, 10, 10, 10, 10, 10]);
	});

	it('without a window the same dip scales down immediately', () => {
		const clock = manualClock();
		const hpa = new HorizontalAutoscaler({
			now: clock.now,
			minReplicas: 2,
			maxReplicas: 50,
			scaleDownWindowMs: 0,
		});
		expect(hpa.recommend(10, 60, 60)).toBe(10);
		clock.advance(SYNC_PERIOD_MS);
		expect(hpa.recommend(10, 20, 60)).toBe(4); // ceil(10 / 3) = 4
	});

	it('clamps to minReplicas and maxReplicas', () => {
		const clock = manualClock();
		const hpa = new HorizontalAutoscaler({
			now: clock.now,
			minReplicas: 3,
			maxReplicas: 30,
			scaleDownWindowMs: 0,
		});
		expect(hpa.recommend(10, 600, 60)).toBe(30); // raw 100
		clock.advance(SYNC_PERIOD_MS);
		expect(hpa.recommend(10, 1, 60)).toBe(3); // raw ceil(0.17) = 1
	});

	it('refuses bounds that cannot hold', () => {
		const now = () => 0;
		expect(() => new HorizontalAutoscaler({ now, minReplicas: 0, maxReplicas: 5 })).toThrow(
			/minReplicas/,
		);
		expect(() => new HorizontalAutoscaler({ now, minReplicas: 5, maxReplicas: 4 })).toThrow(
			/maxReplicas/,
		);
		expect(
			() =>
				new HorizontalAutoscaler({ now, minReplicas: 1, maxReplicas: 4, scaleDownWindowMs: -1 }),
		).toThrow(/scaleDownWindowMs/);
	});
});
