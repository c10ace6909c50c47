import { describe, expect, it } from 'vitest';
import { manualClock } from '../../support/manual-clock.ts';
import { HeartbeatMonitor } from '../../../../src/reference/realtime/heartbeat-monitor.ts';

describe('HeartbeatMonitor', () => {
	it('sends no ping while traffic keeps arriving', () => {
		const clock = manualClock();
		const monitor = new HeartbeatMonitor({ intervalMs: 25_000, timeoutMs: 10_000, now: clock.now });
		for (let i = 0; i < 100; i++) {
			clock.advance(5_000);
			monitor.received();
			expect(monitor.tick()).toBe('idle');
		}
	});

	it('pings after the silence interval and stays alive when the pong arrives', () => {
		const clock = manualClock();
		const monitor = new HeartbeatMonitor({ intervalMs: 25_000, timeoutMs: 10_000, now: clock.now });
		clock.advance(24_999);
		expect(monitor.tick()).toBe('idle');
		clock.advance(1);
		expect(monitor.tick()).toBe('send-ping');
		clock.advance(3_000);
		expect(monitor.tick()).toBe('idle');
		monitor.received(); // the pong
		clock.advance(20_000);
		expect(monitor.tick()).toBe('idle');
	});

	it('declares a silent peer dead within interval + timeout + one tick', () => {
		const clock = manualClock();
		const tickMs = 1_000;
		const monitor = new HeartbeatMonitor({ intervalMs: 25_000, timeoutMs: 10_000, now: clock.now });
		let deadAt: number | undefined;
		let pings = 0;
		for (let t = 0; t <= 60_000 && deadAt === undefined; t += tickMs) {
			const action = monitor.tick();
			if (action === 'send-ping') pings += 1;
			if (action === 'dead') deadAt = clock.now();
			clock.advance(tickMs);
		}
		expect(pings).toBe(1);
		expect(deadAt).toBeDefined();
		expect(deadAt).toBeLessThanOrEqual(25_000 + 10_000 + tickMs);
		expect(deadAt).toBeGreaterThanOrEqual(25_000 + 10_000);
	});

	it('rejects a zero interval', () => {
		expect(() => new HeartbeatMonitor({ intervalMs: 0, timeoutMs: 1, now: () => 0 })).toThrow(
			RangeError,
		);
	});
});
