/**
 * Backend languages in 2026: the lesson's standing and named users for each, the handbook's own
 * analysis of its concurrency model and what interviews probe, and the lesson's throughput figures
 * for Go (Gin) and Python (FastAPI).
 */
import {
	ANALYSIS_AS_OF,
	SEED_AS_OF,
	handbookAnalysis,
	publicSource,
	seedLesson,
} from './sources.ts';
import type { AnalysisSource, LessonSource, PublicSource, Sourced } from './sources.ts';

/** One backend language: what the 2026 lesson says of it, with the handbook's analysis beside. */
export interface Language extends Sourced<LessonSource> {
	id: 'go' | 'java-kotlin' | 'python' | 'node-typescript' | 'rust';
	name: string;
	/** The lesson's one-phrase standing for the language. */
	standing: string;
	/** Companies (or kinds of company) the lesson names as users. */
	usedBy: readonly string[];
	/** The handbook's own reading of the runtime, not the lesson's. */
	analysis: LanguageAnalysis;
}

/** The handbook's analysis of one language's runtime and interviews, with the pages it draws on. */
export interface LanguageAnalysis extends Sourced<AnalysisSource> {
	/** How the runtime runs many requests at once. */
	concurrencyModel: string;
	/** What interviewers typically probe when you use it. */
	interviewProbes: readonly string[];
	/** Public pages that corroborate the usage or describe the runtime. */
	references: readonly PublicSource[];
}

/** A requests-per-second figure quoted for one language and framework. */
export interface ThroughputFigure extends Sourced<LessonSource> {
	languageId: Language['id'];
	framework: string;
	/** Requests per second, as the lesson gives it (approximate). */
	requestsPerSecond: number;
	/** The figure as the lesson writes it. */
	display: string;
}

/** A relative speed claim, kept as a range of factors. */
export interface SpeedupClaim extends Sourced<LessonSource> {
	faster: Language['id'];
	slower: Language['id'];
	workload: string;
	minFactor: number;
	maxFactor: number;
	/** The claim as the lesson phrases it. */
	display: string;
}

const seed = { source: seedLesson, asOf: SEED_AS_OF } as const;
const analysed = { source: handbookAnalysis, asOf: ANALYSIS_AS_OF } as const;

