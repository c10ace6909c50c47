/**
 * Backend languages in 2026: who uses each, its concurrency model, what interviews probe,
 * and the lesson's throughput figures for Go (Gin) and Python (FastAPI).
 */
import { SEED_AS_OF, seedLesson } from './sources.ts';
import type { Source, Sourced } from './sources.ts';

/** One backend language as the 2026 lesson and public engineering blogs describe it. */
export interface Language extends Sourced {
	id: 'go' | 'java-kotlin' | 'python' | 'node-typescript' | 'rust';
	name: string;
	/** The lesson's one-phrase standing for the language. */
	standing: string;
	/** Companies the lesson names as users. */
	usedBy: readonly string[];
	/** Where it fits best, in a few words. */
	sweetSpot: string;
	/** How the runtime runs many requests at once. */
	concurrencyModel: string;
	/** Common HTTP/RPC frameworks. */
	frameworks: readonly string[];
	/** What interviewers typically probe when you use it. */
	interviewProbes: readonly string[];
	/** Public pages that corroborate the usage or describe the runtime. */
	references: readonly Source[];
}

/** A requests-per-second figure quoted for one language and framework. */
export interface ThroughputFigure extends Sourced {
	languageId: Language['id'];
	framework: string;
	/** Requests per second, as the lesson gives it (approximate). */
	requestsPerSecond: number;
	/** The figure as the lesson writes it. */
	display: string;
}

/** A relative speed claim, kept as a range of factors. */
export interface SpeedupClaim extends Sourced {
	faster: Language['id'];
	slower: Language['id'];
	workload: string;
	minFactor: number;
	maxFactor: number;
	/** The claim as the lesson phrases it. */
	display: string;
}

const seed = { source: seedLesson, asOf: SEED_AS_OF } as const;

