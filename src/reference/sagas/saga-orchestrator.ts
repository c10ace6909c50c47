/**
 * An orchestrated saga: a sequence of local transactions in different services. Each step is one
 * of three kinds, in this order:
 *
 * - compensatable: it has a compensation that undoes it semantically (release a reservation,
 *   cancel a pending order);
 * - the pivot (at most one): the point of no return. If it fails, the completed compensatable
 *   steps are undone; once it succeeds, the saga only goes forward;
 * - retriable: after the pivot, it must eventually succeed, so it is retried, never undone.
 *
 * The orchestrator runs the steps in order and records progress in a {@link SagaLog} after each
 * one. If a compensatable step or the pivot fails, it runs the compensations of the completed
 * steps, newest first, retrying each with exponential backoff. A retriable step is retried the
 * same way. A call that still fails after its last attempt stops the saga in
 * `needs-manual-intervention`, without running anything past it (older compensations included),
 * because carrying on past a stuck step could leave the system in a state nobody designed for.
 * An operator then resolves it with {@link SagaOrchestrator.resolve}.
 *
 * A crash can happen after a step's side effect and before its progress is saved, so a resumed
 * saga may call the same action or compensation again. Every call therefore carries a stable
 * idempotency key, `<sagaId>:<step>:action` or `<sagaId>:<step>:compensation`, and participants
 * must apply each key at most once.
 *
 * Assumptions: a step action that throws has changed nothing (it is one local transaction; an
 * action whose outcome is unknown must resolve it before throwing), and only one orchestrator
 * runs a given saga at a time (in production, a lease or the workflow engine ensures that).
 */

import type { SagaLog, SagaRecord } from './saga-log.ts';

/** What the orchestrator passes to every action and compensation. */
export interface StepContext {
	readonly sagaId: string;
	/** The same on every retry and every resume of this call; participants deduplicate on it. */
	readonly idempotencyKey: string;
	/** 1 for the first try of this call in this process, 2 for the first retry, and so on. */
	readonly attempt: number;
}

interface StepBase {
	/** Unique within the saga; part of the idempotency keys, so never rename a live step. */
	readonly name: string;
	/** Performs the step; throws if it did not happen. */
	action(context: StepContext): Promise<void>;
}

/** A step before the pivot, undone by its compensation if a later step before the pivot fails. */
export interface CompensatableStep extends StepBase {
	readonly kind?: 'compensatable';
	/** Undoes a completed action; must succeed eventually and be safe to repeat. */
	compensation(context: StepContext): Promise<void>;
}

/** The point of no return: never compensated, because nothing after it can fail for good. */
export interface PivotStep extends StepBase {
	readonly kind: 'pivot';
}

/** A step after the pivot: retried until it succeeds or an operator takes over; never undone. */
export interface RetriableStep extends StepBase {
	readonly kind: 'retriable';
}

/** One local transaction in another service. */
export type SagaStep = CompensatableStep | PivotStep | RetriableStep;

/** How an operator resolves a saga in `needs-manual-intervention`. */
export type Resolution =
	/** Call the stuck action or compensation again, with the same idempotency key. */
	| 'retry'
	/** The operator completed it outside the saga (a refund in the provider's dashboard). */
	| 'done-by-hand';

/** Configuration for {@link SagaOrchestrator}. */
export interface SagaOrchestratorOptions {
	/** Where progress is recorded; must survive the process. */
	readonly log: SagaLog;
	/** Waits between attempts; injected so tests run without real time. */
	readonly sleep: (ms: number) => Promise<void>;
	/** Attempts per compensation and per retriable action before handing over. Default 5. */
	readonly maxAttempts?: number;
	/** Delay before the first retry; doubles for each further one. Default 100 ms. */
	readonly baseRetryDelayMs?: number;
}

/** Runs sagas to completion, or compensates them, resuming from the log after a crash. */
export class SagaOrchestrator {
	private readonly log: SagaLog;
	private readonly sleep: (ms: number) => Promise<void>;
	private readonly maxAttempts: number;
	private readonly baseDelayMs: number;