/** The five backend languages, in the lesson's order. */
export const languages: readonly Language[] = [
	{
		id: 'go',
		name: 'Go',
		standing: 'Rapidly growing',
		usedBy: ['Uber', 'Google', 'Cloudflare', 'Twitch'],
		analysis: {
			concurrencyModel:
				'Goroutines multiplexed onto OS threads by the runtime scheduler (M:N); channels and sync primitives',
			interviewProbes: [
				'Goroutine leaks and context cancellation',
				'Channels vs mutexes, select with timeouts',
				'Data races and the race detector',
				'Bounded worker pools and backpressure',
			],
			references: [
				publicSource('Go case study: Uber', 'https://go.dev/solutions/uber'),
				publicSource('Go case study: Twitch', 'https://go.dev/solutions/twitch'),
				publicSource('Effective Go: Concurrency', 'https://go.dev/doc/effective_go#concurrency'),
			],
			...analysed,
		},
		...seed,
	},
	{
		id: 'java-kotlin',
		name: 'Java/Kotlin',
		standing: 'Enterprise standard',
		usedBy: ['Amazon', 'LinkedIn', 'Netflix'],
		analysis: {
			concurrencyModel:
				'Platform threads plus java.util.concurrent; virtual threads (Java 21+) for blocking-style code at high concurrency; Kotlin coroutines',
			interviewProbes: [
				'ExecutorService, CompletableFuture and thread-pool sizing',
				'synchronized vs ReentrantLock, ConcurrentHashMap internals',
				'Virtual threads: when they help, pinning',
				'Memory model: volatile, happens-before',
			],
			references: [
				publicSource('JEP 444: Virtual Threads', 'https://openjdk.org/jeps/444'),
				publicSource(
					'Java 21 Virtual Threads - Dude, Where’s My Lock?',
					'https://netflixtechblog.com/java-21-virtual-threads-dude-wheres-my-lock-3052540e231d',
				),
			],
			...analysed,
		},
		...seed,
	},
	{
		id: 'python',
		name: 'Python',
		standing: 'Dominant in ML/AI-adjacent backends',
		usedBy: ['ML/AI-adjacent backends'],
		analysis: {
			concurrencyModel:
				'asyncio event loop for I/O; the GIL limits CPU parallelism to one thread per process in the default build, so servers scale with worker processes',
			interviewProbes: [
				'async/await and blocking calls inside the event loop',
				'GIL: threads vs processes vs asyncio',
				'Generators, iterators, dict/set complexity',
				'Type hints and Pydantic validation in FastAPI',
			],
			references: [
				publicSource('FastAPI documentation', 'https://fastapi.tiangolo.com/'),
				publicSource(
					'PEP 703: Making the Global Interpreter Lock Optional in CPython',
					'https://peps.python.org/pep-0703/',
				),
			],
			...analysed,
		},
		...seed,
	},
	{
		id: 'node-typescript',
		name: 'Node.js/TypeScript',
		standing: 'Full-stack companies, startups',
		usedBy: ['Full-stack companies', 'Startups'],
		analysis: {
			concurrencyModel:
				'Single-threaded event loop with libuv for non-blocking I/O; worker_threads for CPU-bound work',
			interviewProbes: [
				'Event loop phases, microtasks vs macrotasks',
				'Blocking the loop with CPU work or sync I/O',
				'Promise.all vs sequential await, error handling',
				'Streams and backpressure',
			],
			references: [
				publicSource(
					'Node.js: The Node.js Event Loop',
					'https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick',
				),
				publicSource('Node.js API: Worker threads', 'https://nodejs.org/api/worker_threads.html'),
			],
			...analysed,
		},
		...seed,
	},
	{
		id: 'rust',
		name: 'Rust',
		standing: 'Growing niche',
		usedBy: ['Cloudflare', 'Discord', 'Figma'],
		analysis: {
			concurrencyModel:
				'async/await futures run by a library runtime (usually Tokio, work-stealing); Send/Sync checked at compile time',
			interviewProbes: [
				'Ownership and borrowing across await points',
				'Arc<Mutex<T>> vs message passing',
				'Blocking inside async tasks',
				'Why no GC matters for p99 latency',
			],
			references: [
				publicSource(
					'Why Discord is switching from Go to Rust',
					'https://discord.com/blog/why-discord-is-switching-from-go-to-rust',
				),
				publicSource(
					'Rust in production at Figma',
					'https://www.figma.com/blog/rust-in-production-at-figma/',
				),
				publicSource(
					'How we built Pingora, the proxy that connects Cloudflare to the Internet',
					'https://blog.cloudflare.com/how-we-built-pingora-the-proxy-that-connects-cloudflare-to-the-internet/',
				),
			],
			...analysed,
		},
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

/** The language with this id. @throws naming this file when there is none */
export function languageById(id: Language['id']): Language {
	const found = languages.find((language) => language.id === id);
	if (!found) throw new Error(`src/data/languages.ts: no language with id "${id}"`);
	return found;
}

/** The throughput figure quoted for a language. @throws naming this file when none is quoted */
export function throughputOf(languageId: Language['id']): ThroughputFigure {
	const found = throughputFigures.find((figure) => figure.languageId === languageId);
	if (!found) {
		throw new Error(`src/data/languages.ts: no throughput figure for "${languageId}"`);
	}
	return found;
}

/**
 * How many times the faster language's quoted figure is the slower one's: what the two numbers
 * alone imply, to set against the lesson's own speed-up range.
 */
export function quotedThroughputRatio(claim: SpeedupClaim = goVersusPython): number {
	return (
		throughputOf(claim.faster).requestsPerSecond / throughputOf(claim.slower).requestsPerSecond
	);
}
