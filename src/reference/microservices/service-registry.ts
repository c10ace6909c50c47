/**
 * A service registry with heartbeats, and a client that balances round-robin over the healthy
 * instances it lists: client-side discovery in the style of Netflix Eureka.
 *
 * Each instance registers itself and then sends a heartbeat more often than the TTL. An instance
 * whose last heartbeat is older than the TTL counts as dead and is dropped, so a crashed process
 * disappears on its own within one TTL; a process shutting down cleanly deregisters at once.
 */

/** Milliseconds; injected so tests can move time by hand. */
export type Clock = () => number;

/** One running copy of a service. */
export interface ServiceInstance {
	readonly service: string;
	/** Unique within the service, such as a host name plus port. */
	readonly id: string;
	/** Where to send requests, such as `10.0.3.17:8080`. */
	readonly address: string;
}

/** A listed instance and the time of its last heartbeat. */
interface Listing {
	readonly instance: ServiceInstance;
	seenAt: number;
}

/** Configuration for {@link ServiceRegistry}. */
export interface ServiceRegistryOptions {
	readonly now: Clock;
	/** How long an instance stays listed after its last heartbeat. */
	readonly ttlMs: number;
}

/** An in-memory registry; a real one (Eureka, Consul) replicates this state across servers. */
export class ServiceRegistry {
	private readonly now: Clock;
	private readonly ttlMs: number;
	// service -> instance id -> the instance and its last heartbeat; Maps keep insertion order.
	private readonly services = new Map<string, Map<string, Listing>>();

	/** Throws RangeError when ttlMs is not a positive number. */
	constructor(options: ServiceRegistryOptions) {
		if (!(options.ttlMs > 0) || !Number.isFinite(options.ttlMs)) {
			throw new RangeError(`ttlMs must be a positive number of milliseconds, got ${options.ttlMs}`);
		}
		this.now = options.now;
		this.ttlMs = options.ttlMs;
	}

	/** Lists the instance (or refreshes it if already listed); counts as a heartbeat. */
	register(instance: ServiceInstance): void {
		const instances = this.services.get(instance.service) ?? new Map<string, Listing>();
		instances.set(instance.id, { instance, seenAt: this.now() });
		this.services.set(instance.service, instances);
	}

	/**
	 * Records that the instance is alive. Returns false if the registry no longer lists it (it
	 * expired or deregistered): the instance must register again, as a Eureka client does.
	 */
	heartbeat(service: string, id: string): boolean {
		const entry = this.live(service).get(id);
		if (!entry) return false;
		entry.seenAt = this.now();
		return true;
	}

	/** Removes the instance at once, for a clean shutdown; true if it was listed. */
	deregister(service: string, id: string): boolean {
		return this.services.get(service)?.delete(id) ?? false;
	}

	/** The instances of `service` heard from within the TTL, in registration order. */
	healthy(service: string): ServiceInstance[] {
		return [...this.live(service).values()].map((entry) => entry.instance);
	}

	/** Drops expired instances of `service` and returns the rest. */
	private live(service: string): Map<string, Listing> {
		const instances = this.services.get(service) ?? new Map<string, Listing>();
		const nowMs = this.now();
		for (const [id, entry] of instances) {
			if (nowMs - entry.seenAt >= this.ttlMs) instances.delete(id);
		}
		return instances;
	}
}

/** A caller's view of one service: each call goes to the next healthy instance in turn. */
export class RoundRobinClient {
	private calls = 0;

	constructor(
		private readonly registry: ServiceRegistry,
		private readonly service: string,
	) {}

	/** The instance for the next request, or undefined when none is healthy. */
	next(): ServiceInstance | undefined {
		// Ask the registry every time, so an expired instance is skipped on the very next call.
		const instances = this.registry.healthy(this.service);
		if (instances.length === 0) return undefined;
		const instance = instances[this.calls % instances.length];
		this.calls += 1;
		return instance;
	}
}
