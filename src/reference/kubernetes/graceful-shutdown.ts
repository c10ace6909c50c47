/**
 * What a server does between SIGTERM and exit when it runs behind a Kubernetes Service.
 *
 * Deleting a pod starts two things at once: the kubelet sends SIGTERM (after any preStop
 * hook), and the control plane marks the pod's endpoint as terminating so that kube-proxy on
 * every node, ingress controllers and cloud load balancers stop routing to it. Those take a
 * moment to notice, so new requests keep arriving for a few seconds after SIGTERM. A server
 * that closes its listener at once refuses them.
 *
 * The coordinator runs the shutdown in three phases:
 *   serving  -> SIGTERM -> unready:  readiness fails, but new requests are still accepted
 *   unready  -> after unreadyDelayMs -> draining: the listener closes, in-flight work finishes
 *   draining -> nothing in flight, or the deadline -> closed
 * The deadline is counted from SIGTERM and must end before terminationGracePeriodSeconds
 * (30 s by default), after which the kubelet sends SIGKILL. That grace period starts before
 * any preStop hook runs, so a preStop sleep comes off the budget too.
 *
 * Pure logic on an injected clock: the server calls admit/finish around each request and
 * poll from a timer; nothing here opens a socket.
 */

/** Where the server is in its life. */
export type DrainPhase = 'serving' | 'unready' | 'draining' | 'closed';

/** How the shutdown ended. */
export interface DrainReport {
	/** True when every in-flight request finished before the deadline. */
	readonly drained: boolean;
	/** Requests still running when the deadline forced the close. */
	readonly abandoned: number;
	/** Milliseconds from SIGTERM to close. */
	readonly tookMs: number;
}

/** Timing for {@link DrainCoordinator}. */
export interface DrainOptions {
	/** Clock in milliseconds. */
	readonly now: () => number;
	/**
	 * How long to keep accepting requests after SIGTERM while load balancers catch up, such as
	 * 5,000 ms. The same wait can live in a preStop `sleep` hook instead; then use 0 here.
	 */
	readonly unreadyDelayMs: number;
	/**
	 * Give up on in-flight requests this long after SIGTERM: 25,000 ms for a 30 s grace period
	 * with the wait in code, or 20,000 ms when a 5 s preStop sleep has already used part of it.
	 */
	readonly deadlineMs: number;
}

/** Coordinates readiness, admission and draining for one server process. */
export class DrainCoordinator {
	private readonly now: () => number;
	private readonly unreadyDelayMs: number;
	private readonly deadlineMs: number;
	private current: DrainPhase = 'serving';
	private sigtermAtMs: number | undefined;
	private readonly inFlight = new Set<number>();
	private nextId = 1;
	private outcome: DrainReport | undefined;

	/** Throws RangeError unless 0 <= unreadyDelayMs < deadlineMs. */
	constructor(options: DrainOptions) {
		const { unreadyDelayMs, deadlineMs } = options;
		if (!(unreadyDelayMs >= 0))
			throw new RangeError(`unreadyDelayMs must be >= 0, got ${unreadyDelayMs}`);
		if (!(deadlineMs > unreadyDelayMs)) {
			throw new RangeError(
				`deadlineMs (${deadlineMs}) must be greater than unreadyDelayMs (${unreadyDelayMs}), or nothing can drain`,
			);
		}
		this.now = options.now;
		this.unreadyDelayMs = unreadyDelayMs;
		this.deadlineMs = deadlineMs;
	}

	/** The phase after applying any timer that has expired. */
	phase(): DrainPhase {
		this.poll();
		return this.current;
	}

	/** What the readiness probe should answer: true only before SIGTERM. */
	isReady(): boolean {
		return this.phase() === 'serving';
	}

	/** Requests running now. */
	get inFlightCount(): number {
		return this.inFlight.size;
	}

	/**
	 * Admits a new request and returns its id, or undefined once the listener is closed (a
	 * real server would refuse the connection, or answer 503 with `Connection: close`).
	 */
	admit(): number | undefined {
		const phase = this.phase();
		if (phase === 'draining' || phase === 'closed') return undefined;
		const id = this.nextId++;
		this.inFlight.add(id);
		return id;
	}

	/** Marks a request finished; may complete the drain. */
	finish(id: number): void {
		this.inFlight.delete(id);
		this.poll();
	}

	/** The SIGTERM handler: fail readiness, keep serving, start the clocks. Idempotent. */
	terminate(): void {
		if (this.sigtermAtMs !== undefined) return;
		this.sigtermAtMs = this.now();
		this.current = 'unready';
		this.poll();
	}

	/** The result once closed, else undefined. */
	report(): DrainReport | undefined {
		this.poll();
		return this.outcome;
	}

	/** Applies expired timers; call it from a timer while shutting down. */
	poll(): void {
		if (this.sigtermAtMs === undefined || this.current === 'closed') return;
		const elapsed = this.now() - this.sigtermAtMs;
		if (elapsed >= this.deadlineMs) {
			this.close(elapsed, this.inFlight.size === 0);
			return;
		}
		if (this.current === 'unready' && elapsed >= this.unreadyDelayMs) this.current = 'draining';
		if (this.current === 'draining' && this.inFlight.size === 0) this.close(elapsed, true);
	}

	private close(elapsed: number, drained: boolean): void {
		this.outcome = { drained, abandoned: this.inFlight.size, tookMs: elapsed };
		this.current = 'closed';
	}
}
