/**
 * The chance that a request which waits for all of `fanOut` parallel calls meets at least one
 * slow call, when each call is independently slow with probability `perCallSlow`:
 * 1 - (1 - q)^n. With 100 calls each slow 1% of the time, that is 1 - 0.99^100, about 63%.
 */
export function probabilityAnySlow(perCallSlow: number, fanOut: number): number {
	checkProbability(perCallSlow, 'perCallSlow');
	checkFanOut(fanOut);
	return 1 - (1 - perCallSlow) ** fanOut;
}

/**
 * The per-call quantile every backend must meet so that a request waiting for all `fanOut`
 * calls meets `targetQuantile`: q^(1/n). For a request-level p99 over 100 calls, each call
 * must be within its 0.99^(1/100) = 99.99th percentile.
 */
export function requiredPerCallQuantile(targetQuantile: number, fanOut: number): number {
	checkProbability(targetQuantile, 'targetQuantile');
	checkFanOut(fanOut);
	return targetQuantile ** (1 / fanOut);
}

/** Latency of one logical call, and how many requests it actually sent. */
export interface CallOutcome {
	latency: number;
	requestsSent: number;
}

/**
 * A hedged call: send the request; if no answer has arrived after `hedgeAfter`, send a second
 * copy to another replica and take whichever answers first (Dean and Barroso, The Tail at Scale).
 * Latencies are drawn from `sampleLatency`, one per request actually sent.
 */
export function hedgedCall(sampleLatency: () => number, hedgeAfter: number): CallOutcome {
	const first = sampleLatency();
	if (first <= hedgeAfter) return { latency: first, requestsSent: 1 };
	const second = hedgeAfter + sampleLatency();
	return { latency: Math.min(first, second), requestsSent: 2 };
}

/**
 * One fan-out request: `fanOut` calls in parallel, answered when the slowest returns.
 * Pass `hedgeAfter` to hedge every call; leave it out for plain calls.
 */
export function fanOutRequest(
	sampleLatency: () => number,
	fanOut: number,
	hedgeAfter = Infinity,
): CallOutcome {
	checkFanOut(fanOut);
	let latency = 0;
	let requestsSent = 0;
	for (let i = 0; i < fanOut; i++) {
		const call = hedgedCall(sampleLatency, hedgeAfter);
		latency = Math.max(latency, call.latency);
		requestsSent += call.requestsSent;
	}
	return { latency, requestsSent };
}

function checkProbability(value: number, name: string): void {
	if (!(value >= 0 && value <= 1))
		throw new RangeError(`${name} must be a probability from 0 to 1, got ${value}`);
}

function checkFanOut(fanOut: number): void {
	if (!Number.isInteger(fanOut) || fanOut < 1)
		throw new RangeError(`fanOut must be an integer >= 1, got ${fanOut}`);
}
