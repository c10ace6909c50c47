/**
 * The reader's practice progress as one versioned JSON document: flashcard schedules, study-plan
 * ticks, mock-interview scores, SQL exercise drafts and solutions, and behavioral stories. This file defines its shape and the one parser that both
 * localStorage and imported files go through, so a bad value is rejected the same way wherever
 * it comes from. Documents in an older format are migrated to the current one, and question ids
 * that have since been renamed are read as their new ids.
 */
import { planLengths, type PlanLength } from '../data/plan-lengths.ts';
import {
	highestLeitnerBox,
	migrateLeitnerCard,
	type LeitnerBox,
	type LeitnerCard,
} from './leitner-migration.ts';
import { cardPhases, type CardPhase, type CardState } from './schedule.ts';
import { parseStories, type Story } from './story-bank.ts';

/**
 * The format version this code writes. Version 3 stores FSRS card states; versions 1 and 2 stored
 * Leitner boxes, which are migrated (src/practice/leitner-migration.ts).
 */
export const currentProgressVersion = 3;

/**
 * Question ids whose files were renamed, old id to new id (the bank moved to American spelling).
 * A document saved or exported before a rename still names the old id; reading it maps the id, so
 * the card keeps its schedule instead of being set aside as a question the bank no longer has.
 * Ids only ever get added here: an export can be imported long after it was made.
 */
export const renamedQuestionIds: Readonly<Record<string, string>> = {
	'interviews/meta-behavioural-technical-conflict': 'interviews/meta-behavioral-technical-conflict',
	'landscape/skills-prioritisation-four-weeks': 'landscape/skills-prioritization-four-weeks',
	'preparation/practise-alone-out-loud': 'preparation/practice-alone-out-loud',
	'preparation/prioritise-by-level': 'preparation/prioritize-by-level',
};

/** The id a question has now: its new id if it was renamed, otherwise the id itself. */
export function currentQuestionId(id: string): string {
	return Object.hasOwn(renamedQuestionIds, id) ? renamedQuestionIds[id]! : id;
}

/** A self-score on one rubric dimension: 1 below the bar to 4 well above it. */
export type RubricScore = 1 | 2 | 3 | 4;

/** One finished mock interview with the reader's self-assessment. */
export interface MockRecord {
	/** Question id of the prompt, e.g. `system-design/designs/url-shortener/capacity`. */
	promptId: string;
	/** The prompt text as it read when the mock was saved. */
	prompt: string;
	/** When the score was saved, in milliseconds since the epoch. */
	savedAt: number;
	/** Score per evaluation dimension id. */
	scores: Record<string, RubricScore>;
	/** Free-text notes per evaluation dimension id. */
	notes: Record<string, string>;
	/** Key points of the prompt the candidate ticked as covered (their text); absent reads as []. */
	covered?: string[];
	/** Key points of the prompt left unticked (their text); absent reads as []. */
	missed?: string[];
}

/** The study-plan checklist: which plan is chosen and which item ids are ticked. */
export interface PlanProgress {
	weeks: PlanLength;
	/** Ticked item ids (ids carry their plan length, so switching plans keeps every tick). */
	done: string[];
}

/** SQL exercises: the reader's last query per exercise id, and when each was first solved. */
export interface SqlProgress {
	drafts: Record<string, string>;
	/** Exercise id to the time it was first solved, in milliseconds since the epoch. */
	solved: Record<string, number>;
}

/** Everything the practice tools remember, as stored and as exported. */
export interface ProgressDocument {
	version: typeof currentProgressVersion;
	/** Flashcard schedules by question id, for questions in the current bank. */
	cards: Record<string, CardState>;
	/** Schedules of question ids the bank no longer has, kept in case they come back. */
	setAside: Record<string, CardState>;
	plan: PlanProgress;
	mocks: MockRecord[];
	sql: SqlProgress;
	stories: Story[];
}

/** A parsed document, or a message naming the field that is wrong. */
export type ParseResult =
	| { ok: true; document: ProgressDocument; migratedFrom: number | null }
	| { ok: false; error: string };

/** A document with no progress in it. */
export function emptyProgress(): ProgressDocument {
	return {
		version: currentProgressVersion,
		cards: {},
		setAside: {},
		plan: { weeks: 8, done: [] },
		mocks: [],
		sql: { drafts: {}, solved: {} },
		stories: [],
	};
}

/** Parses JSON text (from localStorage or an imported file) into a current document. */
export function parseProgressText(text: string): ParseResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return {
			ok: false,
			error: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
		};
	}
	return parseProgressValue(value);
}

/** Thrown inside the parser with the path of the offending field; turned into a ParseResult. */
class ShapeError extends Error {}

