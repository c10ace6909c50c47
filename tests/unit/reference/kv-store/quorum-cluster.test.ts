import { describe, it, expect } from 'vitest';
import { QuorumCluster } from '../../../../src/reference/kv-store/quorum-cluster.ts';

const home = ['A', 'B', 'C'] as const;

/** Every subset of `items` with exactly `size` members. */
function subsets<T>(items: readonly T[], size: number): T[][] {
	if (size === 0) return [[]];
	if (items.length < size) return [];
	const [first, ...rest] = items;
	return [...subsets(rest, size - 1).map((s) => [first!, ...s]), ...subsets(rest, size)];
}

/** Writes v1 everywhere, then v2 to exactly `writeSet`, then reads asking `readSet` first. */
function replay(w: number, r: number, writeSet: string[], readSet: string[]): string | undefined {
	const cluster = new QuorumCluster<string>({ home });
	cluster.write('cart:42', 'v1', 3);
	const written = cluster.write('cart:42', 'v2', w, writeSet);
	if (!written.ok) throw new Error('the write should have reached its quorum');
	const read = cluster.read('cart:42', r, readSet);
	if (!read.ok) throw new Error('the read should have reached its quorum');
	return read.value;
}

describe('quorums over N = 3 replicas', () => {
	it.each([
		[2, 2],
		[3, 1],
		[1, 3],
	])('W = %i, R = %i (R + W > N): every read quorum sees the latest write', (w, r) => {
		for (const writeSet of subsets([...home], w))
			for (const readSet of subsets([...home], r))
				expect(
					replay(w, r, writeSet, readSet),
					`wrote ${writeSet.join()}, read ${readSet.join()}`,
				).toBe('v2');
	});

	it.each([
		[1, 1],
		[1, 2],
		[2, 1],
	])('W = %i, R = %i (R + W <= N): some read quorum misses the latest write', (w, r) => {
		const stale: string[] = [];
		const disjoint: string[] = [];
		for (const writeSet of subsets([...home], w))
			for (const readSet of subsets([...home], r)) {
				const pair = `${writeSet.join()}/${readSet.join()}`;
				if (replay(w, r, writeSet, readSet) === 'v1') stale.push(pair);
				if (!readSet.some((id) => writeSet.includes(id))) disjoint.push(pair);
			}
		// The stale reads are exactly those whose read set does not overlap the write set.
		expect(stale.length).toBeGreaterThan(0);
		expect(stale).toEqual(disjoint);
	});

	it('keeps working with one replica down, and refuses a strict write with two down', () => {
		const cluster = new QuorumCluster<string>({ home });
		cluster.setUp('C', false);
		expect(cluster.write('k', 'v1', 2).ok).toBe(true);
		const read = cluster.read('k', 2);
		expect(read.ok && read.value).toBe('v1');
		cluster.setUp('B', false);
		expect(cluster.write('k', 'v2', 2)).toEqual({
			ok: false,
			reason: 'not-enough-replicas',
			acks: 1,
		});
		expect(cluster.read('k', 2)).toEqual({
			ok: false,
			reason: 'not-enough-replicas',
			responses: 1,
		});
	});

	it('repairs stale replicas it read from', () => {
		const cluster = new QuorumCluster<string>({ home });
		cluster.write('k', 'v1', 3);
		cluster.write('k', 'v2', 1, ['A']);
		expect(cluster.peek('B', 'k')?.value).toBe('v1');
		cluster.read('k', 2, ['A', 'B']);
		expect(cluster.peek('B', 'k')?.value).toBe('v2');
		expect(cluster.peek('C', 'k')?.value).toBe('v1');
	});

	it('rejects a quorum size outside 1..N, naming the parameter', () => {
		const cluster = new QuorumCluster<string>({ home });
		expect(() => cluster.write('k', 'v', 4)).toThrow('w must be a whole number from 1 to N = 3');
		expect(() => cluster.read('k', 0)).toThrow('r must be a whole number from 1 to N = 3');
	});
});

describe('sloppy quorum with hinted handoff', () => {
	it('accepts a write with two home replicas down, yet R + W > N reads miss it until handoff', () => {
		const cluster = new QuorumCluster<string>({ home, fallbacks: ['D', 'E'], sloppy: true });
		cluster.write('k', 'v1', 3);
		cluster.setUp('B', false);
		cluster.setUp('C', false);
		const written = cluster.write('k', 'v2', 2);
		expect(written).toEqual({ ok: true, version: 2, storedOn: ['A', 'D'] });

		// B and C come back; A, the only home replica with v2, fails before handoff runs.
		cluster.setUp('B', true);
		cluster.setUp('C', true);
		cluster.setUp('A', false);
		const before = cluster.read('k', 2);
		expect(before.ok && before.value).toBe('v1');

		// Handoff delivers D's hint to B, the owner it stood in for.
		expect(cluster.deliverHints()).toBe(1);
		const after = cluster.read('k', 2);
		expect(after.ok && after.value).toBe('v2');
	});

	it('under a strict quorum the same write is refused instead', () => {
		const cluster = new QuorumCluster<string>({ home, fallbacks: ['D', 'E'] });
		cluster.setUp('B', false);
		cluster.setUp('C', false);
		expect(cluster.write('k', 'v2', 2).ok).toBe(false);
	});
});
