import { describe, it, expect } from 'vitest';
import {
	ShardedLeaderboard,
	compareEntries,
	type BoardEntry,
} from '../../../../src/reference/leaderboard/sharded-leaderboard.ts';
import { seededRandom } from '../../support/seeded-random.ts';

/** Seeded score events with many ties (scores 0-499), replayed into a board and into a plain map. */
function replay(seed: number, shards: number, events: number) {
	const random = seededRandom(seed);
	const board = new ShardedLeaderboard(shards);
	const best = new Map<string, BoardEntry>();
	for (let t = 0; t < events; t++) {
		const playerId = `p${Math.floor(random() * 3000)}`;
		const score = Math.floor(random() * 500);
		board.submit(playerId, score, t);
		const current = best.get(playerId);
		if (current === undefined || score > current.score)
			best.set(playerId, { playerId, score, achievedAt: t });
	}
	// The reference answer: one global sort of every player's best entry.
	const global = [...best.values()].sort(compareEntries);
	return { board, global };
}

describe('ShardedLeaderboard', () => {
	it('merges per-shard top k into exactly the top k of a single global sort', () => {
		for (const [seed, shards] of [
			[1, 1],
			[2, 4],
			[3, 16],
			[4, 64],
		] as const) {
			const { board, global } = replay(seed, shards, 20_000);
			for (const k of [1, 10, 100, 1000]) expect(board.topK(k)).toEqual(global.slice(0, k));
		}
	});

	it('breaks ties by earlier achievement, then player id', () => {
		const board = new ShardedLeaderboard(8);
		board.submit('late', 900, 300);
		board.submit('early', 900, 100);
		board.submit('b', 900, 200);
		board.submit('a', 900, 200);
		board.submit('top', 901, 999);
		expect(board.topK(5).map((e) => e.playerId)).toEqual(['top', 'early', 'a', 'b', 'late']);
	});

	it('keeps the best score and the time it was first reached', () => {
		const board = new ShardedLeaderboard(4);
		expect(board.submit('p', 50, 10)).toBe(true);
		expect(board.submit('p', 50, 20)).toBe(false); // equal score: the earlier time stands
		expect(board.submit('p', 40, 30)).toBe(false);
		expect(board.submit('p', 60, 40)).toBe(true);
		expect(board.entry('p')).toEqual({ playerId: 'p', score: 60, achievedAt: 40 });
		expect(board.size).toBe(1);
	});

	it('computes every global rank by summing per-shard counts', () => {
		const { board, global } = replay(9, 16, 5_000);
		global.forEach((entry, index) => expect(board.rank(entry.playerId)).toBe(index + 1));
		expect(board.rank('nobody')).toBeUndefined();
	});

	it('rejects bad arguments with the field and the value', () => {
		expect(() => new ShardedLeaderboard(0)).toThrow('shardCount must be an integer >= 1, got 0');
		expect(() => new ShardedLeaderboard(2).topK(-1)).toThrow('k must be an integer >= 0');
		expect(() => new ShardedLeaderboard(2).submit('p', Number.NaN, 0)).toThrow(
			'score must be a finite number',
		);
	});
});
