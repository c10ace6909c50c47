/** How the handbook splits a 45-minute system design round; the mock interview times these. */

/** One phase of a round and its time budget. */
export interface RoundPhase {
	id: string;
	label: string;
	minutes: number;
	/**
	 * True for the phase that receives the minutes left over when the candidate ends an earlier
	 * phase early (the deep dives, where a round is decided).
	 */
	collectsSpareTime?: true;
}

/** The phases of a 45-minute system design round. */
export const systemDesignPhases: readonly RoundPhase[] = [
	{ id: 'requirements', label: 'Requirements', minutes: 5 },
	{ id: 'estimates', label: 'Estimates', minutes: 5 },
	{ id: 'api', label: 'API', minutes: 5 },
	{ id: 'data-model', label: 'Data model', minutes: 5 },
	{ id: 'high-level', label: 'High-level design', minutes: 10 },
	{ id: 'deep-dives', label: 'Deep dives', minutes: 10, collectsSpareTime: true },
	{ id: 'wrap-up', label: 'Wrap-up', minutes: 5 },
];
