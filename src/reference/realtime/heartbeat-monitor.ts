/**
 * Liveness for one long-lived connection, driven by a periodic tick.
 *
 * TCP does not notice a peer that vanished without closing (a phone that lost signal, a crashed
 * host, a NAT that dropped its mapping) until it next tries to send. An application heartbeat
 * closes that gap: when nothing has been heard for `intervalMs`, send a ping (a WebSocket ping
 * frame, an SSE comment line, an HTTP/2 PING); if nothing arrives within `timeoutMs` after it,
 * declare the connection dead and close it. Any inbound frame counts as proof of life, so busy
 * connections never send pings at all.
 */

/** Milliseconds since an arbitrary epoch; injected so tests control time. */
export type Clock = () => number;

/** What the owner of the connection should do after a {@link HeartbeatMonitor.tick}. */
export type HeartbeatAction = 'idle' | 'send-ping' | 'dead';

/** Configuration for {@link HeartbeatMonitor}. */
export interface HeartbeatOptions {
	/** Silence after which a ping is sent. Keep it below every idle timeout on the path. */
	readonly intervalMs: number;
	/** How long to wait for any reply after a ping before declaring the peer dead. */
	readonly timeoutMs: number;
	/** Clock in milliseconds. */
	readonly now: Clock;
}

/** Tracks one connection; call {@link received} on every inbound frame and {@link tick} on a timer. */
export class HeartbeatMonitor {
	readonly intervalMs: number;
	readonly timeoutMs: number;
	private readonly now: Clock;
	private lastHeardMs: number;
	private pingSentAtMs: number | undefined;

	/** Starts the silence clock at creation, as if the handshake was the last thing heard. */
	constructor(options: HeartbeatOptions) {
		if (!(options.intervalMs > 0) || !(options.timeoutMs > 0)) {
			throw new RangeError('intervalMs and timeoutMs must be positive');
		}
		this.intervalMs = options.intervalMs;
		this.timeoutMs = options.timeoutMs;
		this.now = options.now;
		this.lastHeardMs = options.now();
	}

	/** Records proof of life: a data frame, a pong, or anything else from the peer. */
	received(): void {
		this.lastHeardMs = this.now();
		this.pingSentAtMs = undefined;
	}

	/** Decides what to do now: nothing, send a ping, or give up on the connection. */
	tick(): HeartbeatAction {
		const nowMs = this.now();
		if (this.pingSentAtMs !== undefined) {
			return nowMs - this.pingSentAtMs >= this.timeoutMs ? 'dead' : 'idle';
		}
		if (nowMs - this.lastHeardMs >= this.intervalMs) {
			this.pingSentAtMs = nowMs;
			return 'send-ping';
		}
		return 'idle';
	}
}
