import { describe, expect, it } from 'vitest';
import { manualClock } from '../../support/manual-clock.ts';
import {
	AimdLimiter,
	type AimdOptions,
	type Outcome,
	type Ticket,
} from '../../../../src/reference/resilience/adaptive-concurrency.ts';

function limiter(overrides: Partial<AimdOptions> = {}) {
	const clock = manualClock();
	const aimd = new AimdLimiter({
		now: clock.now,
		initialLimit: 10,
		minLimit: 1,
		maxLimit: 100,
		targetLatencyMs: 50,
		windowSize: 10,
		decreaseFactor: 0.5,
		...overrides,
	});
	return { clock, aimd };
}

function admit(aimd: AimdLimiter): Ticket {
	const ticket = aimd.tryAcquire();
	if (!ticket) throw new Error(`expected admission at limit ${aimd.limit}`);
	return ticket;
}

/**
 * One window of traffic: fills the limit with concurrent requests, lets `latencyMs` pass, and
 * releases them with `outcome`, repeating until `count` requests have completed.
 */
function traffic(
	clock: ReturnType<typeof manualClock>,
	aimd: AimdLimiter,
	count: number,
	latencyMs: number,
	outcome: Outcome = 'success',
): void {
	let done = 0;
	while (done < count) {
		const batch: Ticket[] = [];
		while (batch.length < Math.min(aimd.limit, count - done)) batch.push(admit(aimd));
		clock.advance(latencyMs);
		for (const ticket of batch) aimd.release(ticket, outcome);
		done += batch.length;
	}
}

describe('AimdLimiter', () => {
	it('grows the limit by one per clean window while latency stays under target', () => {
		const { clock, aimd } = limiter({ windowSize: 10 });
		traffic(clock, aimd, 10, 20);
		expect(aimd.limit).toBe(11);
		traffic(clock, aimd, 11, 20);
		expect(aimd.limit).toBe(12);
	});

	it('does not grow while the limit goes unused', () => {
		const { clock, aimd } = limiter({ windowSize: 10 });
		for (let i = 0; i < 50; i++) {
			const ticket = admit(aimd); // one at a time: peak in-flight 1 of a limit of 10
			clock.advance(5);
			aimd.release(ticket, 'success');
		}
		expect(aimd.limit).toBe(10);
	});

	it('halves the limit when latency goes above target, once per window', () => {
		const { clock, aimd } = limiter({ initialLimit: 20 });
		const tickets = Array.from({ length: 5 }, () => admit(aimd));
		clock.advance(80); // all five are slow
		for (const ticket of tickets) aimd.release(ticket, 'success');
		expect(aimd.limit).toBe(10); // not 20 / 2^5: the other four were admitted under 20
	});

	it('halves the limit on an error or a drop, even when fast', () => {
		const { clock, aimd } = limiter({ initialLimit: 16, windowSize: 1 });
		const failed = admit(aimd);
		clock.advance(1);
		aimd.release(failed, 'error');
		expect(aimd.limit).toBe(8);
		const dropped = admit(aimd);
		aimd.release(dropped, 'dropped');
		expect(aimd.limit).toBe(4);
	});

	it('never goes below the floor of 1, and still admits one request there', () => {
		const { clock, aimd } = limiter({ initialLimit: 8, windowSize: 1 });
		for (let i = 0; i < 10; i++) {
			const ticket = admit(aimd);
			clock.advance(500);
			aimd.release(ticket, 'success');
		}
		expect(aimd.limit).toBe(1);
		expect(aimd.tryAcquire()).toBeDefined();
	});

	it('rejects requests above the limit at once instead of queueing them', () => {
		const { aimd } = limiter({ initialLimit: 2 });
		admit(aimd);
		admit(aimd);
		expect(aimd.tryAcquire()).toBeUndefined();
		expect(aimd.tryAcquire()).toBeUndefined();
		expect(aimd.inFlight).toBe(2);
		expect(aimd.shed).toBe(2);
	});

	it('finds a lower limit when the backend slows down, then climbs back', () => {
		const { clock, aimd } = limiter({ initialLimit: 40, windowSize: 10 });
		traffic(clock, aimd, 10, 200); // overloaded: 40 -> 20
		traffic(clock, aimd, 20, 200); // 20 -> 10 -> 5 over the next windows
		const low = aimd.limit;
		expect(low).toBeLessThan(10);
		traffic(clock, aimd, 100, 10); // healthy again
		expect(aimd.limit).toBeGreaterThan(low);
	});
});
