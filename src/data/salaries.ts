/**
 * Backend engineer total compensation (base + bonus + equity) by level and company type,
 * as the 2026 lesson gives it, plus the typical level mapping across large employers.
 * Amounts are USD thousands per year.
 */
import { SEED_AS_OF, levelsFyi, seedLesson } from './sources.ts';
import type { LessonSource, PercentRange, PublicSource, Sourced } from './sources.ts';
import type { Level } from '../config/levels.ts';

/** The three company types the lesson compares. */
export const companyTypes = [
	{ id: 'faang', label: 'FAANG', heading: 'FAANG TC Range' },
	{ id: 'mid-size', label: 'Mid-Size Tech', heading: 'Mid-Size Tech' },
	{ id: 'startup', label: 'Startups', heading: 'Startups' },
] as const;

/** A company type id. */
export type CompanyType = (typeof companyTypes)[number]['id'];

/** The lesson's title for each level. */
export const levelTitles: Readonly<Record<Level, string>> = {
	L3: 'Junior/New Grad',
	L4: 'Mid-Level',
	L5: 'Senior',
	L6: 'Staff',
	L7: 'Principal',
};

/** One cell of the compensation table. */
export interface SalaryBand extends Sourced<LessonSource> {
	level: Level;
	companyType: CompanyType;
	/** Bottom of the band in USD thousands, or null when the lesson gives no number. */
	minK: number | null;
	/** Top of the band in USD thousands, or null when the lesson gives no number. */
	maxK: number | null;
	/** True when the top is open ("+"): some packages go above it. */
	openEnded: boolean;
	/** True when startup equity comes on top of the cash-and-equity figure. */
	plusEquity: boolean;
	/** The cell exactly as the lesson writes it. */
	display: string;
	/**
	 * The band as a range of dollars without the lesson's notes (`$90K-$140K`, `$700K-$1.2M+`), for
	 * sentences that say "plus equity" themselves; the display text when there is no number.
	 */
	range: string;
}

/** USD thousands as a reader writes them: `$150K`, `$1.2M`. */
function dollars(thousands: number): string {
	return thousands >= 1000 ? `$${thousands / 1000}M` : `$${thousands}K`;
}

const seed = { source: seedLesson, asOf: SEED_AS_OF } as const;

function band(
	level: Level,
	companyType: CompanyType,
	minK: number | null,
	maxK: number | null,
	display: string,
	flags: { openEnded?: boolean; plusEquity?: boolean } = {},
): SalaryBand {
	const openEnded = flags.openEnded ?? false;
	return {
		level,
		companyType,
		minK,
		maxK,
		openEnded,
		plusEquity: flags.plusEquity ?? false,
		display,
		range:
			minK === null || maxK === null
				? display
				: `${dollars(minK)}-${dollars(maxK)}${openEnded ? '+' : ''}`,
		...seed,
	};
}

/** Every cell of the lesson's total-compensation table (5 levels x 3 company types). */
export const salaryBands: readonly SalaryBand[] = [
	band('L3', 'faang', 150, 230, '$150K-$230K'),
	band('L3', 'mid-size', 100, 150, '$100K-$150K'),
	band('L3', 'startup', 90, 140, '$90K-$140K + equity', { plusEquity: true }),
	band('L4', 'faang', 220, 340, '$220K-$340K'),
	band('L4', 'mid-size', 140, 200, '$140K-$200K'),
	band('L4', 'startup', 130, 180, '$130K-$180K + equity', { plusEquity: true }),
	band('L5', 'faang', 350, 500, '$350K-$500K'),
	band('L5', 'mid-size', 200, 300, '$200K-$300K'),
	band('L5', 'startup', 170, 250, '$170K-$250K + equity', { plusEquity: true }),
	band('L6', 'faang', 500, 750, '$500K-$750K'),
	band('L6', 'mid-size', 280, 420, '$280K-$420K'),
	band('L6', 'startup', 220, 350, '$220K-$350K + equity', { plusEquity: true }),
	band('L7', 'faang', 700, 1200, '$700K-$1.2M+', { openEnded: true }),
	band('L7', 'mid-size', 400, 600, '$400K-$600K'),
	band('L7', 'startup', null, null, 'CTO-level equity', { plusEquity: true }),
];

/** The band for one level and company type. Throws if the table has no such cell. */
export function salaryBand(level: Level, companyType: CompanyType): SalaryBand {
	const found = salaryBands.find((b) => b.level === level && b.companyType === companyType);
	if (!found) throw new Error(`salaries.ts: no band for ${level} / ${companyType}`);
	return found;
}

/** Base salary as a share of total compensation at FAANG, per the lesson. */
export const faangBaseShareOfTc: PercentRange = {
	minPercent: 40,
	maxPercent: 60,
	display: '40-60%',
	...seed,
};

/** How handbook levels typically map to four large employers' ladders. */
export interface LevelMapping extends Sourced<PublicSource> {
	level: Level;
	google: string;
	meta: string;
	amazon: string;
	microsoft: string;
}

const mapped = { source: levelsFyi, asOf: SEED_AS_OF } as const;

/** Typical cross-company level mapping as public leveling data (levels.fyi) shows it. */
export const levelMappings: readonly LevelMapping[] = [
	{
		level: 'L3',
		google: 'L3',
		meta: 'E3',
		amazon: 'L4 (SDE I)',
		microsoft: '59-60',
		...mapped,
	},
	{
		level: 'L4',
		google: 'L4',
		meta: 'E4',
		amazon: 'L5 (SDE II)',
		microsoft: '61-62',
		...mapped,
	},
	{
		level: 'L5',
		google: 'L5',
		meta: 'E5',
		amazon: 'L6 (SDE III)',
		microsoft: '63-64',
		...mapped,
	},
	{
		level: 'L6',
		google: 'L6',
		meta: 'E6',
		amazon: 'L7 (Principal)',
		microsoft: '65-66',
		...mapped,
	},
	{
		level: 'L7',
		google: 'L7',
		meta: 'E7',
		amazon: 'L8 (Senior Principal)',
		microsoft: '67',
		...mapped,
	},
];
