/**
 * A lock service that grants leases: a lock that expires on its own after `ttlMs` unless the
 * holder renews it, so a crashed holder cannot block everyone forever.
 *
 * Every grant carries a fencing token: a number that strictly increases across all grants
 * this service makes, like an etcd revision or a ZooKeeper zxid. A lease tells its holder
 * "you probably still hold the lock"; the token lets the resource being protected reject
 * writes from a holder whose lease has already expired (see fenced-resource.ts).
 *
 * Expiry is judged only by the service's own clock. A client cannot know how long it was
 * paused, so it must never assume it still holds a lease.
 */

/** Milliseconds; injected so tests can pause a holder past its lease. */
export type Clock = () => number;

/** One grant of one lock. */
export interface Lease {
	/** The name of the locked resource. */
	readonly resource: string;
	/** Who holds it: a process id or hostname plus a random suffix. */
	readonly owner: string;
	/** Fencing token: strictly greater than every token granted before it. */
	readonly token: number;
	/** The service's clock reading at which the lease lapses unless renewed. */
	readonly expiresAtMs: number;
}

/** The outcome of {@link LeaseLockService.acquire}. */
export type AcquireResult =
	| { readonly acquired: true; readonly lease: Lease }
	| { readonly acquired: false; readonly holder: string; readonly retryAfterMs: number };

/** The outcome of {@link LeaseLockService.renew}. */
export type RenewResult =
	| { readonly renewed: true; readonly lease: Lease }
	| { readonly renewed: false; readonly reason: 'expired' | 'not-holder' };

/** Configuration for {@link LeaseLockService}. */
export interface LeaseLockServiceOptions {
	/** The service's clock in milliseconds. */
	readonly now: Clock;
	/** Lease length in milliseconds: how long a silent holder keeps the lock. */
	readonly ttlMs: number;
}

/** An in-memory lease lock service with fencing tokens. */
export class LeaseLockService {
	readonly ttlMs: number;
	private readonly now: Clock;
	private readonly leases = new Map<string, Lease>();
	// One counter for every resource, so tokens also order grants across resources.
	private lastToken = 0;

	/** Throws RangeError when ttlMs is not a positive number. */
	constructor(options: LeaseLockServiceOptions) {
		if (!(options.ttlMs > 0) || !Number.isFinite(options.ttlMs)) {
			throw new RangeError(`ttlMs must be a positive number of milliseconds, got ${options.ttlMs}`);
		}
		this.ttlMs = options.ttlMs;
		this.now = options.now;
	}

	/**
	 * Grants the lock if it is free or its lease has expired, with a new, larger token.
	 * If `owner` already holds a live lease, returns that lease unchanged.
	 */
	acquire(resource: string, owner: string): AcquireResult {
		const nowMs = this.now();
		const current = this.live(resource, nowMs);
		if (current) {
			if (current.owner === owner) return { acquired: true, lease: current };
			return { acquired: false, holder: current.owner, retryAfterMs: current.expiresAtMs - nowMs };
		}
		this.lastToken += 1;
		const lease: Lease = {
			resource,
			owner,
			token: this.lastToken,
			expiresAtMs: nowMs + this.ttlMs,
		};
		this.leases.set(resource, lease);
		return { acquired: true, lease };
	}

	/**
	 * Extends a live lease by another `ttlMs`, keeping its token. Fails once the lease has
	 * expired, even if nobody else has taken the lock: the holder may have been paused and must
	 * re-acquire, getting a new token, before it writes again.
	 */
	renew(lease: Lease): RenewResult {
		const nowMs = this.now();
		const current = this.leases.get(lease.resource);
		if (!current || current.token !== lease.token || current.owner !== lease.owner) {
			return { renewed: false, reason: 'not-holder' };
		}
		if (nowMs >= current.expiresAtMs) return { renewed: false, reason: 'expired' };
		const renewed: Lease = { ...current, expiresAtMs: nowMs + this.ttlMs };
		this.leases.set(lease.resource, renewed);
		return { renewed: true, lease: renewed };
	}

	/**
	 * Releases the lock, only if `lease` is still the current grant (same owner and token).
	 * A late release from an expired holder must not delete the next holder's lock.
	 */
	release(lease: Lease): boolean {
		const current = this.leases.get(lease.resource);
		if (!current || current.token !== lease.token || current.owner !== lease.owner) return false;
		this.leases.delete(lease.resource);
		return true;
	}

	/** The live lease on `resource`, or undefined if the lock is free or its lease lapsed. */
	holder(resource: string): Lease | undefined {
		return this.live(resource, this.now());
	}

	private live(resource: string, nowMs: number): Lease | undefined {
		const lease = this.leases.get(resource);
		return lease && nowMs < lease.expiresAtMs ? lease : undefined;
	}
}
