export const MINUTE = 60_000;

/**
 * Sends 10 requests in the last 100 ms of one minute-long window and 10 in the first instant of
 * the next, returning how many were allowed: the burst a fixed window lets through at its edge.
 */
export function burstAcrossBoundary(
	acquire: () => { allowed: boolean },
	clock: { set: (ms: number) => void },
) {
	let allowed = 0;
	clock.set(MINUTE - 100);
	for (let i = 0; i < 10; i++) if (acquire().allowed) allowed++;
	clock.set(MINUTE);
	for (let i = 0; i < 10; i++) if (acquire().allowed) allowed++;
	return allowed;
}