/** The five backend languages, in the lesson's order. */
export const languages: readonly Language[] = [
	{
		id: 'go',
		name: 'Go',
		standing: 'Rapidly growing',
		usedBy: ['Uber', 'Google', 'Cloudflare', 'Twitch'],
		sweetSpot: 'Network services, infrastructure, high-fan-out APIs',
		concurrencyModel:
			'Goroutines multiplexed onto OS threads by the runtime scheduler (M:N); channels and sync primitives',
		frameworks: ['net/http', 'Gin', 'Echo', 'gRPC-Go'],
		interviewProbes: [
			'Goroutine leaks and context cancellation',
			'Channels vs mutexes, select with timeouts',
			'Data races and the race detector',
			'Bounded worker pools and backpressure',
		],
		references: [
			{ title: 'Go case study: Uber', url: 'https://go.dev/solutions/uber' },
			{ title: 'Go case study: Twitch', url: 'https://go.dev/solutions/twitch' },
			{ title: 'Effective Go: Concurrency', url: 'https://go.dev/doc/effective_go#concurrency' },
		],
		...seed,
	},
	{
		id: 'java-kotlin',
		name: 'Java/Kotlin',
		standing: 'Enterprise standard',
		usedBy: ['Amazon', 'LinkedIn', 'Netflix'],
		sweetSpot: 'Large service fleets, mature libraries, long-lived codebases',
		concurrencyModel:
			'Platform threads plus java.util.concurrent; virtual threads (Java 21+) for blocking-style code at high concurrency; Kotlin coroutines',
		frameworks: ['Spring Boot', 'Micronaut', 'Quarkus', 'Ktor'],
		interviewProbes: [
			'ExecutorService, CompletableFuture and thread-pool sizing',
			'synchronized vs ReentrantLock, ConcurrentHashMap internals',
			'Virtual threads: when they help, pinning',
			'Memory model: volatile, happens-before',
		],
		references: [
			{ title: 'JEP 444: Virtual Threads', url: 'https://openjdk.org/jeps/444' },
			{
				title: 'Java 21 Virtual Threads - Dude, Where’s My Lock?',
				url: 'https://netflixtechblog.com/java-21-virtual-threads-dude-wheres-my-lock-3052540e231d',
			},
		],
		...seed,
	},
	{
		id: 'python',
		name: 'Python',
		standing: 'Dominant in ML/AI-adjacent backends',
		usedBy: ['ML/AI-adjacent backends'],
		sweetSpot: 'Model serving glue, data pipelines, internal APIs',
		concurrencyModel:
			'asyncio event loop for I/O; the GIL limits CPU parallelism to one thread per process in the default build, so servers scale with worker processes',
		frameworks: ['FastAPI', 'Django', 'Flask'],
		interviewProbes: [
			'async/await and blocking calls inside the event loop',
			'GIL: threads vs processes vs asyncio',
			'Generators, iterators, dict/set complexity',
			'Type hints and Pydantic validation in FastAPI',
		],
		references: [
			{ title: 'FastAPI documentation', url: 'https://fastapi.tiangolo.com/' },
			{
				title: 'PEP 703: Making the Global Interpreter Lock Optional in CPython',
				url: 'https://peps.python.org/pep-0703/',
			},
		],
		...seed,
	},
	{
		id: 'node-typescript',
		name: 'Node.js/TypeScript',
		standing: 'Full-stack companies, startups',
		usedBy: ['Full-stack companies', 'Startups'],
		sweetSpot: 'Real-time applications, BFF layers, shared types with the frontend',
		concurrencyModel:
			'Single-threaded event loop with libuv for non-blocking I/O; worker_threads for CPU-bound work',
		frameworks: ['Express', 'Fastify', 'NestJS'],
		interviewProbes: [
			'Event loop phases, microtasks vs macrotasks',
			'Blocking the loop with CPU work or sync I/O',
			'Promise.all vs sequential await, error handling',
			'Streams and backpressure',
		],
		references: [
			{
				title: 'Node.js: The Node.js Event Loop',
				url: 'https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick',
			},
			{ title: 'Node.js API: Worker threads', url: 'https://nodejs.org/api/worker_threads.html' },
		],
		...seed,
	},
	{
		id: 'rust',
		name: 'Rust',
		standing: 'Growing niche',
		usedBy: ['Cloudflare', 'Discord', 'Figma'],
		sweetSpot: 'Performance-critical services, proxies, tail-latency-sensitive paths',
		concurrencyModel:
			'async/await futures run by a library runtime (usually Tokio, work-stealing); Send/Sync checked at compile time',
		frameworks: ['Axum', 'Actix Web', 'Tonic'],
		interviewProbes: [
			'Ownership and borrowing across await points',
			'Arc<Mutex<T>> vs message passing',
			'Blocking inside async tasks',
			'Why no GC matters for p99 latency',
		],
		references: [
			{
				title: 'Why Discord is switching from Go to Rust',
				url: 'https://discord.com/blog/why-discord-is-switching-from-go-to-rust',
			},
			{
				title: 'Rust in production at Figma',
				url: 'https://www.figma.com/blog/rust-in-production-at-figma/',
			},
			{
				title: 'How we built Pingora, the proxy that connects Cloudflare to the Internet',
				url: 'https://blog.cloudflare.com/how-we-built-pingora-the-proxy-that-connects-cloudflare-to-the-internet/',
			},
		],
		...seed,
	},
];

/** The lesson's throughput figures: Go with Gin and Python with FastAPI. */
export const throughputFigures: readonly ThroughputFigure[] = [
	{
		languageId: 'go',
		framework: 'Gin',
		requestsPerSecond: 95_000,
		display: '~95,000 req/sec',
		...seed,
	},
	{
		languageId: 'python',
		framework: 'FastAPI',
		requestsPerSecond: 12_000,
		display: '~12,000 req/sec',
		...seed,
	},
];

/** The lesson's claim that Go is 8-10x faster than Python for I/O-bound services. */
export const goVersusPython: SpeedupClaim = {
	faster: 'go',
	slower: 'python',
	workload: 'I/O-bound services',
	minFactor: 8,
	maxFactor: 10,
	display: 'Go is 8-10x faster than Python for I/O-bound services',
	...seed,
};

/** Public benchmark suite used to compare web frameworks under fixed test types. */
export const techEmpower: Source = {
	title: 'TechEmpower Web Framework Benchmarks',
	url: 'https://www.techempower.com/benchmarks/',
};
