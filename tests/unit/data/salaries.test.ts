import { describe, it, expect } from 'vitest';
import {
	companyTypes,
	faangBaseShareOfTc,
	levelMappings,
	levelTitles,
	salaryBand,
	salaryBands,
} from '../../../src/data/salaries.ts';
import type { CompanyType } from '../../../src/data/salaries.ts';
import { levels, type Level } from '../../../src/config/levels.ts';

/** The 2026 lesson's table, cell for cell: level, title, FAANG, mid-size, startups. */
const lessonTable: ReadonlyArray<[Level, string, string, string, string]> = [
	['L3', 'Junior/New Grad', '$150K-$230K', '$100K-$150K', '$90K-$140K + equity'],
	['L4', 'Mid-Level', '$220K-$340K', '$140K-$200K', '$130K-$180K + equity'],
	['L5', 'Senior', '$350K-$500K', '$200K-$300K', '$170K-$250K + equity'],
	['L6', 'Staff', '$500K-$750K', '$280K-$420K', '$220K-$350K + equity'],
	['L7', 'Principal', '$700K-$1.2M+', '$400K-$600K', 'CTO-level equity'],
];

const numeric: Record<Level, Record<CompanyType, [number, number] | null>> = {
	L3: { faang: [150, 230], 'mid-size': [100, 150], startup: [90, 140] },
	L4: { faang: [220, 340], 'mid-size': [140, 200], startup: [130, 180] },
	L5: { faang: [350, 500], 'mid-size': [200, 300], startup: [170, 250] },
	L6: { faang: [500, 750], 'mid-size': [280, 420], startup: [220, 350] },
	L7: { faang: [700, 1200], 'mid-size': [400, 600], startup: null },
};

describe('salary bands', () => {
	it('has exactly one band per level and company type', () => {
		expect(salaryBands).toHaveLength(15);
		const keys = new Set(salaryBands.map((b) => `${b.level}/${b.companyType}`));
		expect(keys.size).toBe(15);
	});

	it.each(lessonTable)(
		'%s (%s) matches the lesson word for word',
		(level, title, faang, mid, startup) => {
			expect(levelTitles[level]).toBe(title);
			expect(salaryBand(level, 'faang').display).toBe(faang);
			expect(salaryBand(level, 'mid-size').display).toBe(mid);
			expect(salaryBand(level, 'startup').display).toBe(startup);
		},
	);

	it('keeps the numbers in USD thousands equal to the lesson', () => {
		for (const level of levels) {
			for (const { id } of companyTypes) {
				const band = salaryBand(level, id);
				const expected = numeric[level][id];
				if (expected === null) {
					expect(band.minK).toBeNull();
					expect(band.maxK).toBeNull();
				} else {
					expect([band.minK, band.maxK]).toEqual(expected);
				}
			}
		}
	});

	it('has min below max in every numeric band', () => {
		for (const band of salaryBands) {
			if (band.minK !== null && band.maxK !== null) expect(band.minK).toBeLessThan(band.maxK);
		}
	});

	it('raises both ends of the band with each level inside a company type', () => {
		for (const { id } of companyTypes) {
			const numericBands = levels.map((l) => salaryBand(l, id)).filter((b) => b.minK !== null);
			for (let i = 1; i < numericBands.length; i++) {
				const prev = numericBands[i - 1]!;
				const cur = numericBands[i]!;
				expect(cur.minK!).toBeGreaterThan(prev.minK!);
				expect(cur.maxK!).toBeGreaterThan(prev.maxK!);
			}
		}
	});

	it('marks startup bands as plus equity and only the FAANG L7 band as open-ended', () => {
		for (const band of salaryBands) {
			expect(band.plusEquity).toBe(band.companyType === 'startup');
			expect(band.openEnded).toBe(band.level === 'L7' && band.companyType === 'faang');
		}
	});

	it('pays FAANG at least as much as mid-size tech at the top of every band', () => {
		for (const level of levels) {
			expect(salaryBand(level, 'faang').maxK!).toBeGreaterThan(salaryBand(level, 'mid-size').maxK!);
		}
	});

	it('throws a message naming the file for a missing cell', () => {
		expect(() => salaryBand('L9' as Level, 'faang')).toThrow(/salaries\.ts/);
	});
});

describe('base share of total compensation', () => {
	it('is 40-60% at FAANG, as the lesson says', () => {
		expect(faangBaseShareOfTc.minPercent).toBe(40);
		expect(faangBaseShareOfTc.maxPercent).toBe(60);
		expect(faangBaseShareOfTc.display).toBe('40-60%');
	});
});

describe('level mapping', () => {
	it('covers L3 to L7 in order', () => {
		expect(levelMappings.map((m) => m.level)).toEqual([...levels]);
	});

	it('maps Google, Meta and Amazon ladders in step with the handbook levels', () => {
		expect(levelMappings.map((m) => m.google)).toEqual(['L3', 'L4', 'L5', 'L6', 'L7']);
		expect(levelMappings.map((m) => m.meta)).toEqual(['E3', 'E4', 'E5', 'E6', 'E7']);
		expect(levelMappings.map((m) => m.amazon.slice(0, 2))).toEqual(['L4', 'L5', 'L6', 'L7', 'L8']);
	});

	it('cites a public leveling source', () => {
		for (const m of levelMappings) expect(m.source.url).toMatch(/^https:\/\/www\.levels\.fyi\//);
	});
});
