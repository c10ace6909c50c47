import { describe, it, expect } from 'vitest';
import {
	LsmTree,
	SortedRun,
	mergeNewestFirst,
} from '../../../../src/reference/storage/lsm-tree.ts';
import { WriteAheadLog } from '../../../../src/reference/storage/write-ahead-log.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const key = (i: number): string => `k${String(i).padStart(5, '0')}`;

function entriesOnDisk(tree: LsmTree): number {
	return tree.sortedRuns.reduce((sum, run) => sum + run.size, 0);
}

/** Applies `ops` random puts and deletes over `keys` keys to both the tree and a Map model. */
function randomWorkload(
	tree: LsmTree,
	model: Map<string, string>,
	ops: number,
	keys: number,
	seed: number,
): void {
	const random = seededRandom(seed);
	for (let i = 0; i < ops; i++) {
		const k = key(Math.floor(random() * keys));
		if (random() < 0.2) {
			tree.delete(k);
			model.delete(k);
		} else {
			const v = `v${i}`;
			tree.put(k, v);
			model.set(k, v);
		}
	}
}

function expectMatchesModel(tree: LsmTree, model: Map<string, string>, keys: number): void {
	for (let i = 0; i < keys; i++) expect(tree.get(key(i))).toBe(model.get(key(i)));
	const expected = [...model].sort((a, b) => (a[0] < b[0] ? -1 : 1));
	expect(tree.scan('', '\uffff')).toEqual(expected);
}

describe('LsmTree reads', () => {
	it('returns the newest value whether it sits in the memtable or in an older run', () => {
		const tree = new LsmTree({ memtableLimit: 100 });
		tree.put('a', '1');
		tree.flush();
		tree.put('a', '2');
		tree.flush();
		expect(tree.get('a')).toBe('2');
		tree.put('a', '3');
		expect(tree.sortedRuns).toHaveLength(2);
		expect(tree.get('a')).toBe('3');
		tree.flush();
		expect(tree.get('a')).toBe('3');
	});

	it('flushes when the memtable reaches its limit, newest run first', () => {
		const tree = new LsmTree({ memtableLimit: 3 });
		for (const k of ['c', 'a', 'b']) tree.put(k, k.toUpperCase());
		expect(tree.memtableSize).toBe(0);
		expect(tree.sortedRuns).toHaveLength(1);
		expect(tree.sortedRuns[0]!.all().map((e) => e.key)).toEqual(['a', 'b', 'c']);
		tree.put('a', 'new');
		tree.put('d', 'D');
		tree.put('e', 'E');
		expect(tree.sortedRuns[0]!.find('a')?.value).toBe('new');
		expect(tree.get('a')).toBe('new');
	});

	it('agrees with a plain map across a random workload with flushes and compactions', () => {
		const tree = new LsmTree({ memtableLimit: 50, maxRuns: 6 });
		const model = new Map<string, string>();
		randomWorkload(tree, model, 3_000, 400, 1);
		expect(tree.stats.entriesCompacted).toBeGreaterThan(0);
		expectMatchesModel(tree, model, 400);
	});

	it('scans a range by merging the memtable and every run, newest version winning', () => {
		const tree = new LsmTree({ memtableLimit: 100 });
		tree.put('b', 'old');
		tree.put('d', 'keep');
		tree.put('f', 'old');
		tree.flush();
		tree.put('b', 'new');
		tree.delete('f');
		tree.put('c', 'only-new');
		tree.flush();
		tree.put('e', 'memtable');
		tree.put('z', 'out of range');
		expect(tree.scan('a', 'g')).toEqual([
			['b', 'new'],
			['c', 'only-new'],
			['d', 'keep'],
			['e', 'memtable'],
		]);
	});
});

describe('LsmTree deletes and tombstones', () => {
	it('hides an older value with a tombstone that itself takes space until compaction', () => {
		const tree = new LsmTree({ memtableLimit: 100 });
		tree.put('a', '1');
		tree.put('b', '2');
		tree.flush();
		tree.delete('a');
		tree.flush();
		expect(tree.get('a')).toBeUndefined();
		// The old value and the tombstone are both on disk: 3 entries for 1 live key.
		expect(entriesOnDisk(tree)).toBe(3);
		expect(tree.spaceAmplification()).toBe(3);
		tree.compact();
		expect(tree.get('a')).toBeUndefined();
		expect(tree.get('b')).toBe('2');
		expect(entriesOnDisk(tree)).toBe(1);
		expect(tree.spaceAmplification()).toBe(1);
	});

	it('keeps the tombstone when a compaction does not reach the oldest run', () => {
		const tree = new LsmTree({ memtableLimit: 100 });
		tree.put('a', 'old');
		tree.flush(); // oldest run holds a = old
		tree.put('x', '1');
		tree.flush();
		tree.delete('a');
		tree.flush(); // newest run holds the tombstone
		tree.compact(2); // merge the two newest runs only
		expect(tree.sortedRuns).toHaveLength(2);
		expect(tree.sortedRuns[0]!.find('a')).toEqual({ key: 'a', value: null });
		expect(tree.get('a')).toBeUndefined();
		tree.compact();
		expect(tree.sortedRuns).toHaveLength(1);
		expect(tree.sortedRuns[0]!.find('a')).toBeUndefined();
		expect(tree.get('a')).toBeUndefined();
	});
});

