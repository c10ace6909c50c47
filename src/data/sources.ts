/**
 * Shared source types for the landscape data files.
 * Every market record names where its figure comes from and when it was true.
 */

/** A citation for one record. `url` is null only for figures that come from the 2026 lesson alone. */
export interface Source {
	/** The source's own title. */
	title: string;
	/** A public https URL, or null when no public page carries the figure. */
	url: string | null;
}

/** The fields every landscape record carries. */
export interface Sourced {
	/** Where the figure or practice is documented. */
	source: Source;
	/** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) the figure was true as of. */
	asOf: string;
}

/** The 2026 lesson "The Backend Interview Landscape"; it has no public URL. */
export const seedLesson: Source = {
	title: 'Backend hiring landscape lesson, 2026',
	url: null,
};

/** As-of date for figures taken from the 2026 lesson (year precision, as the lesson gives it). */
export const SEED_AS_OF = '2026';

/** levels.fyi, the public crowd-sourced compensation and leveling database. */
export const levelsFyi: Source = {
	title: 'Levels.fyi: Software Engineer compensation and levels',
	url: 'https://www.levels.fyi/t/software-engineer',
};

/** A percentage range with its source, e.g. base salary as 40-60% of total compensation. */
export interface PercentRange extends Sourced {
	minPercent: number;
	maxPercent: number;
	/** The range as the source writes it. */
	display: string;
}
