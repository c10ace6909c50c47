import { describe, expect, it } from 'vitest';
import { Broker } from '../../../../../src/reference/lld/pub-sub-broker/broker.ts';
import { consume } from '../../../../../src/reference/lld/pub-sub-broker/consumer.ts';
import type { DeadLetter } from '../../../../../src/reference/lld/pub-sub-broker/message.ts';
import {
	block,
	dropNewest,
} from '../../../../../src/reference/lld/pub-sub-broker/overflow-policy.ts';
import { manualClock } from '../../../support/manual-clock.ts';
import { settle, state } from '../../concurrency/helpers.ts';

/** A promise the test resolves by hand, standing in for a handler's slow I/O. */
function gate(): { promise: Promise<void>; open: () => void } {
	let open = () => {};
	const promise = new Promise<void>((resolve) => (open = resolve));
	return { promise, open };
}

describe('backpressure', () => {
	it('holds the publisher until the slow subscriber makes room, without delaying a fast one', async () => {
		const broker = new Broker(manualClock(0).now);
		const slow = broker.subscribe('t', { capacity: 1, overflow: block, delivery: 'at-most-once' });
		const fast = broker.subscribe('t', {
			capacity: 10,
			overflow: dropNewest,
			delivery: 'at-most-once',
		});
		await broker.publish('t', 1);
		const second = broker.publish('t', 2);
		await settle();
		expect(await state(second)).toBe('pending');
		expect(fast.receive(10).map((d) => d.message.payload)).toEqual([1, 2]);
		expect(slow.receive()[0]?.message.payload).toBe(1);
		expect(await second).toMatchObject({ matched: 2, queued: 2 });
		expect(slow.receive()[0]?.message.payload).toBe(2);
	});

	it('gives a freed slot to the publisher that waited for it, not to a newcomer', async () => {
		const broker = new Broker(manualClock(0).now);
		const sub = broker.subscribe('t', { capacity: 1, overflow: block, delivery: 'at-most-once' });
		await broker.publish('t', 'm0');
		const waiting = broker.publish('t', 'm1'); // blocks: the queue is full
		await settle();
		// The subscriber frees the slot, and in the same turn a second publisher arrives.
		expect(sub.receive()[0]?.message.payload).toBe('m0');
		const newcomer = broker.publish('t', 'm2');
		await settle();
		expect(sub.receive()[0]?.message.payload).toBe('m1');
		await settle();
		expect(sub.receive()[0]?.message.payload).toBe('m2');
		await Promise.all([waiting, newcomer]);
	});

	it('does not give a message to a subscription made while its publish was waiting', async () => {
		const broker = new Broker(manualClock(0).now);
		const full = broker.subscribe('t', { capacity: 1, overflow: block, delivery: 'at-most-once' });
		await broker.publish('t', 'm0');
		const waiting = broker.publish('t', 'm1');
		await settle();
		const late = broker.subscribe('t', { capacity: 5, overflow: block, delivery: 'at-most-once' });
		full.receive();
		expect(await waiting).toMatchObject({ matched: 1 });
		expect(late.receive()).toEqual([]);
	});
});

