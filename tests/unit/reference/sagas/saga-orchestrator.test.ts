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

// The order saga from the page: create the order and reserve stock (compensatable), authorize
// the payment (the pivot), then book the shipment and approve the order (retriable). Each
// participant applies an idempotency key at most once, as a real service would with an inbox.

interface Participant {
	readonly step: SagaStep;
	/** Side effects actually applied, after deduplication. */
	readonly applied: string[];
	/** Every key the orchestrator sent, duplicates included. */
	readonly received: string[];
}

interface ParticipantOptions {
	readonly kind?: 'compensatable' | 'pivot' | 'retriable';
	/** How many action calls throw (changing nothing) before one succeeds; Infinity never does. */
	readonly actionFailures?: number;
	/** How many compensation calls throw before one succeeds; Infinity never does. */
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
	let actionFailuresLeft = options.actionFailures ?? 0;
	let compensationFailuresLeft = options.compensationFailures ?? 0;
	const applyOnce = (context: StepContext, what: string) => {
		received.push(context.idempotencyKey);
		journal.push(`${name}:${what}`);
		if (seen.has(context.idempotencyKey)) return;
		seen.add(context.idempotencyKey);
		applied.push(context.idempotencyKey);
	};
	const action = (context: StepContext) => {
		if (actionFailuresLeft > 0) {
			actionFailuresLeft -= 1;
			received.push(context.idempotencyKey);
			journal.push(`${name}:action-failed`);
			return Promise.reject(new Error(`${name} refused`));
		}
		applyOnce(context, 'action');
		return Promise.resolve();
	};
	const compensation = (context: StepContext) => {
		if (compensationFailuresLeft > 0) {
			compensationFailuresLeft -= 1;
			received.push(context.idempotencyKey);
			journal.push(`${name}:compensation-failed`);
			return Promise.reject(new Error(`${name} compensation unavailable`));
		}
		applyOnce(context, 'compensation');
		return Promise.resolve();
	};
	const kind = options.kind ?? 'compensatable';
	const step: SagaStep =
		kind === 'compensatable' ? { name, action, compensation } : { name, kind, action };
	return { step, applied, received };
}

interface OrderSagaFailures {
	readonly stock?: ParticipantOptions;
	readonly payment?: ParticipantOptions;
	readonly shipment?: ParticipantOptions;
}

function orderSaga(journal: string[], failures: OrderSagaFailures = {}) {
	const order = participant('create-order', journal);
	const stock = participant('reserve-stock', journal, failures.stock);
	const payment = participant('authorize-payment', journal, { ...failures.payment, kind: 'pivot' });
	const shipment = participant('book-shipment', journal, {
		...failures.shipment,
		kind: 'retriable',
	});
	const approval = participant('approve-order', journal, { kind: 'retriable' });
	const steps = [order.step, stock.step, payment.step, shipment.step, approval.step];
	return { order, stock, payment, shipment, approval, steps };
}

const allActions = [
	'create-order:action',
	'reserve-stock:action',
	'authorize-payment:action',
	'book-shipment:action',
	'approve-order:action',
];

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

function orchestrator(log: SagaLog = new InMemorySagaLog()) {
	const { sleep, delays } = fakeSleep();
	return { log, delays, saga: new SagaOrchestrator({ log, sleep }) };
}

