import { describe, it, expect } from 'vitest';
import { DueJobStore } from '../../../../src/reference/scheduler/lease-claims.ts';
import { manualClock } from '../../support/manual-clock.ts';

const LEASE = 30_000;

function setup() {
	const clock = manualClock(1_000_000);
	const store = new DueJobStore(clock.now, LEASE);
	store.upsert('report', 1_000_000);
	return { clock, store };
}

describe('lease-based claims with fencing tokens', () => {
	it('gives a due job to one worker at a time', () => {
		const { store } = setup();
		expect(store.claimDue('w1', 10)).toHaveLength(1);
		expect(store.claimDue('w2', 10)).toEqual([]);
	});

	it('refuses completion from a worker paused past its lease once another has claimed', () => {
		const { clock, store } = setup();
		const [a] = store.claimDue('w1', 1);
		clock.advance(LEASE + 5_000); // w1 stalls in a GC pause
		const [b] = store.claimDue('w2', 1);
		expect(b!.token).toBeGreaterThan(a!.token);
		expect(store.complete('report', b!.token, 2_000_000)).toEqual({ ok: true });
		expect(store.complete('report', a!.token, 2_000_000)).toEqual({
			ok: false,
			reason: 'stale-token',
		});
		expect(store.inspect('report')).toEqual({ runsRecorded: 1, nextRunAt: 2_000_000 });
	});

	it('refuses completion after the lease expired even if nobody reclaimed, and frees the job', () => {
		const { clock, store } = setup();
		const [a] = store.claimDue('w1', 1);
		clock.advance(LEASE);
		expect(store.complete('report', a!.token, 2_000_000)).toEqual({
			ok: false,
			reason: 'lease-expired',
		});
		expect(store.inspect('report')?.runsRecorded).toBe(0);
		expect(store.claimDue('w2', 1)).toHaveLength(1);
	});

	it('lets a heartbeat keep a long job alive', () => {
		const { clock, store } = setup();
		const [a] = store.claimDue('w1', 1);
		clock.advance(LEASE - 1);
		expect(store.renew('report', a!.token)).toEqual({ ok: true });
		clock.advance(LEASE - 1);
		expect(store.claimDue('w2', 1)).toEqual([]);
		expect(store.complete('report', a!.token, 2_000_000)).toEqual({ ok: true });
	});

	it('claims only due jobs, oldest first, up to the limit', () => {
		const { clock, store } = setup();
		store.upsert('later', clock.now() + 60_000);
		store.upsert('older', clock.now() - 60_000);
		store.upsert('oldest', clock.now() - 120_000);
		const claims = store.claimDue('w1', 2);
		expect(claims.map((c) => c.jobId)).toEqual(['oldest', 'older']);
		expect(store.claimDue('w1', 10).map((c) => c.jobId)).toEqual(['report']);
	});
});
