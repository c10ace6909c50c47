/**
 * Engineering levels the handbook uses, L3 (new grad) to L7 (principal), in the Google/Meta
 * numbering most readers know: L5 is senior, as at Google L5 and Meta E5. The frontmatter schema,
 * the practice filters and the salary data all read this one list.
 */
export const levels = ['L3', 'L4', 'L5', 'L6', 'L7'] as const;

/** One handbook level. */
export type Level = (typeof levels)[number];
