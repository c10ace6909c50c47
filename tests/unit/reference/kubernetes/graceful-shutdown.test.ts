import { describe, it, expect } from 'vitest';
import { DrainCoordinator } from '../../../../src/reference/kubernetes/graceful-shutdown.ts';
import { manualClock } from '../../support/manual-clock.ts';

// The page's budget: terminationGracePeriodSeconds 30 s; keep serving 5 s after SIGTERM while
// endpoints update; give up on in-flight work at 25 s, leaving 5 s before SIGKILL.
function setup(unreadyDelayMs = 5_000, deadlineMs = 25_000) {
	const clock = manualClock();
	const server = new DrainCoordinator({ now: clock.now, unreadyDelayMs, deadlineMs });
	return { clock, server };
}

describe('DrainCoordinator', () => {
	it('serves and reports ready until SIGTERM', () => {
		const { server } = setup();
		expect(server.isReady()).toBe(true);
		expect(server.admit()).toBeDefined();
		expect(server.phase()).toBe('serving');
	});

	it('after SIGTERM fails readiness but still accepts requests that were already routed to it', () => {
		const { clock, server } = setup();
		server.terminate();
		expect(server.isReady()).toBe(false);
		clock.set(2_000); // kube-proxy on some node has not caught up yet
		expect(server.admit()).toBeDefined();
		expect(server.phase()).toBe('unready');
	});

	it('closing the listener at once refuses those requests (the race the delay avoids)', () => {
		const { clock, server } = setup(0, 25_000);
		server.terminate();
		clock.set(2_000);
		expect(server.admit()).toBeUndefined();
	});

	it('stops accepting once the delay has passed', () => {
		const { clock, server } = setup();
		const slow = server.admit()!; // keeps the server from closing
		server.terminate();
		clock.set(5_000);
		expect(server.phase()).toBe('draining');
		expect(server.admit()).toBeUndefined();
		server.finish(slow);
	});

	it('waits for in-flight requests, then closes as soon as the last one ends', () => {
		const { clock, server } = setup();
		clock.set(1_000);
		const first = server.admit()!;
		server.terminate(); // SIGTERM at t = 1 s
		clock.set(4_000);
		const second = server.admit()!;
		clock.set(9_000);
		server.finish(first);
		expect(server.phase()).toBe('draining');
		expect(server.inFlightCount).toBe(1);
		clock.set(13_000);
		server.finish(second);
		expect(server.phase()).toBe('closed');
		expect(server.report()).toEqual({ drained: true, abandoned: 0, tookMs: 12_000 });
	});

	it('with nothing in flight still waits out the delay before closing', () => {
		const { clock, server } = setup();
		server.terminate();
		clock.set(4_999);
		expect(server.phase()).toBe('unready');
		clock.set(5_000);
		expect(server.phase()).toBe('closed');
		expect(server.report()).toEqual({ drained: true, abandoned: 0, tookMs: 5_000 });
	});

	it('stops at the deadline and reports what it abandoned', () => {
		const { clock, server } = setup();
		server.admit(); // a request that never finishes
		server.admit();
		server.terminate();
		clock.set(24_999);
		expect(server.phase()).toBe('draining');
		expect(server.report()).toBeUndefined();
		clock.set(25_000);
		expect(server.phase()).toBe('closed');
		expect(server.report()).toEqual({ drained: false, abandoned: 2, tookMs: 25_000 });
	});

	it('counts the deadline from the first SIGTERM; a second one changes nothing', () => {
		const { clock, server } = setup();
		server.admit();
		server.terminate();
		clock.set(20_000);
		server.terminate();
		clock.set(25_000);
		expect(server.phase()).toBe('closed');
	});

	it('refuses timings that leave no time to drain, naming both values', () => {
		const now = () => 0;
		expect(() => new DrainCoordinator({ now, unreadyDelayMs: 10_000, deadlineMs: 10_000 })).toThrow(
			/deadlineMs \(10000\) must be greater than unreadyDelayMs \(10000\)/,
		);
		expect(() => new DrainCoordinator({ now, unreadyDelayMs: -1, deadlineMs: 5 })).toThrow(
			/unreadyDelayMs/,
		);
	});
});
