/**
 * A worker pool for one event loop: runs tasks with at most `concurrency` in flight (a
 * semaphore) and starts them no faster than a token bucket allows, as a client of a rate-limited
 * API must. Results come back in the tasks' order.
 *
 * The interviewer's probes: the two limits are different (concurrency caps tasks in flight, the
 * rate caps task starts per second; a slow API needs the first, a quota the second), and a
 * failure stops new starts while the tasks already running finish.
 */
import type { TokenBucket } from '../rate-limit/token-bucket.ts';
import { Semaphore } from './semaphore.ts';

/** Options for {@link runPool}. */
export interface WorkerPoolOptions {
	/** Most tasks running at once; a positive integer. */
	readonly concurrency: number;
	/** Paces task starts: each start spends one token. */
	readonly limiter: TokenBucket;
	/** Waits `ms` milliseconds; injected so tests move a manual clock instead of waiting. */
	readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Runs every task, starting them in order, and resolves with their results in order. If a task
 * throws, no further task starts; the promise rejects with the first error once the tasks
 * already running have settled.
 */
export async function runPool<T>(
	tasks: readonly (() => Promise<T>)[],
	options: WorkerPoolOptions,
): Promise<T[]> {
	const slots = new Semaphore(options.concurrency);
	const results: T[] = new Array<T>(tasks.length);
	const running: Promise<void>[] = [];
	let failure: { error: unknown } | undefined;
	for (const [index, task] of tasks.entries()) {
		const release = await slots.acquire();
		if (failure !== undefined) {
			release();
			break;
		}
		await waitForToken(options);
		running.push(
			task()
				.then((value) => {
					results[index] = value;
				})
				.catch((error: unknown) => {
					failure ??= { error };
				})
				.finally(release),
		);
	}
	await Promise.all(running);
	if (failure !== undefined) throw failure.error;
	return results;
}

/** Spends one token, sleeping for exactly as long as the bucket says when it has none. */
async function waitForToken({ limiter, sleep }: WorkerPoolOptions): Promise<void> {
	for (;;) {
		const { allowed, retryAfterMs } = limiter.tryRemove();
		if (allowed) return;
		await sleep(retryAfterMs);
	}
}