/** Checks a decoded JSON value field by field and migrates older versions. */
export function parseProgressValue(value: unknown): ParseResult {
	try {
		const root = expectRecord(value, 'the document');
		if (root['version'] === undefined) {
			// Only the first format lacks a version, and it always had `boxes`: anything else is some
			// other JSON file, which must not be read as an empty document and replace real progress.
			if (!Object.hasOwn(root, 'boxes')) {
				throw new ShapeError(
					'it has neither a `version` nor a `boxes` field, so it is not a progress file saved by this handbook',
				);
			}
			return { ok: true, document: migrateUnversioned(root), migratedFrom: 0 };
		}
		const version = root['version'];
		if (version === 1 || version === 2) {
			// Versions 1 and 2 stored Leitner boxes, migrated card by card to FSRS states. Version 1
			// also had no SQL exercises or stories; the current reader fills both in empty (fields it
			// never had are absent, and absent fields read as empty).
			return { ok: true, document: readCurrent(root, readLeitnerCard), migratedFrom: version };
		}
		if (version !== currentProgressVersion) {
			throw new ShapeError(
				`version is ${JSON.stringify(version)}, but this handbook reads version ${currentProgressVersion} or older`,
			);
		}
		return { ok: true, document: readCurrent(root, readFsrsCard), migratedFrom: null };
	} catch (error) {
		if (error instanceof ShapeError) return { ok: false, error: error.message };
		throw error;
	}
}

/**
 * The first format had no version field and stored only each card's box (`{ boxes: { id: 3 } }`).
 * Migrated cards get the FSRS state of their box and are due at once, since their due dates were
 * never stored.
 */
function migrateUnversioned(root: Record<string, unknown>): ProgressDocument {
	const boxes = expectRecord(root['boxes'] ?? {}, 'boxes');
	const document = emptyProgress();
	for (const [id, box] of Object.entries(boxes)) {
		const card = migrateLeitnerCard({
			box: expectBox(box, `boxes[${JSON.stringify(id)}]`),
			dueAt: 0,
			reviewedAt: 0,
		});
		keepLatest(document.cards, currentQuestionId(id), card);
	}
	return document;
}

/** Reads one stored card at `path` (a field path such as `cards["q"]`) into a current card state. */
type CardReader = (value: unknown, path: string) => CardState;

function readCurrent(root: Record<string, unknown>, readCard: CardReader): ProgressDocument {
	const plan = expectRecord(root['plan'] ?? { weeks: 8, done: [] }, 'plan');
	const weeks = plan['weeks'];
	if (!planLengths.includes(weeks as PlanLength)) {
		throw new ShapeError(
			`plan.weeks must be one of ${planLengths.join(', ')}, found ${JSON.stringify(weeks)}`,
		);
	}
	return {
		version: currentProgressVersion,
		cards: readCards(root['cards'] ?? {}, 'cards', readCard),
		setAside: readCards(root['setAside'] ?? {}, 'setAside', readCard),
		plan: { weeks: weeks as PlanLength, done: expectStringArray(plan['done'] ?? [], 'plan.done') },
		mocks: expectArray(root['mocks'] ?? [], 'mocks').map((mock, i) =>
			readMock(mock, `mocks[${i}]`),
		),
		sql: readSql(root['sql'] ?? {}),
		stories: readStories(root['stories'] ?? []),
	};
}

function readSql(value: unknown): SqlProgress {
	const fields = expectRecord(value, 'sql');
	const drafts: Record<string, string> = {};
	for (const [id, draft] of Object.entries(expectRecord(fields['drafts'] ?? {}, 'sql.drafts'))) {
		drafts[id] = expectString(draft, `sql.drafts[${JSON.stringify(id)}]`);
	}
	const solved: Record<string, number> = {};
	for (const [id, at] of Object.entries(expectRecord(fields['solved'] ?? {}, 'sql.solved'))) {
		solved[id] = expectTime(at, `sql.solved[${JSON.stringify(id)}]`);
	}
	return { drafts, solved };
}

function readStories(value: unknown): Story[] {
	// The story bank owns the story checks, so an import and the tool reject the same mistakes.
	const parsed = parseStories(value, 'stories');
	if (!parsed.ok) throw new ShapeError(parsed.error);
	return parsed.value;
}

function readCards(value: unknown, path: string, readCard: CardReader): Record<string, CardState> {
	const cards: Record<string, CardState> = {};
	for (const [id, card] of Object.entries(expectRecord(value, path))) {
		keepLatest(cards, currentQuestionId(id), readCard(card, `${path}[${JSON.stringify(id)}]`));
	}
	return cards;
}

/** A version 1 or 2 card, `{ box, dueAt, reviewedAt }`, as the FSRS state that continues it. */
function readLeitnerCard(value: unknown, path: string): CardState {
	const fields = expectRecord(value, path);
	const card: LeitnerCard = {
		box: expectBox(fields['box'], `${path}.box`),
		dueAt: expectTime(fields['dueAt'], `${path}.dueAt`),
		reviewedAt: expectTime(fields['reviewedAt'], `${path}.reviewedAt`),
	};
	return migrateLeitnerCard(card);
}

