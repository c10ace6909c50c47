import { describe, expect, it } from 'vitest';
import { seededRandom as seeded } from '../../support/seeded-random.ts';
import { simulateReconnectStorm } from '../../../../src/reference/realtime/reconnect-storm.ts';

// The storm the real-time page describes: 10,000 clients, a gateway down for 10 s that then
// accepts 2,000 connections per second, backoff from 1 s capped at 30 s.
const storm = {
	clients: 10_000,
	downtimeMs: 10_000,
	acceptPerSecond: 2_000,
	baseMs: 1_000,
	capMs: 30_000,
} as const;

describe('simulateReconnectStorm', () => {
	it('without jitter, every client hits the recovering gateway in the same second, wave after wave', () => {
		const result = simulateReconnectStorm({ ...storm, jitter: 'none', random: seeded(1) });
		expect(result.peakAttemptsPerSecond).toBe(10_000);
		// Synchronized waves at 15, 31, 61, 91 and 121 s, each admitting 2,000 clients.
		const busySeconds = result.attemptsPerSecond
			.map((count, second) => [second, count] as const)
			.filter(([, count]) => count > 0);
		expect(busySeconds).toEqual([
			[15, 10_000],
			[31, 8_000],
			[61, 6_000],
			[91, 4_000],
			[121, 2_000],
		]);
		expect(result.allConnectedAtMs).toBe(121_000);
	});

	it('with full jitter, the peak falls below the accept budget and everyone is back far sooner', () => {
		const none = simulateReconnectStorm({ ...storm, jitter: 'none', random: seeded(1) });
		const full = simulateReconnectStorm({ ...storm, jitter: 'full', random: seeded(1) });
		expect(full.peakAttemptsPerSecond).toBeLessThan(storm.acceptPerSecond);
		expect(full.peakAttemptsPerSecond).toBeLessThan(none.peakAttemptsPerSecond / 5);
		expect(full.allConnectedAtMs).toBeDefined();
		expect(full.allConnectedAtMs ?? Infinity).toBeLessThan(60_000);
		expect(full.totalAttempts).toBeLessThan(none.totalAttempts);
	});

	it('measures the figures the page quotes for five seeds, not one lucky draw', () => {
		const none = simulateReconnectStorm({ ...storm, jitter: 'none', random: seeded(1) });
		expect(none.totalAttempts).toBe(60_000);
		for (const seed of [1, 2, 3, 4, 5]) {
			const full = simulateReconnectStorm({ ...storm, jitter: 'full', random: seeded(seed) });
			// The page: a peak of 1,415 to 1,512 attempts per second, everyone back after about 40 s,
			// and about 17 percent fewer attempts than without jitter.
			expect(full.peakAttemptsPerSecond).toBeGreaterThanOrEqual(1_400);
			expect(full.peakAttemptsPerSecond).toBeLessThanOrEqual(1_550);
			expect(full.allConnectedAtMs ?? Infinity).toBeGreaterThan(35_000);
			expect(full.allConnectedAtMs ?? Infinity).toBeLessThan(45_000);
			const saved = 1 - full.totalAttempts / none.totalAttempts;
			expect(saved).toBeGreaterThan(0.15);
			expect(saved).toBeLessThan(0.2);
		}
	});

	it('counts every client exactly once as connected', () => {
		const full = simulateReconnectStorm({
			...storm,
			clients: 500,
			acceptPerSecond: 50,
			jitter: 'full',
			random: seeded(9),
		});
		const accepted = full.attemptsPerSecond.reduce((sum, count) => sum + Math.min(count, 50), 0);
		expect(accepted).toBe(500);
		expect(full.allConnectedAtMs).toBeDefined();
	});
});