describe('unsubscribe while messages are in flight', () => {
	it('releases a publisher blocked on the subscription that left', async () => {
		const broker = new Broker(manualClock(0).now);
		const leaving = broker.subscribe('t', {
			capacity: 1,
			overflow: block,
			delivery: 'at-most-once',
		});
		const staying = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-most-once',
		});
		await broker.publish('t', 'm0');
		const blocked = broker.publish('t', 'm1');
		await settle();
		expect(await state(blocked)).toBe('pending');
		expect(broker.unsubscribe(leaving)).toBe(1); // m0 was still queued
		await settle();
		expect(await state(blocked)).toBe('fulfilled');
		expect(await blocked).toMatchObject({ matched: 2, queued: 1, closed: 1 });
		expect(staying.receive(5).map((d) => d.message.payload)).toEqual(['m0', 'm1']);
	});

	it('stops a consumer mid-handler: its ack is refused and nothing is redelivered', async () => {
		const clock = manualClock(0);
		const letters: DeadLetter[] = [];
		const broker = new Broker(clock.now);
		const sub = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-least-once',
			visibilityTimeoutMs: 1_000,
			deadLetters: { put: (l) => letters.push(l) },
		});
		const handling = gate();
		const seen: unknown[] = [];
		const loop = consume(sub, async (message) => {
			seen.push(message.payload);
			await handling.promise;
		});
		await broker.publish('t', 'a');
		await broker.publish('t', 'b');
		await settle();
		expect(seen).toEqual(['a']); // 'a' is in the handler, 'b' is queued
		expect(broker.unsubscribe(sub)).toBe(2);
		handling.open();
		expect(await loop).toEqual({ handled: 1, failed: 0, unconfirmed: 1 });
		clock.advance(5_000);
		expect(broker.requeueExpired()).toBe(0);
		expect(seen).toEqual(['a']);
		expect(letters).toEqual([]);
	});
});

describe('a consumer loop', () => {
	it('handles messages in order and acks each one', async () => {
		const broker = new Broker(manualClock(0).now);
		const sub = broker.subscribe('t', { capacity: 5, overflow: block, delivery: 'at-least-once' });
		const seen: unknown[] = [];
		const loop = consume(sub, (message) => {
			seen.push(message.payload);
			return Promise.resolve();
		});
		for (const n of [1, 2, 3]) await broker.publish('t', n);
		await settle();
		expect(seen).toEqual([1, 2, 3]);
		expect(sub.inFlight).toBe(0);
		broker.unsubscribe(sub);
		expect(await loop).toEqual({ handled: 3, failed: 0, unconfirmed: 0 });
	});

	it('sees a handler slower than the visibility timeout twice: at-least-once means duplicates', async () => {
		const clock = manualClock(0);
		const broker = new Broker(clock.now);
		const sub = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-least-once',
			visibilityTimeoutMs: 1_000,
		});
		const attempts: number[] = [];
		const loop = consume(sub, (_message, attempt) => {
			attempts.push(attempt);
			if (attempt === 1) clock.advance(1_500); // the first try outlives its lease
			return Promise.resolve();
		});
		await broker.publish('t', 'charge-42');
		await settle();
		expect(attempts).toEqual([1, 2]);
		broker.unsubscribe(sub);
		expect(await loop).toEqual({ handled: 2, failed: 0, unconfirmed: 1 });
	});

	it('waits while its prefetch is used up, and wakes when the ack frees the slot', async () => {
		const broker = new Broker(manualClock(0).now);
		const sub = broker.subscribe('t', { capacity: 5, overflow: block, delivery: 'at-least-once' });
		await broker.publish('t', 'a');
		await broker.publish('t', 'b');
		const [first] = sub.receive();
		// 'b' is ready but maxInFlight is 1: a consumer woken now would find nothing and spin.
		const readable = sub.whenReadable();
		await settle();
		expect(await state(readable)).toBe('pending');
		expect(sub.ack(first?.handle ?? '')).toBe('acked');
		expect(await state(readable)).toBe('fulfilled');
		expect(sub.receive()[0]?.message.payload).toBe('b');
	});

	it('nacks when the handler throws, then dead-letters after the last attempt', async () => {
		const letters: DeadLetter[] = [];
		const broker = new Broker(manualClock(0).now);
		const sub = broker.subscribe('t', {
			capacity: 5,
			overflow: block,
			delivery: 'at-least-once',
			maxAttempts: 2,
			deadLetters: { put: (l) => letters.push(l) },
		});
		const loop = consume(sub, () => Promise.reject(new Error('bad payload')));
		await broker.publish('t', 'poison');
		await settle();
		expect(letters.map((l) => l.attempts)).toEqual([2]);
		broker.unsubscribe(sub);
		expect(await loop).toEqual({ handled: 0, failed: 2, unconfirmed: 0 });
	});
});
