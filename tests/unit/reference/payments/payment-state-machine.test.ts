import { describe, it, expect } from 'vitest';
import { Payment } from '../../../../src/reference/payments/payment-state-machine.ts';

describe('Payment state machine', () => {
	it('follows authorize, capture, partial refund and full refund', () => {
		const p = new Payment(5000n);
		expect(p.apply({ id: 'evt_1', type: 'payment.authorized' })).toBe('applied');
		expect(p.apply({ id: 'evt_2', type: 'payment.captured', amount: 5000n })).toBe('applied');
		expect(p.state).toBe('captured');
		expect(p.apply({ id: 'evt_3', type: 'refund.succeeded', amount: 2000n })).toBe('applied');
		expect(p.state).toBe('partially_refunded');
		expect(p.netCaptured).toBe(3000n);
		expect(p.apply({ id: 'evt_4', type: 'refund.succeeded', amount: 3000n })).toBe('applied');
		expect(p.state).toBe('refunded');
		expect(p.netCaptured).toBe(0n);
	});

	it('ignores a duplicate webhook with an id it has applied', () => {
		const p = new Payment(5000n);
		p.apply({ id: 'evt_2', type: 'payment.captured', amount: 5000n });
		p.apply({ id: 'evt_3', type: 'refund.succeeded', amount: 1000n });
		expect(p.apply({ id: 'evt_3', type: 'refund.succeeded', amount: 1000n })).toBe('duplicate');
		expect(p.netCaptured).toBe(4000n);
	});

	it('ignores an authorized event that arrives after the capture', () => {
		const p = new Payment(5000n);
		expect(p.apply({ id: 'evt_2', type: 'payment.captured', amount: 5000n })).toBe('applied');
		expect(p.apply({ id: 'evt_1', type: 'payment.authorized' })).toBe('stale');
		expect(p.state).toBe('captured');
	});

	it('ignores a late failure of an earlier attempt once a retry was authorized', () => {
		const p = new Payment(5000n);
		expect(p.apply({ id: 'evt_9', type: 'payment.authorized' })).toBe('applied');
		expect(p.apply({ id: 'evt_8', type: 'payment.failed' })).toBe('stale');
		expect(p.state).toBe('authorized');
	});

	it('lets a failed attempt be followed by a successful one', () => {
		const p = new Payment(5000n);
		expect(p.apply({ id: 'evt_1', type: 'payment.failed' })).toBe('applied');
		expect(p.apply({ id: 'evt_2', type: 'payment.authorized' })).toBe('applied');
		expect(p.state).toBe('authorized');
	});

	it('treats a second event for the state it is already in as stale', () => {
		const p = new Payment(5000n);
		p.apply({ id: 'evt_a', type: 'payment.captured', amount: 5000n });
		expect(p.apply({ id: 'evt_b', type: 'payment.captured', amount: 5000n })).toBe('stale');
	});

	it('asks for a fetch when a refund arrives before the capture it refunds, and changes nothing', () => {
		const p = new Payment(5000n);
		p.apply({ id: 'evt_1', type: 'payment.authorized' });
		expect(p.apply({ id: 'evt_3', type: 'refund.succeeded', amount: 1000n })).toBe('needs-fetch');
		expect(p.state).toBe('authorized');
		// Once the capture arrives, the same refund event applies: it was not marked as seen.
		expect(p.apply({ id: 'evt_2', type: 'payment.captured', amount: 5000n })).toBe('applied');
		expect(p.apply({ id: 'evt_3', type: 'refund.succeeded', amount: 1000n })).toBe('applied');
		expect(p.state).toBe('partially_refunded');
	});

	it('asks for a fetch when a refund exceeds what is left, or a capture exceeds the amount', () => {
		const p = new Payment(5000n);
		expect(p.apply({ id: 'evt_x', type: 'payment.captured', amount: 6000n })).toBe('needs-fetch');
		p.apply({ id: 'evt_2', type: 'payment.captured', amount: 5000n });
		p.apply({ id: 'evt_3', type: 'refund.succeeded', amount: 4000n });
		expect(p.apply({ id: 'evt_4', type: 'refund.succeeded', amount: 2000n })).toBe('needs-fetch');
		expect(p.netCaptured).toBe(1000n);
	});

	it('never calls a new refund or dispute stale: one arriving after the payment moved on asks for a fetch', () => {
		const p = new Payment(5000n);
		p.apply({ id: 'evt_2', type: 'payment.captured', amount: 5000n });
		p.apply({ id: 'evt_5', type: 'dispute.opened' });
		// The refund happened before the dispute, but its webhook arrives after it.
		expect(p.apply({ id: 'evt_4', type: 'refund.succeeded', amount: 1000n })).toBe('needs-fetch');
		expect(p.netCaptured).toBe(5000n);

		const refunded = new Payment(5000n);
		refunded.apply({ id: 'evt_2', type: 'payment.captured', amount: 5000n });
		refunded.apply({ id: 'evt_3', type: 'refund.succeeded', amount: 5000n });
		expect(refunded.apply({ id: 'evt_6', type: 'refund.succeeded', amount: 100n })).toBe(
			'needs-fetch',
		);
		expect(refunded.apply({ id: 'evt_7', type: 'dispute.opened' })).toBe('needs-fetch');
		expect(refunded.state).toBe('refunded');
	});

	it('asks for a fetch when a capture arrives for a canceled payment', () => {
		const p = new Payment(5000n);
		p.apply({ id: 'evt_1', type: 'payment.authorized' });
		p.apply({ id: 'evt_2', type: 'payment.canceled' });
		expect(p.apply({ id: 'evt_3', type: 'payment.captured', amount: 5000n })).toBe('needs-fetch');
		expect(p.state).toBe('canceled');
	});

	it('returns a won dispute to the state before it, and a lost one to charged back', () => {
		const won = new Payment(5000n);
		won.apply({ id: 'e1', type: 'payment.captured', amount: 5000n });
		won.apply({ id: 'e2', type: 'refund.succeeded', amount: 500n });
		expect(won.apply({ id: 'e3', type: 'dispute.opened' })).toBe('applied');
		expect(won.apply({ id: 'e4', type: 'dispute.won' })).toBe('applied');
		expect(won.state).toBe('partially_refunded');

		const lost = new Payment(5000n);
		lost.apply({ id: 'e1', type: 'payment.captured', amount: 5000n });
		expect(lost.apply({ id: 'e4', type: 'dispute.lost' })).toBe('needs-fetch');
		lost.apply({ id: 'e3', type: 'dispute.opened' });
		expect(lost.apply({ id: 'e4', type: 'dispute.lost' })).toBe('applied');
		expect(lost.state).toBe('charged_back');
	});
});