	/** Throws RangeError for a maxAttempts below 1 or a negative delay. */
	constructor(options: SagaOrchestratorOptions) {
		this.log = options.log;
		this.sleep = options.sleep;
		this.maxAttempts = options.maxAttempts ?? 5;
		this.baseDelayMs = options.baseRetryDelayMs ?? 100;
		if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
			throw new RangeError(`maxAttempts must be an integer of at least 1, got ${this.maxAttempts}`);
		}
		if (!(this.baseDelayMs >= 0)) {
			throw new RangeError(`baseRetryDelayMs must be 0 or more, got ${this.baseDelayMs}`);
		}
	}

	/**
	 * Starts the saga, or resumes it from its record. Returns the final record: `completed`,
	 * `compensated` or `needs-manual-intervention`. A finished or stuck saga is returned as it is.
	 * Errors from the log are not caught: they stand for a crash, and the caller runs it again.
	 */
	async run(sagaId: string, steps: readonly SagaStep[]): Promise<SagaRecord> {
		const stepNames = checkSteps(steps);
		let record = await this.log.load(sagaId);
		if (!record) {
			record = { sagaId, stepNames, status: 'running', completedSteps: 0, compensatedSteps: 0 };
			await this.log.save(record);
		} else {
			checkSameSteps(record, stepNames);
		}
		return this.continue(record, steps);
	}

	/**
	 * For an operator: resumes a saga stopped in `needs-manual-intervention`. With `retry` the
	 * stuck call is made again; with `done-by-hand` it counts as done and the saga carries on
	 * (the next older compensation, or the next retriable step). Returns the saga's new record.
	 */
	async resolve(
		sagaId: string,
		steps: readonly SagaStep[],
		resolution: Resolution,
	): Promise<SagaRecord> {
		const stepNames = checkSteps(steps);
		const stuck = await this.log.load(sagaId);
		if (!stuck) throw new Error(`saga ${sagaId} has no record; start it with run()`);
		checkSameSteps(stuck, stepNames);
		if (stuck.status !== 'needs-manual-intervention') {
			throw new Error(
				`saga ${sagaId} is ${stuck.status}, not needs-manual-intervention; only a stuck saga ` +
					'can be resolved',
			);
		}
		const done = resolution === 'done-by-hand' ? 1 : 0;
		const next: { -readonly [K in keyof SagaRecord]: SagaRecord[K] } = { ...stuck };
		delete next.stuckStep;
		delete next.stuckPhase;
		if (stuck.stuckPhase === 'compensation') {
			next.status = 'compensating';
			next.compensatedSteps += done;
		} else {
			next.status = 'running';
			next.completedSteps += done;
		}
		await this.log.save(next);
		return this.continue(next, steps);
	}

	private async continue(start: SagaRecord, steps: readonly SagaStep[]): Promise<SagaRecord> {
		let record = start;
		if (record.status === 'running') record = await this.runForward(record, steps);
		if (record.status === 'compensating') record = await this.compensate(record, steps);
		return record;
	}

	private async runForward(start: SagaRecord, steps: readonly SagaStep[]): Promise<SagaRecord> {
		let record = start;
		for (let index = record.completedSteps; index < steps.length; index += 1) {
			const step = steps[index]!;
			if (step.kind === 'retriable') {
				const failure = await this.withRetries(record.sagaId, step.name, 'action', (context) =>
					step.action(context),
				);
				if (failure !== undefined) {
					record = {
						...record,
						status: 'needs-manual-intervention',
						stuckStep: step.name,
						stuckPhase: 'action',
						lastError: failure,
					};
					await this.log.save(record);
					return record;
				}
			} else {
				try {
					await step.action(this.context(record.sagaId, step.name, 'action', 1));
				} catch (error) {
					// Before the pivot, or the pivot itself: the saga turns back.
					record = {
						...record,
						status: 'compensating',
						failedStep: step.name,
						lastError: messageOf(error),
					};
					await this.log.save(record);
					return record;
				}
			}
			// A crash before this save re-runs the action on resume, with the same key.
			record = { ...record, completedSteps: index + 1 };
			await this.log.save(record);
		}
		record = { ...record, status: 'completed' };
		await this.log.save(record);
		return record;
	}

	private async compensate(start: SagaRecord, steps: readonly SagaStep[]): Promise<SagaRecord> {
		let record = start;
		while (record.compensatedSteps < record.completedSteps) {
			// Newest completed step first: later steps may depend on earlier ones.
			const step = steps[record.completedSteps - 1 - record.compensatedSteps]!;
			if (step.kind === 'pivot' || step.kind === 'retriable') {
				// checkSteps orders the kinds, so only compensatable steps precede a failure.
				throw new Error(`step "${step.name}" is ${step.kind} and has no compensation`);
			}
			const failure = await this.withRetries(record.sagaId, step.name, 'compensation', (context) =>
				step.compensation(context),
			);
			if (failure !== undefined) {
				record = {
					...record,
					status: 'needs-manual-intervention',
					stuckStep: step.name,
					stuckPhase: 'compensation',
					lastError: failure,
				};
				await this.log.save(record);
				return record;
			}
			record = { ...record, compensatedSteps: record.compensatedSteps + 1 };
			await this.log.save(record);
		}
		record = { ...record, status: 'compensated' };
		await this.log.save(record);
		return record;
	}

	/** Returns undefined on success, or the last error message once every attempt failed. */
	private async withRetries(
		sagaId: string,
		stepName: string,
		kind: 'action' | 'compensation',
		call: (context: StepContext) => Promise<void>,
	): Promise<string | undefined> {
		let lastError = '';
		for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
			try {
				await call(this.context(sagaId, stepName, kind, attempt));
				return undefined;
			} catch (error) {
				lastError = messageOf(error);
			}
			if (attempt < this.maxAttempts) await this.sleep(this.baseDelayMs * 2 ** (attempt - 1));
		}
		return lastError;
	}

	private context(
		sagaId: string,
		stepName: string,
		kind: 'action' | 'compensation',
		attempt: number,
	): StepContext {
		return { sagaId, idempotencyKey: `${sagaId}:${stepName}:${kind}`, attempt };
	}
}

