import { describe, expect, it } from 'vitest';
import { seededRandom as seeded } from '../../support/seeded-random.ts';
import { manualClock } from '../../support/manual-clock.ts';
import {
	backoffCeilingMs,
	ReconnectBackoff,
} from '../../../../src/reference/realtime/reconnect-backoff.ts';

describe('backoffCeilingMs', () => {
	it('doubles from the base and stops at the cap', () => {
		const ceilings = Array.from({ length: 8 }, (_, n) => backoffCeilingMs(n, 1000, 30_000));
		expect(ceilings).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
	});

	it('stays finite for failure counts where 2^n overflows a double', () => {
		expect(backoffCeilingMs(5000, 100, 60_000)).toBe(60_000);
	});

	it('rejects a negative or fractional failure count', () => {
		expect(() => backoffCeilingMs(-1, 100, 1000)).toThrow(RangeError);
		expect(() => backoffCeilingMs(1.5, 100, 1000)).toThrow(RangeError);
	});
});

describe('ReconnectBackoff with full jitter', () => {
	it('draws every delay from [0, min(cap, base * 2^n)] and never above the cap', () => {
		const clock = manualClock();
		const backoff = new ReconnectBackoff({
			baseMs: 500,
			capMs: 20_000,
			stableAfterMs: 10_000,
			random: seeded(7),
			now: clock.now,
		});
		for (let n = 0; n < 40; n++) {
			const delay = backoff.nextDelayMs();
			expect(delay).toBeGreaterThanOrEqual(0);
			expect(delay).toBeLessThanOrEqual(Math.min(20_000, 500 * 2 ** n));
			expect(delay).toBeLessThanOrEqual(20_000);
		}
		expect(backoff.consecutiveFailures).toBe(40);
	});

	it('spreads delays over the whole window instead of clustering at its top', () => {
		const clock = manualClock();
		const delays: number[] = [];
		for (let client = 0; client < 2000; client++) {
			const backoff = new ReconnectBackoff({
				baseMs: 1000,
				capMs: 1000,
				stableAfterMs: 0,
				random: seeded(client + 1),
				now: clock.now,
			});
			delays.push(backoff.nextDelayMs());
		}
		const mean = delays.reduce((sum, d) => sum + d, 0) / delays.length;
		// Uniform on [0, 1000) has mean 500; a missing jitter would give 1000 for everyone.
		expect(mean).toBeGreaterThan(450);
		expect(mean).toBeLessThan(550);
		expect(delays.filter((d) => d < 250).length).toBeGreaterThan(400);
	});

	it('resets the failure count after a connection stays up for stableAfterMs', () => {
		const clock = manualClock();
		const backoff = new ReconnectBackoff({
			baseMs: 1000,
			capMs: 60_000,
			stableAfterMs: 30_000,
			random: () => 0.999_999,
			now: clock.now,
		});
		for (let i = 0; i < 5; i++) backoff.nextDelayMs();
		expect(backoff.consecutiveFailures).toBe(5);
		backoff.connected();
		clock.advance(30_000);
		// The drop after a stable connection starts again from the base window.
		expect(backoff.nextDelayMs()).toBeLessThan(1000);
		expect(backoff.consecutiveFailures).toBe(1);
	});

	it('keeps backing off when connections drop before they are stable (a flapping server)', () => {
		const clock = manualClock();
		const backoff = new ReconnectBackoff({
			baseMs: 1000,
			capMs: 60_000,
			stableAfterMs: 30_000,
			random: () => 0.999_999,
			now: clock.now,
		});
		const delays: number[] = [];
		for (let i = 0; i < 5; i++) {
			delays.push(backoff.nextDelayMs());
			backoff.connected();
			clock.advance(2_000); // accepted, then dropped two seconds later
		}
		expect(backoff.consecutiveFailures).toBe(5);
		expect(delays[4]).toBeGreaterThan(15_000);
	});

	it('waits exactly the ceiling when jitter is off', () => {
		const clock = manualClock();
		const backoff = new ReconnectBackoff({
			baseMs: 1000,
			capMs: 30_000,
			stableAfterMs: 0,
			random: seeded(1),
			now: clock.now,
			jitter: 'none',
		});
		const delays = Array.from({ length: 6 }, () => backoff.nextDelayMs());
		expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000]);
	});

	it('refuses a configuration that could never back off', () => {
		const now = (): number => 0;
		const random = (): number => 0.5;
		expect(
			() => new ReconnectBackoff({ baseMs: 0, capMs: 10, stableAfterMs: 0, random, now }),
		).toThrow(RangeError);
		expect(
			() => new ReconnectBackoff({ baseMs: 100, capMs: 50, stableAfterMs: 0, random, now }),
		).toThrow(RangeError);
	});
});
