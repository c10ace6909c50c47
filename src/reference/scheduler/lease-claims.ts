/**
 * Claiming due jobs with leases and fencing tokens. A worker claims a due job for a lease
 * period and gets a token larger than any issued before; completing the job (recording the run
 * and advancing next_run_at) requires the current token and an unexpired lease. A worker that
 * paused past its lease is refused, so a run is recorded once even when two workers executed it.
 *
 * In SQL the claim is one statement:
 *   UPDATE jobs SET lease_owner = $1, lease_token = nextval('fence'), lease_expires = now() + $2
 *   WHERE id IN (SELECT id FROM jobs WHERE next_run_at <= now()
 *     AND (lease_expires IS NULL OR lease_expires <= now())
 *     ORDER BY next_run_at LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING id, lease_token;
 */

/** A job as the store holds it. */
interface JobRow {
	readonly id: string;
	nextRunAt: number;
	lease?: { owner: string; token: number; expiresAt: number };
	runsRecorded: number;
}

/** A claimed job, handed to a worker. */
export interface Claim {
	readonly jobId: string;
	readonly token: number;
	readonly scheduledFor: number;
	readonly leaseExpiresAt: number;
}

/** The outcome of {@link DueJobStore.complete} and {@link DueJobStore.renew}. */
export type LeaseResult =
	| { readonly ok: true }
	| { readonly ok: false; readonly reason: 'stale-token' | 'lease-expired' | 'unknown-job' };

/** A due-job index with lease-based claims, on an injected clock. */
export class DueJobStore {
	private readonly jobs = new Map<string, JobRow>();
	private lastToken = 0;

	constructor(
		private readonly now: () => number,
		private readonly leaseMs: number,
	) {
		if (!(leaseMs > 0)) throw new RangeError(`leaseMs must be positive, got ${leaseMs}`);
	}

	/** Adds or replaces a job due at `nextRunAt`. */
	upsert(id: string, nextRunAt: number): void {
		this.jobs.set(id, { id, nextRunAt, runsRecorded: 0 });
	}

	/** Claims up to `limit` due, unleased jobs, oldest first, for `owner`. */
	claimDue(owner: string, limit: number): Claim[] {
		const now = this.now();
		const due = [...this.jobs.values()]
			.filter((job) => job.nextRunAt <= now && (!job.lease || job.lease.expiresAt <= now))
			.sort((a, b) => a.nextRunAt - b.nextRunAt)
			.slice(0, limit);
		return due.map((job) => {
			job.lease = { owner, token: ++this.lastToken, expiresAt: now + this.leaseMs };
			return {
				jobId: job.id,
				token: job.lease.token,
				scheduledFor: job.nextRunAt,
				leaseExpiresAt: job.lease.expiresAt,
			};
		});
	}

	/** Extends a live lease by another lease period (a heartbeat from a long-running job). */
	renew(jobId: string, token: number): LeaseResult {
		const checked = this.check(jobId, token);
		if (checked.ok) this.jobs.get(jobId)!.lease!.expiresAt = this.now() + this.leaseMs;
		return checked;
	}

	/** Records the run and moves the job to `nextRunAt`, only for the current, live lease. */
	complete(jobId: string, token: number, nextRunAt: number): LeaseResult {
		const checked = this.check(jobId, token);
		if (!checked.ok) return checked;
		const job = this.jobs.get(jobId)!;
		job.runsRecorded++;
		job.nextRunAt = nextRunAt;
		delete job.lease;
		return checked;
	}

	/** How many runs of a job were recorded, and when it is next due. */
	inspect(jobId: string): { runsRecorded: number; nextRunAt: number } | undefined {
		const job = this.jobs.get(jobId);
		return job && { runsRecorded: job.runsRecorded, nextRunAt: job.nextRunAt };
	}

	private check(jobId: string, token: number): LeaseResult {
		const job = this.jobs.get(jobId);
		if (!job) return { ok: false, reason: 'unknown-job' };
		if (!job.lease || job.lease.token !== token) return { ok: false, reason: 'stale-token' };
		// An expired lease may already belong to someone else in a moment; refuse it now.
		if (job.lease.expiresAt <= this.now()) return { ok: false, reason: 'lease-expired' };
		return { ok: true };
	}
}
