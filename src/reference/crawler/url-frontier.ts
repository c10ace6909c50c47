/**
 * A polite, prioritized URL frontier in the spirit of Mercator (Heydon and Najork, 1999): URLs
 * wait in one queue per host (the back queues), each host may be fetched again only after its
 * politeness delay, and among the hosts that are ready the URL with the best priority goes first.
 */
import { MinHeap } from '../graphs/min-heap.ts';
import { hostOf, normalizeUrl } from './normalize-url.ts';

/** A URL handed to a fetcher. */
export interface FrontierEntry {
	readonly url: string;
	readonly host: string;
	/** 0 is the most urgent level. */
	readonly priority: number;
}

/** How the frontier is configured. */
export interface FrontierOptions {
	/** The current time in milliseconds; injected so tests and simulations control it. */
	readonly now: () => number;
	/** Minimum gap between two fetches from one host, in milliseconds. */
	readonly politenessDelayMs: number;
	/** Number of priority levels; a URL's priority is 0 (most urgent) to levels - 1. */
	readonly levels: number;
}

interface QueuedUrl {
	readonly url: string;
	readonly seq: number;
}

interface HostQueue {
	readonly host: string;
	// One FIFO per priority level, so a host's own URLs also come out in priority order.
	readonly byLevel: QueuedUrl[][];
	size: number;
	/** Earliest time this host may be fetched again. */
	readyAt: number;
	/** idle: nothing queued; waiting: queued but inside its delay; ready: fetchable now. */
	state: 'idle' | 'waiting' | 'ready';
	/** The ready-heap key that is current for this host; older entries are skipped as stale. */
	readyKey: number;
}

// Ready-heap key: priority level first, then the head URL's arrival order (below 2^32 per level).
const seqSpan = 2 ** 32;

/** The URL frontier: add discovered URLs, take the next one that is polite to fetch. */
export class UrlFrontier {
	readonly #options: FrontierOptions;
	readonly #hosts = new Map<string, HostQueue>();
	readonly #hostDelays = new Map<string, number>();
	// Stand-in for the seen-URL store; at web scale a Bloom filter or a sorted disk file.
	readonly #seen = new Set<string>();
	readonly #waiting = new MinHeap<HostQueue>();
	readonly #ready = new MinHeap<HostQueue>();
	#seq = 0;
	#queued = 0;

	/** Validates the options; errors name the field and the accepted range. */
	constructor(options: FrontierOptions) {
		if (!Number.isFinite(options.politenessDelayMs) || options.politenessDelayMs < 0)
			throw new RangeError(
				`politenessDelayMs must be a number >= 0, got ${options.politenessDelayMs}`,
			);
		if (!Number.isInteger(options.levels) || options.levels < 1)
			throw new RangeError(`levels must be an integer >= 1, got ${options.levels}`);
		this.#options = options;
	}

	/** URLs queued and not yet handed out. */
	get size(): number {
		return this.#queued;
	}

	/**
	 * Sets a longer gap for one host, for example from its robots.txt `Crawl-delay`. The
	 * frontier never goes below its own politeness delay, whatever the host asks for.
	 */
	setHostDelay(host: string, delayMs: number): void {
		if (!Number.isFinite(delayMs) || delayMs < 0)
			throw new RangeError(`delayMs for ${host} must be a number >= 0, got ${delayMs}`);
		this.#hostDelays.set(host.toLowerCase(), delayMs);
	}

	/**
	 * Normalizes and queues a URL. Returns false, and queues nothing, when the URL is not
	 * http(s) or was seen before in any spelling that normalizes to the same string.
	 */
	add(rawUrl: string, priority: number): boolean {
		if (!Number.isInteger(priority) || priority < 0 || priority >= this.#options.levels)
			throw new RangeError(
				`priority must be an integer from 0 to ${this.#options.levels - 1}, got ${priority}`,
			);
		const url = normalizeUrl(rawUrl);
		if (url === undefined || this.#seen.has(url)) return false;
		this.#seen.add(url);
		const queue = this.#queueFor(hostOf(url));
		queue.byLevel[priority]?.push({ url, seq: this.#seq++ });
		queue.size += 1;
		this.#queued += 1;
		if (queue.state === 'idle') this.#schedule(queue);
		// A ready host whose head just improved gets a fresher heap entry; the old one goes stale.
		else if (queue.state === 'ready') this.#pushReady(queue);
		return true;
	}

	/**
	 * The most urgent URL whose host is outside its politeness delay, or undefined if every
	 * queued host is still waiting. Handing a URL out starts that host's delay.
	 */
	next(): FrontierEntry | undefined {
		const now = this.#options.now();
		this.#promoteDue(now);
		for (let top = this.#ready.pop(); top !== undefined; top = this.#ready.pop()) {
			const queue = top.value;
			if (queue.state !== 'ready' || top.key !== queue.readyKey) continue;
			const priority = queue.byLevel.findIndex((level) => level.length > 0);
			const head = queue.byLevel[priority]?.shift();
			if (head === undefined) continue;
			queue.size -= 1;
			this.#queued -= 1;
			queue.readyAt = now + this.#delayFor(queue.host);
			queue.state = 'idle';
			if (queue.size > 0) this.#schedule(queue);
			return { url: head.url, host: queue.host, priority };
		}
		return undefined;
	}

	/** When next() can next return a URL: now if one is ready, undefined if nothing is queued. */
	nextReadyAt(): number | undefined {
		const now = this.#options.now();
		this.#promoteDue(now);
		if (this.#queued === 0) return undefined;
		const earliest = this.#waiting.pop();
		if (earliest === undefined) return now;
		this.#waiting.push(earliest.key, earliest.value);
		return this.#ready.size > 0 ? now : earliest.key;
	}

	#queueFor(host: string): HostQueue {
		let queue = this.#hosts.get(host);
		if (queue === undefined) {
			const byLevel = Array.from({ length: this.#options.levels }, (): QueuedUrl[] => []);
			queue = { host, byLevel, size: 0, readyAt: 0, state: 'idle', readyKey: -1 };
			this.#hosts.set(host, queue);
		}
		return queue;
	}

	#delayFor(host: string): number {
		return Math.max(this.#options.politenessDelayMs, this.#hostDelays.get(host) ?? 0);
	}

	// Puts a host with queued URLs where it belongs: ready now, or waiting until readyAt.
	#schedule(queue: HostQueue): void {
		if (queue.readyAt <= this.#options.now()) this.#pushReady(queue);
		else {
			queue.state = 'waiting';
			this.#waiting.push(queue.readyAt, queue);
		}
	}

	#pushReady(queue: HostQueue): void {
		const priority = queue.byLevel.findIndex((level) => level.length > 0);
		const headSeq = queue.byLevel[priority]?.[0]?.seq ?? 0;
		const key = priority * seqSpan + headSeq;
		if (queue.state === 'ready' && key >= queue.readyKey) return;
		queue.state = 'ready';
		queue.readyKey = key;
		this.#ready.push(key, queue);
	}

	// Moves every host whose delay has passed from the waiting heap to the ready heap.
	#promoteDue(now: number): void {
		for (let top = this.#waiting.pop(); top !== undefined; top = this.#waiting.pop()) {
			if (top.key > now) {
				this.#waiting.push(top.key, top.value);
				return;
			}
			this.#pushReady(top.value);
		}
	}
}
