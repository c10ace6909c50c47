/** What components share for one page render through `Astro.locals`. */
declare namespace App {
	interface Locals {
		/** Set by the first <SqlExercises> on a page, which renders the page-wide parts. */
		sqlExercisesRendered?: boolean;
	}
}
