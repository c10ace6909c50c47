import { describe, it, expect } from 'vitest';
import {
	decodeXorParity,
	encodeXorParity,
	erasureCode,
	lossProbability,
	replication,
} from '../../../../src/reference/object-storage/erasure.ts';
import { seededRandom } from '../../support/seeded-random.ts';

function randomBytes(length: number, seed: number): Uint8Array {
	const random = seededRandom(seed);
	return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

describe('XOR parity', () => {
	it('stores k equal data shards plus a parity shard that is their XOR', () => {
		const { shards } = encodeXorParity(Uint8Array.from([1, 2, 3, 4, 5, 6]), 3);
		expect(shards.map((s) => [...s])).toEqual([
			[1, 2],
			[3, 4],
			[5, 6],
			[1 ^ 3 ^ 5, 2 ^ 4 ^ 6],
		]);
	});

	it('rebuilds the object after losing any one shard, data or parity', () => {
		const data = randomBytes(1_001, 42); // not a multiple of k, so the last shard is padded
		const k = 4;
		const { shards, originalLength } = encodeXorParity(data, k);
		expect(shards).toHaveLength(k + 1);
		for (let lost = 0; lost <= k; lost++) {
			const damaged = shards.map((s, i) => (i === lost ? null : s));
			expect(decodeXorParity(damaged, originalLength)).toEqual(data);
		}
	});

	it('returns the original bytes when nothing is lost, without the padding', () => {
		const data = randomBytes(10, 7);
		const { shards, originalLength } = encodeXorParity(data, 3);
		expect(decodeXorParity(shards, originalLength)).toEqual(data);
	});

	it('refuses to guess when two shards are lost, and says what would survive it', () => {
		const { shards, originalLength } = encodeXorParity(randomBytes(64, 1), 4);
		const damaged = [null, shards[1]!, null, shards[3]!, shards[4]!];
		expect(() => decodeXorParity(damaged, originalLength)).toThrow(
			/2 of 5 are lost.*at least 2 parity shards/,
		);
	});

	it('refuses k below 1', () => {
		expect(() => encodeXorParity(new Uint8Array(4), 0)).toThrow(/k \(data shards\)/);
	});

	it('refuses shards of different lengths, naming the odd one', () => {
		const { shards, originalLength } = encodeXorParity(randomBytes(12, 3), 3);
		const mixed = [shards[0]!, shards[1]!.subarray(0, 2), shards[2]!, shards[3]!];
		expect(() => decodeXorParity(mixed, originalLength)).toThrow(/shard 1 is 2 bytes .* 4/);
	});
});

describe('redundancy arithmetic', () => {
	it('Reed-Solomon 6+3 stores 1.5 bytes per byte and survives 3 losses', () => {
		expect(erasureCode(6, 3)).toEqual({
			name: '6+3',
			shards: 9,
			storageOverhead: 1.5,
			lossesTolerated: 3,
			shardsReadPerRepair: 6,
		});
	});

	it('3x replication stores 3 bytes per byte, survives 2 losses and repairs from 1 copy', () => {
		expect(replication(3)).toEqual({
			name: '3x replication',
			shards: 3,
			storageOverhead: 3,
			lossesTolerated: 2,
			shardsReadPerRepair: 1,
		});
	});

	it('Backblaze-style 17+3 costs 20/17 of the data', () => {
		expect(erasureCode(17, 3).storageOverhead).toBeCloseTo(20 / 17, 12);
	});

	it('single XOR parity is the m = 1 code', () => {
		expect(erasureCode(4, 1).lossesTolerated).toBe(1);
		expect(erasureCode(4, 1).storageOverhead).toBe(1.25);
	});

	it('computes loss probability as the binomial tail beyond the tolerated losses', () => {
		// 3 copies are all lost with probability p^3.
		expect(lossProbability(replication(3), 0.01)).toBeCloseTo(1e-6, 15);
		// 6+3 loses data when 4 or more of 9 shards fail: sum of C(9, i) p^i (1 - p)^(9 - i).
		const p = 0.001;
		const c = [0, 0, 0, 0, 126, 126, 84, 36, 9, 1]; // C(9, i) for i = 0..9
		let expected = 0;
		for (let i = 4; i <= 9; i++) expected += c[i]! * p ** i * (1 - p) ** (9 - i);
		expect(lossProbability(erasureCode(6, 3), p)).toBeCloseTo(expected, 20);
	});

	it('reproduces the loss probabilities quoted on the page', () => {
		// p = 1%: 3x at 1.0e-6 against about 1.2e-6 for 6+3.
		expect(lossProbability(replication(3), 0.01)).toBeCloseTo(1.0e-6, 12);
		expect(lossProbability(erasureCode(6, 3), 0.01) / 1e-6).toBeCloseTo(1.21, 3);
		// p = 0.1%: 3x at 1.0e-9 against about 1.3e-10 for 6+3, about eight times better.
		expect(lossProbability(replication(3), 0.001)).toBeCloseTo(1.0e-9, 15);
		expect(lossProbability(erasureCode(6, 3), 0.001) / 1e-10).toBeCloseTo(1.255, 3);
		const ratio =
			lossProbability(replication(3), 0.001) / lossProbability(erasureCode(6, 3), 0.001);
		expect(Math.round(ratio)).toBe(8);
	});

	it('shows that the extra tolerance of 6+3 pays off only when repairs are fast', () => {
		// p = chance that a given shard fails before a lost shard is rebuilt.
		const slow = 0.01;
		const fast = 0.001;
		expect(lossProbability(erasureCode(6, 3), slow)).toBeGreaterThan(
			lossProbability(replication(3), slow),
		);
		expect(lossProbability(erasureCode(6, 3), fast)).toBeLessThan(
			lossProbability(replication(3), fast) / 7,
		);
	});

	it('refuses impossible parameters', () => {
		expect(() => erasureCode(0, 2)).toThrow(/k >= 1/);
		expect(() => erasureCode(6, -1)).toThrow(/m >= 0/);
		expect(() => replication(0)).toThrow(/copies must be an integer >= 1, got 0/);
		expect(() => lossProbability(replication(3), 1.5)).toThrow(/probability/);
	});
});
