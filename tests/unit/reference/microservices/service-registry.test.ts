import { describe, it, expect } from 'vitest';
import {
	RoundRobinClient,
	ServiceRegistry,
} from '../../../../src/reference/microservices/service-registry.ts';
import { manualClock } from '../../support/manual-clock.ts';

const payments = (id: string) => ({ service: 'payments', id, address: `${id}:8080` });

function setup() {
	const clock = manualClock(0);
	const registry = new ServiceRegistry({ now: clock.now, ttlMs: 30_000 });
	for (const id of ['pay-a', 'pay-b', 'pay-c']) registry.register(payments(id));
	return { clock, registry, client: new RoundRobinClient(registry, 'payments') };
}

describe('ServiceRegistry and RoundRobinClient', () => {
	it('spreads calls evenly over the healthy instances, in turn', () => {
		const { client } = setup();
		const picks = Array.from({ length: 6 }, () => client.next()?.id);
		expect(picks).toEqual(['pay-a', 'pay-b', 'pay-c', 'pay-a', 'pay-b', 'pay-c']);
	});

	it('keeps instances that heartbeat within the TTL and drops one that stops', () => {
		const { clock, registry, client } = setup();
		// pay-c crashes; the others heartbeat every 10 s.
		for (let t = 0; t < 3; t += 1) {
			clock.advance(10_000);
			expect(registry.heartbeat('payments', 'pay-a')).toBe(true);
			expect(registry.heartbeat('payments', 'pay-b')).toBe(true);
		}
		// 30 s after its last heartbeat, pay-c is no longer listed or chosen.
		expect(registry.healthy('payments').map((i) => i.id)).toEqual(['pay-a', 'pay-b']);
		const picks = Array.from({ length: 4 }, () => client.next()?.id);
		expect(picks).toEqual(['pay-a', 'pay-b', 'pay-a', 'pay-b']);
	});

	it('still lists an instance one millisecond before its TTL runs out', () => {
		const { clock, registry } = setup();
		clock.advance(29_999);
		expect(registry.healthy('payments')).toHaveLength(3);
		clock.advance(1);
		expect(registry.healthy('payments')).toHaveLength(0);
	});

	it('makes an expired instance register again instead of reviving it by heartbeat', () => {
		const { clock, registry } = setup();
		clock.advance(45_000);
		expect(registry.heartbeat('payments', 'pay-a')).toBe(false);
		expect(registry.healthy('payments')).toEqual([]);
		registry.register(payments('pay-a'));
		expect(registry.healthy('payments').map((i) => i.id)).toEqual(['pay-a']);
	});

	it('removes a cleanly shut down instance at once and returns nothing when none is left', () => {
		const { registry, client } = setup();
		expect(registry.deregister('payments', 'pay-b')).toBe(true);
		expect(registry.healthy('payments').map((i) => i.id)).toEqual(['pay-a', 'pay-c']);
		registry.deregister('payments', 'pay-a');
		registry.deregister('payments', 'pay-c');
		expect(client.next()).toBeUndefined();
		expect(registry.deregister('payments', 'pay-a')).toBe(false);
	});

	it('refuses a TTL that is not a positive number', () => {
		expect(() => new ServiceRegistry({ now: () => 0, ttlMs: 0 })).toThrow(
			'ttlMs must be a positive number of milliseconds, got 0',
		);
	});
});
