import { describe, expect, it } from 'vitest';
import { Broker } from '../../../../../src/reference/lld/pub-sub-broker/broker.ts';
import type { DeadLetter } from '../../../../../src/reference/lld/pub-sub-broker/message.ts';
import {
	block,
	dropNewest,
	dropOldest,
} from '../../../../../src/reference/lld/pub-sub-broker/overflow-policy.ts';
import type { Subscription } from '../../../../../src/reference/lld/pub-sub-broker/subscription.ts';
import { manualClock } from '../../../support/manual-clock.ts';

const ids = (subscription: Subscription, max = 10) =>
	subscription.receive(max).map((d) => d.message.payload);

function setup() {
	const clock = manualClock(0);
	const letters: DeadLetter[] = [];
	const broker = new Broker(clock.now);
	return { clock, broker, letters, sink: { put: (l: DeadLetter) => letters.push(l) } };
}

describe('routing', () => {
	it('delivers to exact and wildcard subscriptions that match, and to no other', async () => {
		const { broker } = setup();
		const opts = { capacity: 10, overflow: dropNewest, delivery: 'at-most-once' } as const;
		const exact = broker.subscribe('orders.created', opts);
		const star = broker.subscribe('orders.*', opts);
		const other = broker.subscribe('payments.#', opts);
		const report = await broker.publish('orders.created', 'o1');
		await broker.publish('orders.cancelled', 'o2');
		expect(report).toMatchObject({ matched: 2, queued: 2 });
		expect(ids(exact)).toEqual(['o1']);
		expect(ids(star)).toEqual(['o1', 'o2']);
		expect(ids(other)).toEqual([]);
	});

	it('keeps publish order per subscriber', async () => {
		const { broker } = setup();
		const sub = broker.subscribe('t', { capacity: 100, overflow: block, delivery: 'at-most-once' });
		await Promise.all(Array.from({ length: 50 }, (_, i) => broker.publish('t', i)));
		expect(ids(sub, 100)).toEqual(Array.from({ length: 50 }, (_, i) => i));
	});
});

describe('overflow policies', () => {
	it('drop-oldest keeps the newest messages and reports the eviction', async () => {
		const { broker } = setup();
		const sub = broker.subscribe('t', {
			capacity: 2,
			overflow: dropOldest,
			delivery: 'at-most-once',
		});
		await broker.publish('t', 1);
		await broker.publish('t', 2);
		const report = await broker.publish('t', 3);
		expect(report).toMatchObject({ queued: 1, evicted: 1 });
		expect(ids(sub)).toEqual([2, 3]);
	});

	it('drop-newest keeps what is queued and rejects the new message', async () => {
		const { broker } = setup();
		const sub = broker.subscribe('t', {
			capacity: 2,
			overflow: dropNewest,
			delivery: 'at-most-once',
		});
		await broker.publish('t', 1);
		await broker.publish('t', 2);
		const report = await broker.publish('t', 3);
		expect(report).toMatchObject({ queued: 0, rejected: 1 });
		expect(ids(sub)).toEqual([1, 2]);
	});

	it('names the bad option and the fix', () => {
		const { broker } = setup();
		expect(() =>
			broker.subscribe('t', { capacity: 0, overflow: block, delivery: 'at-most-once' }),
		).toThrow(/options\.capacity is 0; it must be a whole number of at least 1/);
	});
});

describe('delivery guarantees', () => {
	it('at-most-once forgets a message once handed over', async () => {
		const { broker, clock } = setup();
		const sub = broker.subscribe('t', { capacity: 5, overflow: block, delivery: 'at-most-once' });
		await broker.publish('t', 'a');
		const [delivery] = sub.receive();
		expect(delivery?.handle).toBeUndefined();
		clock.advance(3_600_000);
		expect(broker.requeueExpired()).toBe(0);
		expect(sub.receive()).toEqual([]);
	});

	it('at-least-once keeps an acked message gone', async () => {
		const { broker, clock } = setup();
		const sub = broker.subscribe('t', { capacity: 5, overflow: block, delivery: 'at-least-once' });
		await broker.publish('t', 'a');
		const [delivery] = sub.receive();
		expect(sub.ack(delivery?.handle ?? '')).toBe('acked');
		expect(sub.ack(delivery?.handle ?? '')).toBe('unknown');
		clock.advance(60_000);
		expect(sub.receive()).toEqual([]);
	});

	it('redelivers after the visibility timeout, ahead of newer messages', async () => {
		const { broker, clock } = setup();
		const sub = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-least-once',
			visibilityTimeoutMs: 1_000,
		});
		await broker.publish('t', 'a');
		await broker.publish('t', 'b');
		const [first] = sub.receive();
		clock.advance(999);
		expect(sub.receive()).toEqual([]); // prefetch 1: 'a' is still in flight
		clock.advance(1);
		const [again] = sub.receive();
		expect(again).toMatchObject({ message: { payload: 'a' }, attempt: 2 });
		expect(sub.ack(first?.handle ?? '')).toBe('unknown'); // the old attempt's handle is dead
	});

	it('treats an ack after the deadline as a timeout and redelivers', async () => {
		const { broker, clock } = setup();
		const sub = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-least-once',
			visibilityTimeoutMs: 1_000,
		});
		await broker.publish('t', 'a');
		const [delivery] = sub.receive();
		clock.advance(1_000);
		expect(sub.ack(delivery?.handle ?? '')).toBe('expired');
		expect(sub.receive()[0]).toMatchObject({ message: { payload: 'a' }, attempt: 2 });
	});

	it('limits unacknowledged deliveries to maxInFlight', async () => {
		const { broker } = setup();
		const sub = broker.subscribe('t', {
			capacity: 10,
			overflow: block,
			delivery: 'at-least-once',
			maxInFlight: 2,
		});
		for (const n of [1, 2, 3]) await broker.publish('t', n);
		expect(ids(sub, 5)).toEqual([1, 2]);
		expect(sub.inFlight).toBe(2);
		expect(sub.depth).toBe(1);
	});

	it('dead-letters after maxAttempts nacks', async () => {
		const { broker, letters, sink } = setup();
		const sub = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-least-once',
			maxAttempts: 3,
			deadLetters: sink,
		});
		await broker.publish('t', 'poison');
		const results = [1, 2, 3].map(() => sub.nack(sub.receive()[0]?.handle ?? ''));
		expect(results).toEqual(['requeued', 'requeued', 'dead-lettered']);
		expect(letters.map((l) => [l.message.payload, l.attempts, l.reason])).toEqual([
			['poison', 3, 'nacked'],
		]);
		expect(sub.receive()).toEqual([]);
	});

	it('dead-letters after maxAttempts visibility timeouts', async () => {
		const { broker, clock, letters, sink } = setup();
		const sub = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-least-once',
			maxAttempts: 2,
			visibilityTimeoutMs: 100,
			deadLetters: sink,
		});
		await broker.publish('t', 'slow');
		expect(sub.receive()[0]?.attempt).toBe(1);
		clock.advance(100);
		expect(sub.receive()[0]?.attempt).toBe(2);
		clock.advance(100);
		expect(broker.requeueExpired()).toBe(1);
		expect(letters.map((l) => [l.attempts, l.reason])).toEqual([[2, 'visibility-timeout']]);
		expect(sub.receive()).toEqual([]);
	});
});
