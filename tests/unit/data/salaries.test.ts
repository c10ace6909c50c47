import { describe, it, expect } from 'vitest';
import { levels, type Level } from '../../../src/config/levels.ts';
import {
	companyTypes,
	faangBaseShareOfTc,
	levelMappings,
	salaryBand,
	salaryBands,
} from '../../../src/data/salaries.ts';

// Invariants of the compensation data. The lesson's exact cells are checked where the page
// renders them (tests/unit/components/landscape/seed-figures.test.ts).

/** Company types from the best paid to the least, as the lesson's columns run. */
const byPay = companyTypes.map((type) => type.id);

describe('salary bands', () => {
	it('has exactly one band per level and company type', () => {
		const keys = salaryBands.map((b) => `${b.level}/${b.companyType}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.length).toBe(levels.length * companyTypes.length);
		for (const level of levels)
			for (const type of byPay) expect(() => salaryBand(level, type)).not.toThrow();
	});

	it('has its bottom below its top wherever the lesson gives numbers', () => {
		for (const band of salaryBands) {
			if (band.minK !== null && band.maxK !== null) expect(band.minK).toBeLessThan(band.maxK);
			else expect([band.minK, band.maxK]).toEqual([null, null]);
		}
	});

	it('raises both ends of the band with each level inside a company type', () => {
		for (const type of byPay) {
			const numeric = levels.map((l) => salaryBand(l, type)).filter((b) => b.minK !== null);
			for (let i = 1; i < numeric.length; i++) {
				expect(numeric[i]!.minK!, `${numeric[i]!.level} ${type}`).toBeGreaterThan(
					numeric[i - 1]!.minK!,
				);
				expect(numeric[i]!.maxK!, `${numeric[i]!.level} ${type}`).toBeGreaterThan(
					numeric[i - 1]!.maxK!,
				);
			}
		}
	});

	it('pays FAANG above mid-size tech above startups at both ends of every level', () => {
		for (const level of levels) {
			const numeric = byPay.map((type) => salaryBand(level, type)).filter((b) => b.minK !== null);
			for (let i = 1; i < numeric.length; i++) {
				expect(numeric[i]!.minK!, `${level} ${numeric[i]!.companyType}`).toBeLessThan(
					numeric[i - 1]!.minK!,
				);
				expect(numeric[i]!.maxK!, `${level} ${numeric[i]!.companyType}`).toBeLessThan(
					numeric[i - 1]!.maxK!,
				);
			}
		}
	});

	it('writes each cell from its own numbers: the range, then the lesson notes its flags stand for', () => {
		for (const band of salaryBands) {
			if (band.minK === null) continue;
			expect(band.display.startsWith(band.range), `${band.level} ${band.companyType}`).toBe(true);
			expect(band.range).toMatch(/^\$\d+(\.\d+)?[KM]-\$\d+(\.\d+)?[KM]\+?$/);
			expect(band.range.endsWith('+')).toBe(band.openEnded);
			expect(band.display.includes('equity')).toBe(band.plusEquity);
		}
	});

	it('throws a message naming the file for a missing cell', () => {
		expect(() => salaryBand('L9' as Level, 'faang')).toThrow(/salaries\.ts/);
	});
});

describe('base share of total compensation', () => {
	it('is a range written from its own numbers', () => {
		expect(faangBaseShareOfTc.minPercent).toBeLessThan(faangBaseShareOfTc.maxPercent);
		expect(faangBaseShareOfTc.display).toBe(
			`${faangBaseShareOfTc.minPercent}-${faangBaseShareOfTc.maxPercent}%`,
		);
	});
});

describe('level mapping', () => {
	it('covers every handbook level in order', () => {
		expect(levelMappings.map((m) => m.level)).toEqual([...levels]);
	});

	it('numbers Google and Meta the way the handbook does (L5 is Google L5 and Meta E5)', () => {
		for (const m of levelMappings) {
			expect(m.google).toBe(m.level);
			expect(m.meta).toBe(`E${m.level.slice(1)}`);
		}
	});

	it("runs Amazon's numbers one above Google's, as the compensation page says", () => {
		for (const m of levelMappings)
			expect(m.amazon).toMatch(new RegExp(`^L${Number(m.level.slice(1)) + 1} `));
	});
});
