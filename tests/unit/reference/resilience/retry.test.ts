import { describe, expect, it } from 'vitest';
import { manualClock } from '../../support/manual-clock.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import {
	backoffCeilingMs,
	fullJitterDelayMs,
	retry,
	RetryBudget,
	type Attempt,
	type RetryOptions,
} from '../../../../src/reference/resilience/retry.ts';

class Unavailable extends Error {}
class BadRequest extends Error {}

/** Options with a manual clock whose sleep moves time forward and records each delay. */
function setup(overrides: Partial<RetryOptions> = {}) {
	const clock = manualClock();
	const sleeps: number[] = [];
	const options: RetryOptions = {
		maxAttempts: 3,
		baseDelayMs: 100,
		maxDelayMs: 2_000,
		isRetryable: (error) => error instanceof Unavailable,
		now: clock.now,
		sleep: (ms) => {
			sleeps.push(ms);
			clock.advance(ms);
			return Promise.resolve();
		},
		random: seededRandom(7),
		...overrides,
	};
	return { clock, sleeps, options };
}

/** An operation that fails `failures` times with `error`, then returns 'ok'. */
function failing(failures: number, error: () => Error = () => new Unavailable('503')) {
	const attempts: Attempt[] = [];
	const operation = (attempt: Attempt) => {
		attempts.push(attempt);
		return attempts.length <= failures ? Promise.reject(error()) : Promise.resolve('ok');
	};
	return { attempts, operation };
}

describe('backoff with full jitter', () => {
	it('doubles the ceiling from the base and stops at the cap', () => {
		const ceilings = Array.from({ length: 7 }, (_, n) => backoffCeilingMs(n, 100, 2_000));
		expect(ceilings).toEqual([100, 200, 400, 800, 1_600, 2_000, 2_000]);
		expect(backoffCeilingMs(10_000, 100, 2_000)).toBe(2_000);
	});

	it('keeps every delay within [0, min(cap, base * 2^n)]', () => {
		const random = seededRandom(42);
		for (let n = 0; n < 12; n++) {
			for (let sample = 0; sample < 200; sample++) {
				const delay = fullJitterDelayMs(n, 100, 2_000, random);
				expect(delay).toBeGreaterThanOrEqual(0);
				expect(delay).toBeLessThanOrEqual(Math.min(2_000, 100 * 2 ** n));
			}
		}
	});

	it('spreads the delay over the whole range instead of waiting the ceiling', () => {
		const random = seededRandom(3);
		const delays = Array.from({ length: 1_000 }, () => fullJitterDelayMs(3, 100, 2_000, random));
		// Uniform on [0, 800): roughly a quarter of draws land in each quarter of the range.
		const lowQuarter = delays.filter((d) => d < 200).length;
		expect(lowQuarter).toBeGreaterThan(200);
		expect(lowQuarter).toBeLessThan(300);
		expect(Math.max(...delays)).toBeGreaterThan(700);
	});
});

describe('retry', () => {
	it('sleeps a jittered delay before each retry and returns the first success', async () => {
		const { sleeps, options } = setup({ random: () => 0.5 });
		const { attempts, operation } = failing(2);
		await expect(retry(operation, options)).resolves.toBe('ok');
		expect(attempts.map((a) => a.number)).toEqual([1, 2, 3]);
		// Half of the ceilings 100 and 200: the draw scales the exponential ceiling.
		expect(sleeps).toEqual([50, 100]);
	});

	it('never retries a non-retryable error', async () => {
		const { sleeps, options } = setup();
		const { attempts, operation } = failing(5, () => new BadRequest('400'));
		await expect(retry(operation, options)).rejects.toBeInstanceOf(BadRequest);
		expect(attempts).toHaveLength(1);
		expect(sleeps).toEqual([]);
	});

	it('stops after maxAttempts and rethrows the last error', async () => {
		const { options } = setup();
		const { attempts, operation } = failing(10);
		await expect(retry(operation, options)).rejects.toBeInstanceOf(Unavailable);
		expect(attempts).toHaveLength(3);
	});

	it('passes the caller deadline to every attempt and skips a retry that would end after it', async () => {
		// random 0.99 makes the first backoff 99 ms; the deadline leaves 60 ms after attempt 1.
		const { clock, options } = setup({ random: () => 0.99, deadlineMs: 1_060 });
		clock.set(1_000);
		const { attempts, operation } = failing(5);
		await expect(retry(operation, options)).rejects.toBeInstanceOf(Unavailable);
		expect(attempts).toEqual([{ number: 1, deadlineMs: 1_060 }]);
	});
});

describe('RetryBudget', () => {
	it('holds retries to about 10% of calls in a failure storm, not 2x', async () => {
		const budget = new RetryBudget({ ratio: 0.1, reserve: 10 });
		const { options } = setup({ budget });
		let attempts = 0;
		const alwaysDown = () => {
			attempts++;
			return Promise.reject(new Unavailable('503'));
		};
		for (let call = 0; call < 1_000; call++) {
			await expect(retry(alwaysDown, options)).rejects.toBeInstanceOf(Unavailable);
		}
		// Without the budget: 1,000 calls x 3 attempts = 3,000. With it: at most the reserve plus
		// 10% of calls, 10 + 100 = 110 retries.
		expect(attempts).toBeLessThanOrEqual(1_110);
		expect(attempts).toBeGreaterThanOrEqual(1_100);
	});

	it('allows the full retry count without a budget, for comparison', async () => {
		const { options } = setup();
		let attempts = 0;
		const alwaysDown = () => {
			attempts++;
			return Promise.reject(new Unavailable('503'));
		};
		for (let call = 0; call < 1_000; call++) {
			await expect(retry(alwaysDown, options)).rejects.toBeInstanceOf(Unavailable);
		}
		expect(attempts).toBe(3_000);
	});

	it('refills from new calls and never saves more than the reserve', () => {
		const budget = new RetryBudget({ ratio: 0.1, reserve: 3 });
		for (let i = 0; i < 3; i++) expect(budget.tryWithdraw()).toBe(true);
		expect(budget.tryWithdraw()).toBe(false);
		for (let i = 0; i < 10; i++) budget.recordCall();
		expect(budget.available).toBe(1);
		for (let i = 0; i < 1_000; i++) budget.recordCall();
		expect(budget.available).toBe(3);
	});

	it('rejects a ratio above 1 and a reserve below one retry', () => {
		expect(() => new RetryBudget({ ratio: 1.5, reserve: 10 })).toThrow(RangeError);
		expect(() => new RetryBudget({ ratio: 0.1, reserve: 0 })).toThrow(RangeError);
	});
});
