import { describe, expect, it } from 'vitest';
import {
	TopicPattern,
	assertTopic,
} from '../../../../../src/reference/lld/pub-sub-broker/topic-pattern.ts';

const matches = (pattern: string, topic: string) => new TopicPattern(pattern).matches(topic);

describe('TopicPattern', () => {
	it('matches an exact pattern to its own topic only', () => {
		expect(new TopicPattern('orders.created').isExact).toBe(true);
		expect(matches('orders.created', 'orders.created')).toBe(true);
		expect(matches('orders.created', 'orders.created.eu')).toBe(false);
	});

	it('lets * stand for exactly one word', () => {
		expect(new TopicPattern('orders.*').isExact).toBe(false);
		expect(matches('orders.*', 'orders.created')).toBe(true);
		expect(matches('orders.*', 'orders')).toBe(false);
		expect(matches('orders.*', 'orders.eu.created')).toBe(false);
		expect(matches('*.created', 'payments.created')).toBe(true);
	});

	it('lets # stand for zero or more words', () => {
		expect(matches('orders.#', 'orders')).toBe(true);
		expect(matches('orders.#', 'orders.created')).toBe(true);
		expect(matches('orders.#', 'orders.eu.created')).toBe(true);
		expect(matches('#.failed', 'payments.card.failed')).toBe(true);
		expect(matches('#.failed', 'payments.card.settled')).toBe(false);
		expect(matches('a.#.z', 'a.z')).toBe(true);
		expect(matches('a.#.z', 'a.b.c.z')).toBe(true);
		expect(matches('#', 'anything.at.all')).toBe(true);
	});

	it('rejects a pattern with an empty word or a wildcard inside a word, naming it', () => {
		expect(() => new TopicPattern('orders..created')).toThrow(/word 2 is empty/);
		expect(() => new TopicPattern('orders.cre*')).toThrow(/"cre\*".*whole word/);
	});

	it('refuses to publish to a wildcard topic', () => {
		expect(() => {
			assertTopic('orders.*');
		}).toThrow(/word 2 is a wildcard/);
		expect(() => {
			assertTopic('orders.created');
		}).not.toThrow();
	});
});