describe('LsmTree compaction', () => {
	it('preserves every live key, drops shadowed values and leaves one run', () => {
		const tree = new LsmTree({ memtableLimit: 40 });
		const model = new Map<string, string>();
		randomWorkload(tree, model, 2_000, 300, 2);
		tree.flush();
		const runsBefore = tree.sortedRuns.length;
		const entriesBefore = entriesOnDisk(tree);
		tree.compact();
		expect(runsBefore).toBeGreaterThan(10);
		expect(tree.sortedRuns).toHaveLength(1);
		expect(entriesOnDisk(tree)).toBe(model.size);
		expect(entriesOnDisk(tree)).toBeLessThan(entriesBefore);
		expectMatchesModel(tree, model, 300);
	});

	it('trades write amplification for read and space amplification', () => {
		const measure = (maxRuns?: number) => {
			const tree = new LsmTree({
				memtableLimit: 100,
				bloomBitsPerKey: 0,
				...(maxRuns === undefined ? {} : { maxRuns }),
			});
			const random = seededRandom(3);
			for (let i = 0; i < 20_000; i++) tree.put(key(Math.floor(random() * 5_000)), `v${i}`);
			const before = tree.stats.runsSearched;
			for (let i = 0; i < 1_000; i++) tree.get(key(Math.floor(random() * 5_000)));
			return {
				writeAmp: tree.writeAmplification(),
				runsPerRead: (tree.stats.runsSearched - before) / 1_000,
				spaceAmp: tree.spaceAmplification(),
			};
		};
		const eager = measure(2);
		const lazy = measure(10);
		const never = measure();
		expect(eager.writeAmp).toBeGreaterThan(lazy.writeAmp * 2);
		expect(lazy.writeAmp).toBeGreaterThan(never.writeAmp * 2);
		expect(eager.runsPerRead).toBeLessThan(lazy.runsPerRead);
		expect(lazy.runsPerRead).toBeLessThan(never.runsPerRead);
		expect(eager.spaceAmp).toBe(1);
		expect(never.spaceAmp).toBeGreaterThan(3);
	});

	it('lets Bloom filters skip almost every run for keys that do not exist', () => {
		const build = (bloomBitsPerKey: number): LsmTree => {
			const tree = new LsmTree({ memtableLimit: 500, bloomBitsPerKey });
			for (let i = 0; i < 4_000; i++) tree.put(key(i), 'v');
			return tree;
		};
		for (const [bits, maxPerRead] of [
			[0, 8],
			[10, 0.2],
		] as const) {
			const tree = build(bits);
			expect(tree.sortedRuns).toHaveLength(8);
			for (let i = 0; i < 1_000; i++) expect(tree.get(`missing${i}`)).toBeUndefined();
			expect(tree.stats.runsSearched / 1_000).toBeLessThanOrEqual(maxPerRead);
		}
	});
});

describe('LsmTree recovery', () => {
	it('loses nothing acknowledged when the memtable is lost in a crash and the WAL is replayed', () => {
		const wal = new WriteAheadLog();
		const tree = new LsmTree({ memtableLimit: 10, wal });
		for (let i = 0; i < 25; i++) tree.put(key(i), `v${i}`);
		tree.delete(key(3));
		expect(tree.sortedRuns).toHaveLength(2);
		expect(tree.memtableSize).toBe(6);
		expect(wal.lines).toHaveLength(6);
		// Crash: the process and its memtable are gone; the runs and the log are on disk.
		const recovered = LsmTree.recover({ memtableLimit: 10, wal, runs: tree.sortedRuns });
		for (let i = 0; i < 25; i++) expect(recovered.get(key(i))).toBe(i === 3 ? undefined : `v${i}`);
	});

	it('loses the memtable without a write-ahead log', () => {
		const tree = new LsmTree({ memtableLimit: 10 });
		for (let i = 0; i < 25; i++) tree.put(key(i), `v${i}`);
		const recovered = LsmTree.recover({ memtableLimit: 10, runs: tree.sortedRuns });
		const survivors = Array.from({ length: 25 }, (_, i) => recovered.get(key(i))).filter(
			(v) => v !== undefined,
		);
		expect(survivors).toHaveLength(20);
	});

	it('truncates the log after a flush, since the run now holds those writes', () => {
		const wal = new WriteAheadLog();
		const tree = new LsmTree({ memtableLimit: 5, wal });
		for (let i = 0; i < 5; i++) tree.put(key(i), 'v');
		expect(wal.lines).toHaveLength(0);
		tree.put('late', 'v');
		expect(wal.lines).toHaveLength(1);
	});
});

describe('validation', () => {
	it('rejects bad settings and unsorted runs with a message naming the field', () => {
		expect(() => new LsmTree({ memtableLimit: 0 })).toThrow(/memtableLimit/);
		expect(() => new LsmTree({ memtableLimit: 5, maxRuns: 0 })).toThrow(/maxRuns/);
		expect(
			() =>
				new SortedRun(
					[
						{ key: 'b', value: '1' },
						{ key: 'a', value: '2' },
					],
					0,
				),
		).toThrow(/sorted/);
	});

	it('merges sources newest first, keeping tombstones unless told to drop them', () => {
		const newer = [{ key: 'a', value: null }];
		const older = [
			{ key: 'a', value: '1' },
			{ key: 'b', value: '2' },
		];
		expect(mergeNewestFirst([newer, older], false)).toEqual([
			{ key: 'a', value: null },
			{ key: 'b', value: '2' },
		]);
		expect(mergeNewestFirst([newer, older], true)).toEqual([{ key: 'b', value: '2' }]);
	});
});
