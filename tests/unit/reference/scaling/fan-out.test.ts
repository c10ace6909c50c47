import { describe, it, expect } from 'vitest';
import {
	fanOutRequest,
	hedgedCall,
	probabilityAnySlow,
	requiredPerCallQuantile,
} from '../../../../src/reference/scaling/fan-out.ts';
import {
	nearestRankPercentile,
	percentiles,
} from '../../../../src/reference/scaling/percentiles.ts';
import { seededRandom } from '../../support/seeded-random.ts';

/** Most calls take 5 to 15 ms; 2% hit a hiccup (a GC pause, a compaction) of 200 to 1,000 ms. */
function hiccupLatency(random: () => number): () => number {
	return () => (random() < 0.98 ? 5 + 10 * random() : 200 + 800 * random());
}

describe('fan-out arithmetic', () => {
	it('gives 63% of requests a slow call when 100 calls are each slow 1% of the time', () => {
		expect(probabilityAnySlow(0.01, 100)).toBeCloseTo(0.634, 3);
		expect(probabilityAnySlow(0.01, 1)).toBeCloseTo(0.01, 10);
		expect(probabilityAnySlow(0.001, 100)).toBeCloseTo(0.0952, 4);
	});

	it('needs each backend at its p99.99 for a request-level p99 over 100 calls', () => {
		expect(requiredPerCallQuantile(0.99, 100)).toBeCloseTo(0.9999, 5);
		expect(requiredPerCallQuantile(0.99, 1)).toBe(0.99);
	});

	it('matches a seeded simulation of 20,000 requests to 100 servers', () => {
		const random = seededRandom(7);
		const latency = (): number => (random() < 0.01 ? 1_000 : 10);
		const requests = 20_000;
		let slow = 0;
		for (let i = 0; i < requests; i++) {
			if (fanOutRequest(latency, 100).latency >= 1_000) slow++;
		}
		const expected = probabilityAnySlow(0.01, 100);
		const samplingError = Math.sqrt((expected * (1 - expected)) / requests);
		expect(Math.abs(slow / requests - expected)).toBeLessThan(4 * samplingError);
	});

	it('rejects impossible inputs', () => {
		expect(() => probabilityAnySlow(1.5, 10)).toThrow(/perCallSlow/);
		expect(() => requiredPerCallQuantile(0.99, 0)).toThrow(/fanOut/);
	});
});

describe('hedged requests', () => {
	it('sends a second request only after the hedge delay, and keeps the faster answer', () => {
		const latencies = [30, 5];
		const next = (): number => latencies.shift()!;
		expect(hedgedCall(next, 10)).toEqual({ latency: 15, requestsSent: 2 });
		expect(hedgedCall(() => 8, 10)).toEqual({ latency: 8, requestsSent: 1 });
	});

	it('cuts a single call p99 by more than ten times for about 5% extra requests when hedging at p95', () => {
		const random = seededRandom(9);
		const latency = hiccupLatency(random);
		const hedgeAfter = nearestRankPercentile(Array.from({ length: 100_000 }, latency), 95);
		const plain: number[] = [];
		const hedged: number[] = [];
		let sent = 0;
		for (let i = 0; i < 100_000; i++) {
			plain.push(latency());
			const call = hedgedCall(latency, hedgeAfter);
			hedged.push(call.latency);
			sent += call.requestsSent;
		}
		const [plainP99] = percentiles(plain, [99]);
		const [hedgedP99] = percentiles(hedged, [99]);
		expect(hedgedP99!).toBeLessThan(plainP99! / 10);
		expect(sent / 100_000 - 1).toBeLessThan(0.06);
	});

	it('turns the median of a 100-way fan-out from a hiccup back into a fast request', () => {
		const random = seededRandom(10);
		const latency = hiccupLatency(random);
		const hedgeAfter = 14.7;
		const plain: number[] = [];
		const hedged: number[] = [];
		for (let i = 0; i < 5_000; i++) {
			plain.push(fanOutRequest(latency, 100).latency);
			hedged.push(fanOutRequest(latency, 100, hedgeAfter).latency);
		}
		// 1 - 0.98^100 = 87% of plain requests wait for a hiccup, so even the median is slow.
		expect(nearestRankPercentile(plain, 50)).toBeGreaterThan(200);
		expect(nearestRankPercentile(hedged, 50)).toBeLessThan(40);
	});
});
