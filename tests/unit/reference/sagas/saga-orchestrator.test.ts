import { describe, it, expect } from 'vitest';
import {
	SagaOrchestrator,
	type SagaStep,
	type StepContext,
} from '../../../../src/reference/sagas/saga-orchestrator.ts';
import {
	InMemorySagaLog,
	type SagaLog,
	type SagaRecord,
} from '../../../../src/reference/sagas/saga-log.ts';

// An order saga: reserve stock, charge the card, book the shipment. Each participant applies
// an idempotency key at most once, as a real service would with a processed-keys table.

interface Participant {
	readonly step: SagaStep;
	/** Side effects actually applied, after deduplication. */
	readonly applied: string[];
	/** Every key the orchestrator sent, duplicates included. */
	readonly received: string[];
}

interface ParticipantOptions {
	/** The action throws (without applying anything) on every call. */
	readonly actionFails?: boolean;
	/** How many compensation calls throw before one succeeds; Infinity never succeeds. */
	readonly compensationFailures?: number;
}

function participant(
	name: string,
	journal: string[],
	options: ParticipantOptions = {},
): Participant {
	const applied: string[] = [];
	const received: string[] = [];
	const seen = new Set<string>();
	let compensationFailuresLeft = options.compensationFailures ?? 0;
	const applyOnce = (context: StepContext, what: string) => {
		received.push(context.idempotencyKey);
		journal.push(`${name}:${what}`);
		if (seen.has(context.idempotencyKey)) return;
		seen.add(context.idempotencyKey);
		applied.push(context.idempotencyKey);
	};
	return {
		applied,
		received,
		step: {
			name,
			action: (context) => {
				if (options.actionFails) {
					journal.push(`${name}:action-failed`);
					return Promise.reject(new Error(`${name} refused`));
				}
				applyOnce(context, 'action');
				return Promise.resolve();
			},
			compensation: (context) => {
				if (compensationFailuresLeft > 0) {
					compensationFailuresLeft -= 1;
					journal.push(`${name}:compensation-failed`);
					return Promise.reject(new Error(`${name} compensation unavailable`));
				}
				applyOnce(context, 'compensation');
				return Promise.resolve();
			},
		},
	};
}

/** Records the delays the orchestrator asks for instead of waiting. */
function fakeSleep() {
	const delays: number[] = [];
	return {
		delays,
		sleep: (ms: number) => {
			delays.push(ms);
			return Promise.resolve();
		},
	};
}

/**
 * A log that simulates the process dying at its nth save: with `persist` true the write lands
 * and then the process dies; with `persist` false it dies before the write lands.
 */
function crashingLog(inner: SagaLog, crashAtSave: number, persist: boolean): SagaLog {
	let saves = 0;
	return {
		load: (sagaId) => inner.load(sagaId),
		save: async (record: SagaRecord) => {
			saves += 1;
			if (saves === crashAtSave) {
				if (persist) await inner.save(record);
				throw new Error('process crashed');
			}
			await inner.save(record);
		},
	};
}

function orderSaga(journal: string[], options: { shipmentFails?: boolean } = {}) {
	const stock = participant('reserve-stock', journal);
	const card = participant('charge-card', journal);
	const shipment = participant('book-shipment', journal, { actionFails: options.shipmentFails });
	return { stock, card, shipment, steps: [stock.step, card.step, shipment.step] };
}

