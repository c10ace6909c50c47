/**
 * Shared source types for the landscape data files. Every record names where its content comes
 * from and when it was true, and says plainly which of three kinds of source that is.
 */

/** A public page a reader can open and check. */
export interface PublicSource {
	kind: 'public';
	/** The source's own title. */
	title: string;
	/** An absolute https URL. */
	url: string;
}

/**
 * The 2026 lesson the handbook grew from. It has no public copy, so a record that cites it alone
 * rests on the lesson's word, and the page says so.
 */
export interface LessonSource {
	kind: 'lesson';
	title: string;
}

/**
 * The handbook's own analysis: written by its authors, not quoted from anyone. Where it draws on
 * public pages, the record lists them next to it.
 */
export interface AnalysisSource {
	kind: 'analysis';
	title: string;
}

/** A citation for one record. */
export type Source = PublicSource | LessonSource | AnalysisSource;

/** The fields every landscape record carries. */
export interface Sourced<S extends Source = Source> {
	/** Where the figure or practice is documented. */
	source: S;
	/** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) the figure was true as of. */
	asOf: string;
}

/** The 2026 lesson "The Backend Interview Landscape". */
export const seedLesson: LessonSource = {
	kind: 'lesson',
	title: 'Backend hiring landscape lesson, 2026',
};

/** As-of date for figures taken from the 2026 lesson (year precision, as the lesson gives it). */
export const SEED_AS_OF = '2026';

/** The handbook's own analysis, as opposed to a figure quoted from a source. */
export const handbookAnalysis: AnalysisSource = {
	kind: 'analysis',
	title: "The handbook's own analysis",
};

/** When the handbook's analysis was last checked: the landscape pages' `lastReviewed`. */
export const ANALYSIS_AS_OF = '2026-11-22';

/** A public source with its title and https URL. */
export function publicSource(title: string, url: string): PublicSource {
	return { kind: 'public', title, url };
}

/** levels.fyi, the public crowd-sourced compensation and leveling database. */
export const levelsFyi: PublicSource = publicSource(
	'Levels.fyi: Software Engineer compensation and levels',
	'https://www.levels.fyi/t/software-engineer',
);

/** A percentage range with its source, e.g. base salary as 40-60% of total compensation. */
export interface PercentRange extends Sourced {
	minPercent: number;
	maxPercent: number;
	/** The range as the source writes it. */
	display: string;
}
