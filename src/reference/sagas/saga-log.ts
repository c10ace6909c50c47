/**
 * The durable record a saga orchestrator keeps for each saga: how far the forward steps got,
 * how far compensation got, and how it ended. The orchestrator writes it after every step, so
 * a process that crashes can be replaced by another that reads the record and carries on.
 *
 * In production this is a row in the orchestrator's own database (or the history of a workflow
 * engine such as Temporal or AWS Step Functions); the in-memory version here is for tests.
 */

/** Where one saga stands. */
export type SagaStatus =
	'running' | 'compensating' | 'completed' | 'compensated' | 'needs-manual-intervention';

/** One saga's progress, as persisted after every step. */
export interface SagaRecord {
	/** The saga's id; with a step name it forms every idempotency key the saga sends. */
	readonly sagaId: string;
	/** The step names in order, so a resumed saga can check it runs the same definition. */
	readonly stepNames: readonly string[];
	readonly status: SagaStatus;
	/** How many steps, from the first, have completed their forward action. */
	readonly completedSteps: number;
	/** How many of the completed steps, from the last one back, have been compensated. */
	readonly compensatedSteps: number;
	/** The step whose action failed, once compensation has started. */
	readonly failedStep?: string;
	/** The step that gave up after its last attempt, when the status is needs-manual-intervention. */
	readonly stuckStep?: string;
	/** Whether the stuck step's action (a retriable step) or its compensation gave up. */
	readonly stuckPhase?: 'action' | 'compensation';
	/** The last error message seen, for the operator. */
	readonly lastError?: string;
}

/** Durable storage for saga records. `save` must be durable before it resolves. */
export interface SagaLog {
	/** The record for `sagaId`, or undefined if the saga has never started. */
	load(sagaId: string): Promise<SagaRecord | undefined>;
	/** Replaces the record for `record.sagaId`. */
	save(record: SagaRecord): Promise<void>;
}

/** A saga log held in memory; copies on the way in and out, as a database would. */
export class InMemorySagaLog implements SagaLog {
	private readonly records = new Map<string, SagaRecord>();

	load(sagaId: string): Promise<SagaRecord | undefined> {
		const record = this.records.get(sagaId);
		return Promise.resolve(record && { ...record, stepNames: [...record.stepNames] });
	}

	save(record: SagaRecord): Promise<void> {
		this.records.set(record.sagaId, { ...record, stepNames: [...record.stepNames] });
		return Promise.resolve();
	}
}
