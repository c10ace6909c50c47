/**
 * Single flight (request coalescing): when many callers miss the same key at
 * once, only the first one runs the load; the others wait for its result.
 *
 * This is the standard cure for a cache stampede on one hot key: a popular
 * entry expires, and instead of 1,000 identical database queries you send one.
 * Go's golang.org/x/sync/singleflight and NGINX's proxy_cache_lock do the same.
 * It coalesces within one process; across many app servers you still get one
 * load per server, which is why it pairs with a distributed lock or a lease.
 */
export class SingleFlight<V> {
	/** Loads currently running, by key. */
	private readonly inFlight = new Map<string, Promise<V>>();

	/**
	 * Runs `load` for `key` unless a load for that key is already running, in
	 * which case it returns the running load's promise.
	 * Success and failure are shared by every caller that joined the flight.
	 */
	do(key: string, load: () => Promise<V>): Promise<V> {
		const running = this.inFlight.get(key);
		if (running !== undefined) return running;
		// Forget the flight when it settles, so a later miss (or a retry after an error) loads again.
		const flight = load().finally(() => this.inFlight.delete(key));
		this.inFlight.set(key, flight);
		return flight;
	}

	/** Number of keys with a load in progress. */
	get size(): number {
		return this.inFlight.size;
	}
}