describe('SagaOrchestrator', () => {
	it('runs every step in order and no compensation on the success path', async () => {
		const journal: string[] = [];
		const { steps, stock, card, shipment } = orderSaga(journal);
		const { sleep, delays } = fakeSleep();
		const orchestrator = new SagaOrchestrator({ log: new InMemorySagaLog(), sleep });

		const result = await orchestrator.run('order-81', steps);

		expect(result.status).toBe('completed');
		expect(journal).toEqual(['reserve-stock:action', 'charge-card:action', 'book-shipment:action']);
		expect([stock.applied, card.applied, shipment.applied]).toEqual([
			['order-81:reserve-stock:action'],
			['order-81:charge-card:action'],
			['order-81:book-shipment:action'],
		]);
		expect(delays).toEqual([]);
	});

	it('undoes step two and then step one, newest first, when step three fails', async () => {
		const journal: string[] = [];
		const { steps, stock, card, shipment } = orderSaga(journal, { shipmentFails: true });
		const orchestrator = new SagaOrchestrator({
			log: new InMemorySagaLog(),
			sleep: fakeSleep().sleep,
		});

		const result = await orchestrator.run('order-82', steps);

		expect(journal).toEqual([
			'reserve-stock:action',
			'charge-card:action',
			'book-shipment:action-failed',
			'charge-card:compensation',
			'reserve-stock:compensation',
		]);
		expect(result).toMatchObject({
			status: 'compensated',
			failedStep: 'book-shipment',
			lastError: 'book-shipment refused',
			completedSteps: 2,
			compensatedSteps: 2,
		});
		expect(card.applied).toEqual([
			'order-82:charge-card:action',
			'order-82:charge-card:compensation',
		]);
		expect(stock.applied).toContain('order-82:reserve-stock:compensation');
		// The failed step changed nothing, so it has nothing to compensate.
		expect(shipment.applied).toEqual([]);
	});

	it('resumes after a crash that followed step two, without running steps one or two again', async () => {
		const journal: string[] = [];
		const { steps, stock, card, shipment } = orderSaga(journal);
		const durable = new InMemorySagaLog();
		// Saves: 1 start, 2 after step one, 3 after step two; the third lands, then the process dies.
		const first = new SagaOrchestrator({
			log: crashingLog(durable, 3, true),
			sleep: fakeSleep().sleep,
		});
		await expect(first.run('order-83', steps)).rejects.toThrow('process crashed');
		expect((await durable.load('order-83'))?.completedSteps).toBe(2);

		const second = new SagaOrchestrator({ log: durable, sleep: fakeSleep().sleep });
		const result = await second.run('order-83', steps);

		expect(result.status).toBe('completed');
		expect(journal).toEqual(['reserve-stock:action', 'charge-card:action', 'book-shipment:action']);
		expect(stock.received).toHaveLength(1);
		expect(card.received).toHaveLength(1);
		expect(shipment.applied).toEqual(['order-83:book-shipment:action']);
	});

	it('charges once when the crash comes after the charge but before its progress was saved', async () => {
		const journal: string[] = [];
		const { steps, card } = orderSaga(journal);
		const durable = new InMemorySagaLog();
		// The card is charged, then the process dies before the log records step two.
		const first = new SagaOrchestrator({
			log: crashingLog(durable, 3, false),
			sleep: fakeSleep().sleep,
		});
		await expect(first.run('order-84', steps)).rejects.toThrow('process crashed');
		expect((await durable.load('order-84'))?.completedSteps).toBe(1);

		const result = await new SagaOrchestrator({ log: durable, sleep: fakeSleep().sleep }).run(
			'order-84',
			steps,
		);

		expect(result.status).toBe('completed');
		// The resumed saga calls the charge again, with the same key, and the service dedupes it.
		expect(card.received).toEqual(['order-84:charge-card:action', 'order-84:charge-card:action']);
		expect(card.applied).toEqual(['order-84:charge-card:action']);
	});

	it('retries a compensation that fails twice, with doubling delays, until it succeeds', async () => {
		const journal: string[] = [];
		const stock = participant('reserve-stock', journal);
		const card = participant('charge-card', journal, { compensationFailures: 2 });
		const shipment = participant('book-shipment', journal, { actionFails: true });
		const { sleep, delays } = fakeSleep();
		const orchestrator = new SagaOrchestrator({ log: new InMemorySagaLog(), sleep });

		const result = await orchestrator.run('order-85', [stock.step, card.step, shipment.step]);

		expect(result.status).toBe('compensated');
		expect(journal.slice(3)).toEqual([
			'charge-card:compensation-failed',
			'charge-card:compensation-failed',
			'charge-card:compensation',
			'reserve-stock:compensation',
		]);
		expect(delays).toEqual([100, 200]);
		expect(card.applied).toEqual([
			'order-85:charge-card:action',
			'order-85:charge-card:compensation',
		]);
	});

	it('stops in needs-manual-intervention when a compensation never succeeds', async () => {
		const journal: string[] = [];
		const stock = participant('reserve-stock', journal);
		const card = participant('charge-card', journal, { compensationFailures: Infinity });
		const shipment = participant('book-shipment', journal, { actionFails: true });
		const steps = [stock.step, card.step, shipment.step];
		const { sleep, delays } = fakeSleep();
		const log = new InMemorySagaLog();
		const orchestrator = new SagaOrchestrator({ log, sleep, maxCompensationAttempts: 5 });

		const result = await orchestrator.run('order-86', steps);

		expect(result).toMatchObject({
			status: 'needs-manual-intervention',
			stuckStep: 'charge-card',
			lastError: 'charge-card compensation unavailable',
			compensatedSteps: 0,
		});
		expect(delays).toEqual([100, 200, 400, 800]);
		// The older compensation is not run past the stuck one.
		expect(journal).not.toContain('reserve-stock:compensation');
		expect(await log.load('order-86')).toEqual(result);

		// Running it again does nothing: an operator must resolve it.
		const before = journal.length;
		expect(await orchestrator.run('order-86', steps)).toEqual(result);
		expect(journal).toHaveLength(before);
	});

	it('continues compensation after a crash, without repeating compensations already recorded', async () => {
		const journal: string[] = [];
		const { steps, stock, card } = orderSaga(journal, { shipmentFails: true });
		const durable = new InMemorySagaLog();
		// Saves: 1 start, 2 and 3 after steps one and two, 4 compensating, 5 after undoing step two.
		const first = new SagaOrchestrator({
			log: crashingLog(durable, 5, true),
			sleep: fakeSleep().sleep,
		});
		await expect(first.run('order-87', steps)).rejects.toThrow('process crashed');

		const result = await new SagaOrchestrator({ log: durable, sleep: fakeSleep().sleep }).run(
			'order-87',
			steps,
		);

		expect(result.status).toBe('compensated');
		expect(card.received.filter((key) => key.endsWith(':compensation'))).toHaveLength(1);
		expect(stock.applied).toEqual([
			'order-87:reserve-stock:action',
			'order-87:reserve-stock:compensation',
		]);
	});

	it('refuses duplicate step names and a changed step list on resume', async () => {
		const journal: string[] = [];
		const { steps } = orderSaga(journal);
		const orchestrator = new SagaOrchestrator({
			log: new InMemorySagaLog(),
			sleep: fakeSleep().sleep,
		});

		await expect(orchestrator.run('order-88', [steps[0]!, steps[0]!])).rejects.toThrow(
			'step name "reserve-stock" is used twice (steps 1 and 2)',
		);

		await orchestrator.run('order-89', steps);
		await expect(orchestrator.run('order-89', steps.slice(0, 2))).rejects.toThrow(
			'resume it with the step list it started with',
		);
	});
});