/** A version 3 card: the ts-fsrs card state, each field checked (see CardState). */
function readFsrsCard(value: unknown, path: string): CardState {
	const fields = expectRecord(value, path);
	const reviewedAt = fields['reviewedAt'];
	return {
		dueAt: expectTime(fields['dueAt'], `${path}.dueAt`),
		reviewedAt: reviewedAt === null ? null : expectTime(reviewedAt, `${path}.reviewedAt`, true),
		stability: expectNumber(fields['stability'], `${path}.stability`, {
			above: 0,
			what: 'a number of days above 0',
		}),
		difficulty: expectNumber(fields['difficulty'], `${path}.difficulty`, {
			from: 1,
			to: 10,
			what: 'a number from 1 to 10',
		}),
		elapsedDays: expectNumber(fields['elapsedDays'], `${path}.elapsedDays`, {
			from: 0,
			what: 'a number of days, 0 or more',
		}),
		scheduledDays: expectNumber(fields['scheduledDays'], `${path}.scheduledDays`, {
			from: 0,
			what: 'a number of days, 0 or more',
		}),
		learningSteps: expectCount(fields['learningSteps'], `${path}.learningSteps`),
		reps: expectCount(fields['reps'], `${path}.reps`),
		lapses: expectCount(fields['lapses'], `${path}.lapses`),
		state: expectPhase(fields['state'], `${path}.state`),
	};
}

/**
 * Stores `card` under `id` unless a card reviewed more recently is already there: a document that
 * holds a question under both its old and its new id keeps the schedule the reader last used.
 */
function keepLatest(cards: Record<string, CardState>, id: string, card: CardState): void {
	const existing = cards[id];
	if (!existing || (card.reviewedAt ?? 0) > (existing.reviewedAt ?? 0)) cards[id] = card;
}

function readMock(value: unknown, path: string): MockRecord {
	const fields = expectRecord(value, path);
	const scores: Record<string, RubricScore> = {};
	for (const [dimension, score] of Object.entries(
		expectRecord(fields['scores'] ?? {}, `${path}.scores`),
	)) {
		if (!Number.isInteger(score) || (score as number) < 1 || (score as number) > 4) {
			throw new ShapeError(
				`${path}.scores.${dimension} must be a whole number from 1 to 4, found ${JSON.stringify(score)}`,
			);
		}
		scores[dimension] = score as RubricScore;
	}
	const notes: Record<string, string> = {};
	for (const [dimension, note] of Object.entries(
		expectRecord(fields['notes'] ?? {}, `${path}.notes`),
	)) {
		notes[dimension] = expectString(note, `${path}.notes.${dimension}`);
	}
	return {
		promptId: currentQuestionId(expectString(fields['promptId'], `${path}.promptId`)),
		prompt: expectString(fields['prompt'], `${path}.prompt`),
		savedAt: expectTime(fields['savedAt'], `${path}.savedAt`),
		scores,
		notes,
		covered: expectStringArray(fields['covered'] ?? [], `${path}.covered`),
		missed: expectStringArray(fields['missed'] ?? [], `${path}.missed`),
	};
}

function expectRecord(value: unknown, path: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new ShapeError(`${path} must be an object, found ${describe(value)}`);
	}
	return value as Record<string, unknown>;
}

function expectArray(value: unknown, path: string): unknown[] {
	if (!Array.isArray(value))
		throw new ShapeError(`${path} must be a list, found ${describe(value)}`);
	return value;
}

function expectString(value: unknown, path: string): string {
	if (typeof value !== 'string')
		throw new ShapeError(`${path} must be text, found ${describe(value)}`);
	return value;
}

function expectStringArray(value: unknown, path: string): string[] {
	return expectArray(value, path).map((item, i) => expectString(item, `${path}[${i}]`));
}

function expectBox(value: unknown, path: string): LeitnerBox {
	if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > highestLeitnerBox) {
		throw new ShapeError(
			`${path} must be a whole number from 1 to ${highestLeitnerBox}, found ${JSON.stringify(value)}`,
		);
	}
	return value as LeitnerBox;
}

function expectTime(value: unknown, path: string, orNull = false): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		throw new ShapeError(
			`${path} must be a time in milliseconds${orNull ? ' or null' : ''}, found ${describe(value)}`,
		);
	}
	return value;
}

/** A finite number within the given bounds; `what` says which numbers are allowed. */
function expectNumber(
	value: unknown,
	path: string,
	bounds: { above?: number; from?: number; to?: number; what: string },
): number {
	const { above, from, to, what } = bounds;
	if (
		typeof value !== 'number' ||
		!Number.isFinite(value) ||
		(above !== undefined && value <= above) ||
		(from !== undefined && value < from) ||
		(to !== undefined && value > to)
	) {
		throw new ShapeError(`${path} must be ${what}, found ${describe(value)}`);
	}
	return value;
}

function expectCount(value: unknown, path: string): number {
	if (!Number.isInteger(value) || (value as number) < 0) {
		throw new ShapeError(`${path} must be a whole number, 0 or more, found ${describe(value)}`);
	}
	return value as number;
}

function expectPhase(value: unknown, path: string): CardPhase {
	if (!(Object.values(cardPhases) as unknown[]).includes(value)) {
		throw new ShapeError(
			`${path} must be 1 (learning), 2 (review) or 3 (relearning), found ${describe(value)}`,
		);
	}
	return value as CardPhase;
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${JSON.stringify(value)}`;
}
