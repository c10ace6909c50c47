import { describe, it, expect } from 'vitest';
import {
	HyperLogLog,
	denseSizeBytes,
	standardError,
} from '../../../../src/reference/probabilistic/hyperloglog.ts';
import { randomKeys, seededRandom } from './random-inputs.ts';

function sketchOf(keys: readonly string[], precision = 14): HyperLogLog {
	const sketch = new HyperLogLog(precision);
	for (const key of keys) sketch.add(key);
	return sketch;
}

function relativeError(estimate: number, truth: number): number {
	return (estimate - truth) / truth;
}

describe('HyperLogLog sizing', () => {
	it('matches Redis: 16,384 registers, 0.81% standard error, 12,288 bytes dense', () => {
		expect(new HyperLogLog(14).size).toBe(16_384);
		expect(standardError(14)).toBeCloseTo(0.008125, 6);
		expect(denseSizeBytes(14)).toBe(12_288);
	});

	it('halves the error for four times the memory', () => {
		expect(standardError(16) / standardError(14)).toBeCloseTo(0.5, 10);
		expect(denseSizeBytes(16) / denseSizeBytes(14)).toBe(4);
	});

	it('rejects a precision outside 4..18', () => {
		expect(() => new HyperLogLog(3)).toThrow(/precision/);
		expect(() => new HyperLogLog(19)).toThrow(/precision/);
	});
});

describe('HyperLogLog', () => {
	it('estimates 100,000 distinct keys within three standard errors', () => {
		const sketch = sketchOf(randomKeys('user', 100_000, seededRandom(1)));
		expect(Math.abs(relativeError(sketch.estimate(), 100_000))).toBeLessThan(3 * standardError(14));
	}, 30_000);

	it('has a root-mean-square error near 1.04 / sqrt(m) across independent runs', () => {
		const errors: number[] = [];
		for (let seed = 1; seed <= 8; seed++) {
			const sketch = sketchOf(randomKeys(`run${seed}`, 50_000, seededRandom(100 + seed)), 12);
			errors.push(relativeError(sketch.estimate(), 50_000));
		}
		const rms = Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / errors.length);
		// 8 runs estimate the spread loosely, so allow half again the theoretical 1.625%.
		expect(rms).toBeLessThan(1.5 * standardError(12));
		expect(rms).toBeGreaterThan(0.25 * standardError(12));
	}, 30_000);

	it('counts duplicates once: adding every key twice leaves the registers unchanged', () => {
		const keys = randomKeys('user', 5_000, seededRandom(2));
		const once = sketchOf(keys);
		const twice = sketchOf([...keys, ...keys]);
		expect(twice.snapshot()).toEqual(once.snapshot());
	});

	it('is nearly exact for small sets thanks to the linear-counting correction', () => {
		const sketch = sketchOf(randomKeys('user', 1_000, seededRandom(9)));
		expect(Math.abs(relativeError(sketch.estimate(), 1_000))).toBeLessThan(0.02);
		expect(new HyperLogLog().estimate()).toBe(0);
	});

	it('merges into exactly the sketch of the union (PFMERGE)', () => {
		const random = seededRandom(4);
		const monday = randomKeys('user', 30_000, random);
		const tuesday = [...monday.slice(0, 10_000), ...randomKeys('new', 20_000, random)];
		const merged = sketchOf(monday);
		merged.merge(sketchOf(tuesday));
		expect(merged.snapshot()).toEqual(sketchOf([...monday, ...tuesday]).snapshot());
		// 30,000 + 20,000 new distinct users across both days.
		expect(Math.abs(relativeError(merged.estimate(), 50_000))).toBeLessThan(3 * standardError(14));
	});

	it('refuses to merge sketches of different precision', () => {
		expect(() => new HyperLogLog(14).merge(new HyperLogLog(12))).toThrow(/same precision/);
	});
});
