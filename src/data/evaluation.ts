/**
 * The five dimensions backend interviewers evaluate, as the 2026 lesson names them, with the
 * handbook's own analysis of what weak, solid and strong performance looks like and which rounds
 * score each. Imported by the self-assessment rubric and the mock-interview rubric.
 */
import { ANALYSIS_AS_OF, SEED_AS_OF, handbookAnalysis, seedLesson } from './sources.ts';
import type { AnalysisSource, LessonSource, Sourced } from './sources.ts';

/** Round types in a typical backend loop. */
export const interviewRounds = [
	'coding',
	'system-design',
	'database',
	'api-design',
	'behavioral',
] as const;

/** One round type. */
export type InterviewRound = (typeof interviewRounds)[number];

/** Display names for round types. */
export const roundLabels: Readonly<Record<InterviewRound, string>> = {
	coding: 'Coding',
	'system-design': 'System design',
	database: 'SQL / database',
	'api-design': 'API design',
	behavioral: 'Behavioral',
};

/** One evaluation dimension as the lesson names it, with the handbook's bands beside it. */
export interface EvaluationDimension extends Sourced<LessonSource> {
	/** Stable kebab-case id, used as an anchor and by the mock-interview rubric. */
	id: string;
	name: string;
	/** The question the interviewer is answering about you (the lesson's, in the handbook's words). */
	question: string;
	/** The handbook's own analysis of how the dimension is performed and scored. */
	bands: PerformanceBands;
}

/** What weak, solid and strong look like on one dimension, and where it is scored. */
export interface PerformanceBands extends Sourced<AnalysisSource> {
	/** What a below-bar performance looks like. */
	weak: string;
	/** What an at-bar performance looks like. */
	solid: string;
	/** What an above-bar performance looks like. */
	strong: string;
	/** Rounds that score this dimension, most weight first. */
	rounds: readonly InterviewRound[];
}

const seed = { source: seedLesson, asOf: SEED_AS_OF } as const;
const analysed = { source: handbookAnalysis, asOf: ANALYSIS_AS_OF } as const;

/** The five dimensions, in the order an interview exercises them. */
export const evaluationDimensions: readonly EvaluationDimension[] = [
	{
		id: 'problem-decomposition',
		name: 'Problem decomposition',
		question: 'Can you turn a vague requirement into concrete technical decisions?',
		bands: {
			weak: 'Starts building at once; never pins down users, scale or the read/write mix; the design drifts as the interviewer adds facts.',
			solid:
				'Asks scoping questions, states functional and non-functional requirements, estimates load, and splits the system into components with clear owners.',
			strong:
				'Finds the one or two requirements that drive the whole design, says what is out of scope and why, and sequences the work so the riskiest part is settled first.',
			rounds: ['system-design', 'api-design', 'coding'],
			...analysed,
		},
		...seed,
	},
	{
		id: 'trade-off-reasoning',
		name: 'Trade-off reasoning',
		question:
			'Do you know what each design choice costs (consistency vs availability, latency vs throughput)?',
		bands: {
			weak: 'Names a technology without saying what it gives up; treats "use Kafka" or "add a cache" as free.',
			solid:
				'Names at least two options per decision, states the cost of the chosen one, and ties the choice to a stated requirement.',
			strong:
				'Quantifies the cost (extra p99 milliseconds, staleness window, dollars per month), says what would make them change their mind, and revisits earlier choices when requirements move.',
			rounds: ['system-design', 'database', 'api-design', 'behavioral'],
			...analysed,
		},
		...seed,
	},
	{
		id: 'depth-of-knowledge',
		name: 'Depth of knowledge',
		question: 'Can you go deep on databases, networking or concurrency when pushed?',
		bands: {
			weak: 'Stays at the box-and-arrow level; answers "how does that work?" with the same sentence again.',
			solid:
				'Explains the mechanism one layer down: how a B-tree index serves a range scan, what a TCP handshake costs, why a lock is needed.',
			strong:
				'Goes two layers down with real behavior: MVCC and vacuum in PostgreSQL, Kafka partition leadership and ISR, goroutine scheduling, and how each fails under load.',
			rounds: ['system-design', 'database', 'coding'],
			...analysed,
		},
		...seed,
	},
	{
		id: 'communication',
		name: 'Communication',
		question: 'Can you explain your architecture clearly, with diagrams and structured thinking?',
		bands: {
			weak: 'Thinks silently or narrates everything; the diagram and the spoken design disagree; the interviewer has to pull the structure out.',
			solid:
				'Signposts ("requirements, then API, then data model"), draws a diagram that matches what they say, and checks in at natural break points.',
			strong:
				'Runs the session: keeps a visible plan, adapts depth to the interviewer\u2019s cues, summarizes decisions, and makes hints easy to give and to take.',
			rounds: ['system-design', 'behavioral', 'coding', 'api-design'],
			...analysed,
		},
		...seed,
	},
	{
		id: 'coding-fluency',
		name: 'Coding fluency',
		question: 'Can you turn a design into clean, working code under time pressure?',
		bands: {
			weak: 'Stalls on syntax or standard-library calls; code does not run; edge cases found only when the interviewer points at them.',
			solid:
				'Writes correct, readable code in the time, names complexity, tests with a small example and fixes their own bugs.',
			strong:
				'Code is idiomatic and structured for change, edge cases and concurrency hazards are handled up front, and there is time left for a follow-up extension.',
			rounds: ['coding', 'database', 'api-design'],
			...analysed,
		},
		...seed,
	},
];