describe('SagaOrchestrator', () => {
	it('runs every step in order and no compensation on the success path', async () => {
		const journal: string[] = [];
		const { steps, payment, approval } = orderSaga(journal);
		const { saga, delays } = orchestrator();

		const result = await saga.run('order-81', steps);

		expect(result.status).toBe('completed');
		expect(journal).toEqual(allActions);
		expect(payment.applied).toEqual(['order-81:authorize-payment:action']);
		expect(approval.applied).toEqual(['order-81:approve-order:action']);
		expect(delays).toEqual([]);
	});

	it('releases the stock, then cancels the order, when the pivot (payment) is declined', async () => {
		const journal: string[] = [];
		const { steps, order, stock, payment, shipment } = orderSaga(journal, {
			payment: { actionFailures: Infinity },
		});
		const { saga } = orchestrator();

		const result = await saga.run('order-82', steps);

		expect(journal).toEqual([
			'create-order:action',
			'reserve-stock:action',
			'authorize-payment:action-failed',
			'reserve-stock:compensation',
			'create-order:compensation',
		]);
		expect(result).toMatchObject({
			status: 'compensated',
			failedStep: 'authorize-payment',
			lastError: 'authorize-payment refused',
			completedSteps: 2,
			compensatedSteps: 2,
		});
		expect(stock.applied).toEqual([
			'order-82:reserve-stock:action',
			'order-82:reserve-stock:compensation',
		]);
		expect(order.applied).toContain('order-82:create-order:compensation');
		// The declined authorization changed nothing, and nothing after the pivot ran.
		expect(payment.applied).toEqual([]);
		expect(shipment.received).toEqual([]);
	});

	it('undoes only the order when the stock reservation fails', async () => {
		const journal: string[] = [];
		const { steps, payment } = orderSaga(journal, { stock: { actionFailures: Infinity } });
		const { saga } = orchestrator();

		const result = await saga.run('order-83', steps);

		expect(result).toMatchObject({ status: 'compensated', failedStep: 'reserve-stock' });
		expect(journal).toEqual([
			'create-order:action',
			'reserve-stock:action-failed',
			'create-order:compensation',
		]);
		expect(payment.received).toEqual([]);
	});

	it('retries a failing step after the pivot with the same key, and never undoes the payment', async () => {
		const journal: string[] = [];
		const { steps, payment, shipment } = orderSaga(journal, {
			shipment: { actionFailures: 2 },
		});
		const { saga, delays } = orchestrator();

		const result = await saga.run('order-84', steps);

		expect(result.status).toBe('completed');
		expect(delays).toEqual([100, 200]);
		expect(shipment.received).toEqual([
			'order-84:book-shipment:action',
			'order-84:book-shipment:action',
			'order-84:book-shipment:action',
		]);
		expect(journal.filter((entry) => entry.endsWith(':compensation'))).toEqual([]);
		expect(payment.applied).toEqual(['order-84:authorize-payment:action']);
	});

	it('hands a step after the pivot to an operator once its retries run out, compensating nothing', async () => {
		const journal: string[] = [];
		const { steps, approval } = orderSaga(journal, {
			shipment: { actionFailures: Infinity },
		});
		const { saga, delays, log } = orchestrator();

		const result = await saga.run('order-85', steps);

		expect(result).toMatchObject({
			status: 'needs-manual-intervention',
			stuckStep: 'book-shipment',
			stuckPhase: 'action',
			lastError: 'book-shipment refused',
			completedSteps: 3,
		});
		expect(delays).toEqual([100, 200, 400, 800]);
		expect(journal.filter((entry) => entry.endsWith(':compensation'))).toEqual([]);
		expect(approval.received).toEqual([]);
		expect(await log.load('order-85')).toEqual(result);
	});

	it('resumes after a crash that followed step two, without running steps one or two again', async () => {
		const journal: string[] = [];
		const { steps, order, stock } = orderSaga(journal);
		const durable = new InMemorySagaLog();
		// Saves: 1 start, 2 after step one, 3 after step two; the third lands, then the process dies.
		await expect(
			orchestrator(crashingLog(durable, 3, true)).saga.run('order-86', steps),
		).rejects.toThrow('process crashed');
		expect((await durable.load('order-86'))?.completedSteps).toBe(2);

		const result = await orchestrator(durable).saga.run('order-86', steps);

		expect(result.status).toBe('completed');
		expect(journal).toEqual(allActions);
		expect(order.received).toHaveLength(1);
		expect(stock.received).toHaveLength(1);
	});

	it('authorizes once when the crash comes after the authorization but before its progress was saved', async () => {
		const journal: string[] = [];
		const { steps, payment } = orderSaga(journal);
		const durable = new InMemorySagaLog();
		// Saves: 1 start, 2 and 3 after steps one and two; the card is authorized, then the
		// process dies before save 4 records it.
		await expect(
			orchestrator(crashingLog(durable, 4, false)).saga.run('order-87', steps),
		).rejects.toThrow('process crashed');
		expect((await durable.load('order-87'))?.completedSteps).toBe(2);

		const result = await orchestrator(durable).saga.run('order-87', steps);

		expect(result.status).toBe('completed');
		// The resumed saga calls the payment again, with the same key, and the service dedupes it.
		expect(payment.received).toEqual([
			'order-87:authorize-payment:action',
			'order-87:authorize-payment:action',
		]);
		expect(payment.applied).toEqual(['order-87:authorize-payment:action']);
	});

	it('retries a compensation that fails twice, with doubling delays, until it succeeds', async () => {
		const journal: string[] = [];
		const { steps, stock } = orderSaga(journal, {
			stock: { compensationFailures: 2 },
			payment: { actionFailures: Infinity },
		});
		const { saga, delays } = orchestrator();

		const result = await saga.run('order-88', steps);

		expect(result.status).toBe('compensated');
		expect(journal.slice(3)).toEqual([
			'reserve-stock:compensation-failed',
			'reserve-stock:compensation-failed',
			'reserve-stock:compensation',
			'create-order:compensation',
		]);
		expect(delays).toEqual([100, 200]);
		expect(stock.applied).toEqual([
			'order-88:reserve-stock:action',
			'order-88:reserve-stock:compensation',
		]);
	});

	it('stops in needs-manual-intervention when a compensation never succeeds, and stays there', async () => {
		const journal: string[] = [];
		const { steps } = orderSaga(journal, {
			stock: { compensationFailures: Infinity },
			payment: { actionFailures: Infinity },
		});
		const { saga, delays, log } = orchestrator();

		const result = await saga.run('order-89', steps);

		expect(result).toMatchObject({
			status: 'needs-manual-intervention',
			stuckStep: 'reserve-stock',
			stuckPhase: 'compensation',
			lastError: 'reserve-stock compensation unavailable',
			compensatedSteps: 0,
		});
		expect(delays).toEqual([100, 200, 400, 800]);
		// The older compensation is not run past the stuck one.
		expect(journal).not.toContain('create-order:compensation');
		expect(await log.load('order-89')).toEqual(result);

		// Running it again does nothing: an operator must resolve it.
		const before = journal.length;
		expect(await saga.run('order-89', steps)).toEqual(result);
		expect(journal).toHaveLength(before);
	});

	it('finishes the older compensations once an operator marks the stuck one done by hand', async () => {
		const journal: string[] = [];
		const { steps, stock, order } = orderSaga(journal, {
			stock: { compensationFailures: Infinity },
			payment: { actionFailures: Infinity },
		});
		const { saga } = orchestrator();
		await saga.run('order-90', steps);

		const result = await saga.resolve('order-90', steps, 'done-by-hand');

		expect(result).toMatchObject({ status: 'compensated', compensatedSteps: 2 });
		expect(result.stuckStep).toBeUndefined();
		expect(order.applied).toContain('order-90:create-order:compensation');
		// Done by hand: the orchestrator did not call the stuck compensation again.
		expect(stock.applied).not.toContain('order-90:reserve-stock:compensation');
	});

	it('calls the stuck step again, with the same key, when an operator chooses retry', async () => {
		const journal: string[] = [];
		// The courier API is down for five attempts, then recovers.
		const { steps, shipment, approval } = orderSaga(journal, {
			shipment: { actionFailures: 5 },
		});
		const { saga } = orchestrator();
		expect((await saga.run('order-91', steps)).status).toBe('needs-manual-intervention');

		const result = await saga.resolve('order-91', steps, 'retry');

		expect(result.status).toBe('completed');
		expect(new Set(shipment.received)).toEqual(new Set(['order-91:book-shipment:action']));
		expect(shipment.applied).toEqual(['order-91:book-shipment:action']);
		expect(approval.applied).toEqual(['order-91:approve-order:action']);
	});

	it('refuses to resolve a saga that is not stuck', async () => {
		const { steps } = orderSaga([]);
		const { saga } = orchestrator();
		await saga.run('order-92', steps);

		await expect(saga.resolve('order-92', steps, 'retry')).rejects.toThrow(
			'saga order-92 is completed, not needs-manual-intervention',
		);
		await expect(saga.resolve('order-93', steps, 'retry')).rejects.toThrow(
			'saga order-93 has no record; start it with run()',
		);
	});

	it('continues compensation after a crash, without repeating compensations already recorded', async () => {
		const journal: string[] = [];
		const { steps, stock, order } = orderSaga(journal, { payment: { actionFailures: Infinity } });
		const durable = new InMemorySagaLog();
		// Saves: 1 start, 2 and 3 after steps one and two, 4 compensating, 5 after undoing step two.
		await expect(
			orchestrator(crashingLog(durable, 5, true)).saga.run('order-94', steps),
		).rejects.toThrow('process crashed');

		const result = await orchestrator(durable).saga.run('order-94', steps);

		expect(result.status).toBe('compensated');
		expect(stock.received.filter((key) => key.endsWith(':compensation'))).toHaveLength(1);
		expect(order.applied).toEqual([
			'order-94:create-order:action',
			'order-94:create-order:compensation',
		]);
	});

	it('refuses duplicate names, kinds out of order, two pivots and a changed step list', async () => {
		const journal: string[] = [];
		const { steps, order, payment, shipment } = orderSaga(journal);
		const { saga } = orchestrator();

		await expect(saga.run('order-95', [order.step, order.step])).rejects.toThrow(
			'step name "create-order" is used twice (steps 1 and 2)',
		);
		await expect(saga.run('order-95', [payment.step, order.step])).rejects.toThrow(
			'step "create-order" (step 2) is compensatable but follows pivot step "authorize-payment"',
		);
		await expect(saga.run('order-95', [shipment.step, payment.step])).rejects.toThrow(
			'step "authorize-payment" (step 2) is pivot but follows retriable step "book-shipment"',
		);
		const secondPivot = participant('capture-payment', journal, { kind: 'pivot' });
		await expect(saga.run('order-95', [payment.step, secondPivot.step])).rejects.toThrow(
			'step "capture-payment" (step 2) is a second pivot after "authorize-payment"',
		);
		expect(journal).toEqual([]);

		await saga.run('order-96', steps);
		await expect(saga.run('order-96', steps.slice(0, 2))).rejects.toThrow(
			'resume it with the step list it started with',
		);
	});
});
