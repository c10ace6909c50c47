/**
 * An orchestrated saga: a sequence of local transactions in different services, each with a
 * compensation that undoes it semantically (a refund for a charge, a release for a reservation).
 *
 * The orchestrator runs the steps in order and records progress in a {@link SagaLog} after each
 * one. If step N fails, it runs the compensations of steps N-1 down to 1, newest first, retrying
 * each with exponential backoff; a compensation that still fails after the last attempt stops the
 * saga in `needs-manual-intervention`, because running the older compensations past a stuck one
 * could leave the system in a state nobody designed for.
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

/** One local transaction in another service and the compensation that undoes it. */
export interface SagaStep {
	/** Unique within the saga; part of the idempotency keys, so never rename a live step. */
	readonly name: string;
	/** Performs the step; throws if it did not happen. */
	action(context: StepContext): Promise<void>;
	/** Undoes a completed action; must succeed eventually and be safe to repeat. */
	compensation(context: StepContext): Promise<void>;
}

/** Configuration for {@link SagaOrchestrator}. */
export interface SagaOrchestratorOptions {
	/** Where progress is recorded; must survive the process. */
	readonly log: SagaLog;
	/** Waits between compensation attempts; injected so tests run without real time. */
	readonly sleep: (ms: number) => Promise<void>;
	/** Attempts per compensation before giving up to an operator. Default 5. */
	readonly maxCompensationAttempts?: number;
	/** Delay before the first retry; doubles for each further one. Default 100 ms. */
	readonly baseRetryDelayMs?: number;
}

/** Runs sagas to completion, or compensates them, resuming from the log after a crash. */
export class SagaOrchestrator {
	private readonly log: SagaLog;
	private readonly sleep: (ms: number) => Promise<void>;
	private readonly maxAttempts: number;
	private readonly baseDelayMs: number;

	/** Throws RangeError for a maxCompensationAttempts below 1 or a negative delay. */
	constructor(options: SagaOrchestratorOptions) {
		this.log = options.log;
		this.sleep = options.sleep;
		this.maxAttempts = options.maxCompensationAttempts ?? 5;
		this.baseDelayMs = options.baseRetryDelayMs ?? 100;
		if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
			throw new RangeError(
				`maxCompensationAttempts must be an integer of at least 1, got ${this.maxAttempts}`,
			);
		}
		if (!(this.baseDelayMs >= 0)) {
			throw new RangeError(`baseRetryDelayMs must be 0 or more, got ${this.baseDelayMs}`);
		}
	}

	/**
	 * Starts the saga, or resumes it from its record. Returns the final record: `completed`,
	 * `compensated` or `needs-manual-intervention`. A finished saga is returned as it is. Errors
	 * from the log are not caught: they stand for a crash, and the caller runs the saga again.
	 */
	async run(sagaId: string, steps: readonly SagaStep[]): Promise<SagaRecord> {
		const stepNames = checkSteps(steps);
		let record = await this.log.load(sagaId);
		if (!record) {
			record = { sagaId, stepNames, status: 'running', completedSteps: 0, compensatedSteps: 0 };
			await this.log.save(record);
		} else if (record.stepNames.join('\u0000') !== stepNames.join('\u0000')) {
			throw new Error(
				`saga ${sagaId} was started with steps [${record.stepNames.join(', ')}] but resumed ` +
					`with [${stepNames.join(', ')}]: resume it with the step list it started with`,
			);
		}

		if (record.status === 'running') record = await this.runForward(record, steps);
		if (record.status === 'compensating') record = await this.compensate(record, steps);
		return record;
	}

	private async runForward(start: SagaRecord, steps: readonly SagaStep[]): Promise<SagaRecord> {
		let record = start;
		for (let index = record.completedSteps; index < steps.length; index += 1) {
			const step = steps[index]!;
			try {
				await step.action(this.context(record.sagaId, step, 'action', 1));
			} catch (error) {
				record = {
					...record,
					status: 'compensating',
					failedStep: step.name,
					lastError: messageOf(error),
				};
				await this.log.save(record);
				return record;
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
			const failure = await this.compensateWithRetries(record.sagaId, step);
			if (failure !== undefined) {
				record = {
					...record,
					status: 'needs-manual-intervention',
					stuckStep: step.name,
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
	private async compensateWithRetries(sagaId: string, step: SagaStep): Promise<string | undefined> {
		let lastError = '';
		for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
			try {
				await step.compensation(this.context(sagaId, step, 'compensation', attempt));
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
		step: SagaStep,
		kind: 'action' | 'compensation',
		attempt: number,
	): StepContext {
		return { sagaId, idempotencyKey: `${sagaId}:${step.name}:${kind}`, attempt };
	}
}

/** Returns the step names; throws for an empty list or a missing or repeated name. */
function checkSteps(steps: readonly SagaStep[]): string[] {
	if (steps.length === 0) throw new Error('a saga needs at least one step; pass a non-empty list');
	const names = steps.map((step) => step.name);
	names.forEach((name, index) => {
		if (name.trim() === '') {
			throw new Error(`step ${index + 1} has an empty name; give every step a unique name`);
		}
		if (names.indexOf(name) !== index) {
			throw new Error(
				`step name "${name}" is used twice (steps ${names.indexOf(name) + 1} and ${index + 1}); ` +
					'names form the idempotency keys, so make each one unique',
			);
		}
	});
	return names;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