const kindRank = { compensatable: 0, pivot: 1, retriable: 2 } as const;

/**
 * Returns the step names; throws for an empty list, a missing or repeated name, a second pivot,
 * or kinds out of order (every compensatable step before the pivot, every retriable one after).
 */
function checkSteps(steps: readonly SagaStep[]): string[] {
	if (steps.length === 0) throw new Error('a saga needs at least one step; pass a non-empty list');
	const names = steps.map((step) => step.name);
	let pivot: string | undefined;
	steps.forEach((step, index) => {
		const { name } = step;
		if (name.trim() === '') {
			throw new Error(`step ${index + 1} has an empty name; give every step a unique name`);
		}
		if (names.indexOf(name) !== index) {
			throw new Error(
				`step name "${name}" is used twice (steps ${names.indexOf(name) + 1} and ${index + 1}); ` +
					'names form the idempotency keys, so make each one unique',
			);
		}
		const kind = step.kind ?? 'compensatable';
		if (kind === 'pivot' && pivot !== undefined) {
			throw new Error(
				`step "${name}" (step ${index + 1}) is a second pivot after "${pivot}"; ` +
					'a saga has at most one pivot, so make the other compensatable or retriable',
			);
		}
		if (kind === 'pivot') pivot = name;
		const before = steps[index - 1];
		const beforeKind = before?.kind ?? 'compensatable';
		if (before && kindRank[kind] < kindRank[beforeKind]) {
			throw new Error(
				`step "${name}" (step ${index + 1}) is ${kind} but follows ${beforeKind} step ` +
					`"${before.name}"; order the steps compensatable, then the pivot, then retriable`,
			);
		}
	});
	return names;
}

function checkSameSteps(record: SagaRecord, stepNames: readonly string[]): void {
	if (record.stepNames.join('\u0000') !== stepNames.join('\u0000')) {
		throw new Error(
			`saga ${record.sagaId} was started with steps [${record.stepNames.join(', ')}] but resumed ` +
				`with [${stepNames.join(', ')}]: resume it with the step list it started with`,
		);
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
