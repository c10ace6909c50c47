/** Lets every queued microtask and pending promise chain run to completion. */
export function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves to 'pending' if `promise` has not settled yet, otherwise to its outcome. */
export async function state(
	promise: Promise<unknown>,
): Promise<'fulfilled' | 'rejected' | 'pending'> {
	const sentinel = Symbol('pending');
	try {
		const winner = await Promise.race([promise, Promise.resolve(sentinel)]);
		return winner === sentinel ? 'pending' : 'fulfilled';
	} catch {
		return 'rejected';
	}
}
